import { DRAFT_FIELDS } from './draft-fields/draft-fields';
import { emptyValue } from './draft-fields/empty-value';
import type { DraftRow, Rows } from './draft-fields/field-row';
import type { RoleDraft } from './role-draft';

const emptyOf = (rows: Rows) =>
  Object.fromEntries(Object.entries(rows).map(([key, row]) => [key, emptyValue(row.kind.spec)]));

function emptyRow(row: DraftRow): unknown {
  switch (row.part) {
    case 'field':
      return emptyValue(row.kind.spec);
    case 'section':
      return emptyOf(row.fields);
    case 'list':
      return [];
  }
}

/** A blank draft: every question unanswered. Ids and times come from the caller (keeps this pure). */
export function emptyDraft(id: string, name: string, now: string): RoleDraft {
  const blank = Object.fromEntries(
    Object.entries<DraftRow>(DRAFT_FIELDS).map(([key, row]) => [key, emptyRow(row)]),
  );
  return { ...blank, id, name, createdAt: now, updatedAt: now } as RoleDraft;
}
