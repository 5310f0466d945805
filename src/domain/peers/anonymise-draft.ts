/**
 * The current draft as a peer pack of one, with nothing that could identify a person or an
 * institution unless the user chooses to include it. Each field goes as its row in
 * draft-fields.ts says (its `share`), so a new field cannot leave the device unconsidered.
 */
import { DRAFT_FIELDS } from '../draft-fields/draft-fields';
import { emptyValue } from '../draft-fields/empty-value';
import type { DraftRow, FieldRow, Rows, Share } from '../draft-fields/field-row';
import type { RoleDraft } from '../role-draft';
import { PEER_PACK_TYPE, PEER_PACK_VERSION, type PeerPackFile } from './peer-pack';

export interface AnonymiseChoices {
  /** The job title can name a unique post: off unless chosen. */
  includeTitle: boolean;
  /** Responsibilities the user wrote, the person specification and the job purpose. */
  includeFreeText: boolean;
}

export const WITHHELD = 'A responsibility written by the institution (wording withheld).';

type Obj = Readonly<Record<string, unknown>>;

const month = (iso: string) =>
  /^\d{4}-\d{2}/.test(iso) ? `${iso.slice(0, 7)}-01T00:00:00.000Z` : '';

/** Whether a field's value stays out of the profile, given the user's choices and its item. */
export function withholds(share: Share, choices: AnonymiseChoices, holder: Obj): boolean {
  if (typeof share === 'object') return true;
  switch (share) {
    case 'keep':
      return false;
    case 'blank':
    case 'month':
      return true;
    case 'if-title':
      return !choices.includeTitle;
    case 'if-free-text':
      return !choices.includeFreeText;
    case 'catalogue-or-free-text':
      return holder.catalogueId === null && !choices.includeFreeText;
  }
}

/** Lists are copied so the profile never shares an array with the draft. */
const copy = (value: unknown) => (Array.isArray(value) ? [...(value as unknown[])] : value);

function shareField(
  row: FieldRow,
  value: unknown,
  holder: Obj,
  index: number,
  choices: AnonymiseChoices,
) {
  const { share } = row;
  if (typeof share === 'object') {
    if ('round' in share)
      return typeof value === 'number' ? Math.round(value / share.round) * share.round : value;
    if ('replace' in share) return share.replace;
    return `${share.renumber}${index + 1}`;
  }
  if (share === 'month') return typeof value === 'string' ? month(value) : '';
  if (share === 'catalogue-or-free-text' && withholds(share, choices, holder)) return WITHHELD;
  return withholds(share, choices, holder) ? emptyValue(row.kind.spec) : copy(value);
}

function shareRows(rows: Rows, holder: Obj, index: number, choices: AnonymiseChoices) {
  return Object.fromEntries(
    Object.entries(rows).map(([key, row]) => [
      key,
      shareField(row, holder[key], holder, index, choices),
    ]),
  );
}

function shareRow(row: DraftRow, value: unknown, draft: Obj, choices: AnonymiseChoices): unknown {
  switch (row.part) {
    case 'field':
      return shareField(row, value, draft, 0, choices);
    case 'section':
      return shareRows(row.fields, value as Obj, 0, choices);
    case 'list':
      if (row.share === 'blank') return [];
      if (row.share === 'if-free-text' && !choices.includeFreeText) return [];
      return (value as Obj[]).map((item, i) => shareRows(row.fields, item, i, choices));
  }
}

export function anonymiseDraft(draft: RoleDraft, choices: AnonymiseChoices): RoleDraft {
  const source = draft as unknown as Obj;
  return Object.fromEntries(
    Object.entries<DraftRow>(DRAFT_FIELDS).map(([key, row]) => [
      key,
      shareRow(row, source[key], source, choices),
    ]),
  ) as RoleDraft;
}

export function anonymisedPack(
  draft: RoleDraft,
  choices: AnonymiseChoices,
  now: string,
): PeerPackFile {
  return {
    type: PEER_PACK_TYPE,
    version: PEER_PACK_VERSION,
    name: 'Anonymised role profile',
    source: 'Exported from Keystone',
    createdAt: month(now),
    illustrative: false,
    profiles: [anonymiseDraft(draft, choices)],
  };
}
