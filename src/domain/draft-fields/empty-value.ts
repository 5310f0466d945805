import type { KindSpec } from './field-kinds';

/**
 * An unanswered field: empty text, null or an empty list. Note: an always-answered option (a
 * criterion's category) has no unanswered value; it gets its first option, and only list items
 * have such fields, which are never made empty.
 */
export function emptyValue(spec: KindSpec): unknown {
  switch (spec.type) {
    case 'text':
      return '';
    case 'nullable-text':
    case 'count':
    case 'decimal':
    case 'yes-no':
    case 'option':
      return null;
    case 'one-of':
      return spec.ids[0];
    case 'id-set':
    case 'id-list':
      return [];
  }
}
