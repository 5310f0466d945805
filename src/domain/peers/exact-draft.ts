/**
 * A fast yes/no answer to "is this exactly a valid role draft?": true when the draft schema
 * accepts the value AND it holds no field the format does not know, at any depth. It applies
 * the same rules as the schema, derived from the same field table (draft-fields.ts), without
 * building issues or a copy, and without generated code (the app's Content Security Policy
 * forbids `eval`, so zod's compiled validators cannot run in the browser). A pack of 10,000
 * profiles is checked with it; anything it refuses goes on to the schema, which names the
 * problems, so it only has to be exact, never wordy.
 * exact-draft.test.ts holds it equal to the schema on generated, mutated and hostile drafts.
 */
import { DRAFT_FIELDS } from '../draft-fields/draft-fields';
import { MAX_LIST, type KindSpec } from '../draft-fields/field-kinds';
import type { DraftRow, Rows } from '../draft-fields/field-row';
import type { RoleDraft } from '../role-draft';
import { isKeptText } from '../text-rule';

type Obj = Record<string, unknown>;
type Check = (v: unknown) => boolean;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own keys: exactly `size` of them, so with every known key present there is none extra. */
function ownKeys(o: Obj, size: number): boolean {
  let n = 0;
  for (const key in o) if (Object.hasOwn(o, key)) n += 1;
  return n === size;
}

/** Every known key is own (the schema would read an inherited one; the import calls that extra). */
function has(o: Obj, keys: readonly string[]): boolean {
  for (const key of keys) if (!Object.hasOwn(o, key)) return false;
  return ownKeys(o, keys.length);
}

const text = (max: number) => (v: unknown) =>
  typeof v === 'string' && v.length <= max && isKeptText(v);

/** The same rule as the kind's schema in field-kinds.ts. */
export function checkFor(spec: KindSpec): Check {
  switch (spec.type) {
    case 'text':
      return text(spec.max);
    case 'nullable-text': {
      const ok = text(spec.max);
      return (v) => v === null || ok(v);
    }
    case 'count':
      return (v) =>
        v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= spec.max);
    case 'decimal':
      return (v) => v === null || (typeof v === 'number' && v >= spec.min && v <= spec.max);
    case 'yes-no':
      return (v) => v === null || typeof v === 'boolean';
    case 'option': {
      const set = new Set<unknown>(spec.ids);
      return (v) => v === null || set.has(v);
    }
    case 'one-of': {
      const set = new Set<unknown>(spec.ids);
      return (v) => set.has(v);
    }
    case 'id-set': {
      const set = new Set<unknown>(spec.ids);
      return (v) => {
        if (!Array.isArray(v) || v.length > set.size) return false;
        for (let i = 0; i < v.length; i += 1) {
          const item: unknown = v[i];
          if (!set.has(item)) return false;
          for (let j = 0; j < i; j += 1) if (v[j] === item) return false;
        }
        return true;
      };
    }
    case 'id-list': {
      const set = new Set<unknown>(spec.ids);
      return (v) => {
        if (!Array.isArray(v) || v.length > spec.ids.length) return false;
        for (const item of v as unknown[]) if (!set.has(item)) return false;
        return true;
      };
    }
  }
}

/** An object holding exactly these fields, each passing its check. */
function objectCheck(keys: readonly string[], checks: readonly Check[]): Check {
  return (v) => {
    if (!isObj(v) || !has(v, keys)) return false;
    for (let i = 0; i < keys.length; i += 1) if (!checks[i]!(v[keys[i]!])) return false;
    return true;
  };
}

const rowsCheck = (rows: Rows): Check =>
  objectCheck(
    Object.keys(rows),
    Object.values(rows).map((row) => checkFor(row.kind.spec)),
  );

function rowCheck(row: DraftRow): Check {
  switch (row.part) {
    case 'field':
      return checkFor(row.kind.spec);
    case 'section':
      return rowsCheck(row.fields);
    case 'list': {
      const item = rowsCheck(row.fields);
      return (v) => {
        if (!Array.isArray(v) || v.length > MAX_LIST) return false;
        for (const entry of v as unknown[]) if (!item(entry)) return false;
        return true;
      };
    }
  }
}

const draftCheck = objectCheck(
  Object.keys(DRAFT_FIELDS),
  Object.values<DraftRow>(DRAFT_FIELDS).map(rowCheck),
);

export function isExactDraft(v: unknown): v is RoleDraft {
  return draftCheck(v);
}
