/**
 * Reads a draft from this device's own save without zod, so that the start-up path does not
 * load it (issue 17). It accepts what the draft schema accepts and returns what the schema
 * would: the fields the format knows, at every depth, each checked by the same rule as its kind
 * (peers/exact-draft.ts); an unknown field is left out, as the schema's objects leave it out.
 * A refusal names the first field at fault, for the message the person reads.
 * read-draft.test.ts holds it equal to the schema on generated, changed and hostile drafts.
 */
import { checkFor, isExactDraft } from '../peers/exact-draft';
import type { RoleDraft } from '../role-draft';
import { DRAFT_FIELDS } from './draft-fields';
import { MAX_LIST } from './field-kinds';
import type { DraftRow, Rows } from './field-row';

export type DraftRead = { ok: true; draft: RoleDraft } | { ok: false; why: string };

type Obj = Record<string, unknown>;
/** The value to keep, or the path of the first field at fault. */
type Step = { ok: true; value: unknown } | { ok: false; at: string };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const join = (at: string, key: string | number) => (at === '' ? String(key) : `${at}.${key}`);

function readRows(rows: Readonly<Record<string, DraftRow>>, v: unknown, at: string): Step {
  if (!isObj(v)) return { ok: false, at };
  const kept: Obj = {};
  for (const [key, row] of Object.entries(rows)) {
    const read = readRow(row, v[key], join(at, key));
    if (!read.ok) return read;
    kept[key] = read.value;
  }
  return { ok: true, value: kept };
}

function readRow(row: DraftRow, v: unknown, at: string): Step {
  switch (row.part) {
    case 'field':
      return checkFor(row.kind.spec)(v) ? { ok: true, value: v } : { ok: false, at };
    case 'section':
      return readRows(row.fields as Rows, v, at);
    case 'list': {
      if (!Array.isArray(v) || v.length > MAX_LIST) return { ok: false, at };
      const items: unknown[] = [];
      for (let i = 0; i < v.length; i += 1) {
        const read = readRows(row.fields as Rows, v[i], join(at, i));
        if (!read.ok) return read;
        items.push(read.value);
      }
      return { ok: true, value: items };
    }
  }
}

export function readDraft(value: unknown): DraftRead {
  // The usual case, a draft this version saved: nothing to leave out, no copy to make.
  if (isExactDraft(value)) return { ok: true, draft: value };
  const read = readRows(DRAFT_FIELDS, value, '');
  if (read.ok) return { ok: true, draft: read.value as RoleDraft };
  return {
    ok: false,
    why: read.at === '' ? 'it is not in the expected shape' : `${read.at}: not a value it can hold`,
  };
}
