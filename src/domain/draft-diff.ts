/**
 * What changed between two versions of one role draft, field by field, in words a person reads:
 * option ids become their labels, unanswered questions say so, and list items (responsibilities,
 * criteria) are matched by id so an edit reads as "changed" rather than "removed and added".
 */
import {
  COMMENT_FIELDS,
  CRITERION_FIELDS,
  DRAFT_FIELDS,
  DRAFT_SECTION_LABEL,
  RESPONSIBILITY_FIELDS,
} from './draft-fields/draft-fields';
import type { KindSpec } from './draft-fields/field-kinds';
import type { DraftRow, FieldRow, ListRow } from './draft-fields/field-row';
import type { RoleDraft } from './role-draft';

export type ChangeKind = 'changed' | 'added' | 'removed';

export interface DraftChange {
  section: string;
  field: string;
  kind: ChangeKind;
  /** The earlier value as text ("" when added). */
  before: string;
  /** The later value as text ("" when removed). */
  after: string;
}

export const NOT_ANSWERED = 'Not answered';

type Labeller = (id: string) => string;

/** Option ids read as their labels (clauses as their names). */
const labelFor = (spec: KindSpec): Labeller | undefined =>
  'label' in spec ? spec.label : undefined;

function show(value: unknown, label?: Labeller): string {
  if (value === null || value === undefined || value === '') return NOT_ANSWERED;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (Array.isArray(value)) {
    return value.length === 0 ? 'None' : value.map((v) => show(v, label)).join('; ');
  }
  const text = String(value);
  return label ? label(text) : text;
}

const showField = (row: FieldRow, value: unknown) => show(value, labelFor(row.kind.spec));

/** [section, field label, read the value, how it reads]: from the field table, in its order. */
type Field = [string, string, (d: RoleDraft) => unknown, FieldRow];

const at = (d: RoleDraft, key: string) => (d as unknown as Record<string, unknown>)[key];

const FIELDS: readonly Field[] = Object.entries<DraftRow>(DRAFT_FIELDS).flatMap(
  ([key, row]): Field[] => {
    if (row.part === 'list') return [];
    if (row.part === 'field') {
      return row.inDiff === false ? [] : [[DRAFT_SECTION_LABEL, row.label, (d) => at(d, key), row]];
    }
    return Object.entries(row.fields)
      .filter(([, f]) => f.inDiff !== false)
      .map(([name, f]): Field => [
        row.label,
        f.label,
        (d) => (at(d, key) as Record<string, unknown>)[name],
        f,
      ]);
  },
);

type ListKey = {
  [K in keyof typeof DRAFT_FIELDS]: (typeof DRAFT_FIELDS)[K] extends ListRow ? K : never;
}[keyof typeof DRAFT_FIELDS];

/** One line per list item, so an edit anywhere in it reads as that item changed. */
const DESCRIBE_ITEM: { [K in ListKey]: (item: RoleDraft[K][number]) => string } = {
  responsibilities: (r) =>
    (r.clauses.length > 0
      ? `${r.text} (evidences: ${showField(RESPONSIBILITY_FIELDS.clauses, r.clauses)})`
      : r.text) + (r.reason === '' ? '' : `; why: ${r.reason}`),
  personSpec: (c) =>
    `${c.text} (${showField(CRITERION_FIELDS.category, c.category)}; assessed by ${showField(CRITERION_FIELDS.assessedBy, c.assessedBy)})`,
  comments: (c) =>
    `${c.author}${c.authorRole === '' ? '' : ` (${c.authorRole})`}: ${c.text} (${showField(COMMENT_FIELDS.status, c.status)})`,
  handoffs: (h) =>
    `Sent by ${h.sentBy}${h.role === '' ? '' : ` (${h.role})`} on ${h.sentAt.slice(0, 10)}`,
  fromOriginal: (f) => `From the sentence: ${f.sentence}`,
  signOffs: (s) =>
    `${s.name}${s.role === '' ? '' : ` (${s.role})`} approved on ${s.approvedAt.slice(0, 10)}, fingerprint ${s.fingerprint.slice(0, 12)}`,
  wordingDismissals: (w) => `${w.finding} in ${w.about}, dismissed: ${w.reason}`,
};

interface Item {
  id: string;
}

function diffList<T extends Item>(
  section: string,
  before: readonly T[],
  after: readonly T[],
  describe: (item: T) => string,
): DraftChange[] {
  const changes: DraftChange[] = [];
  const later = new Map(after.map((item) => [item.id, item]));
  const earlier = new Map(before.map((item) => [item.id, item]));
  before.forEach((item, i) => {
    const next = later.get(item.id);
    if (!next) {
      changes.push({
        section,
        field: `Item ${i + 1}`,
        kind: 'removed',
        before: describe(item),
        after: '',
      });
    } else if (describe(next) !== describe(item)) {
      changes.push({
        section,
        field: `Item ${i + 1}`,
        kind: 'changed',
        before: describe(item),
        after: describe(next),
      });
    }
  });
  after.forEach((item, i) => {
    if (!earlier.has(item.id)) {
      changes.push({
        section,
        field: `Item ${i + 1}`,
        kind: 'added',
        before: '',
        after: describe(item),
      });
    }
  });
  const order = (list: readonly T[]) =>
    list
      .filter((x) => earlier.has(x.id) && later.has(x.id))
      .map((x) => x.id)
      .join('\n');
  if (order(before) !== order(after)) {
    changes.push({
      section,
      field: 'Order',
      kind: 'changed',
      before: 'Earlier order',
      after: 'Reordered',
    });
  }
  return changes;
}

function diffListAt<K extends ListKey>(key: K, before: RoleDraft, after: RoleDraft) {
  const describe = DESCRIBE_ITEM[key] as (item: Item) => string;
  return diffList(DRAFT_FIELDS[key].label, before[key], after[key], describe);
}

export function diffDrafts(before: RoleDraft, after: RoleDraft): DraftChange[] {
  const changes: DraftChange[] = [];
  for (const [section, field, read, row] of FIELDS) {
    const a = showField(row, read(before));
    const b = showField(row, read(after));
    if (a !== b) changes.push({ section, field, kind: 'changed', before: a, after: b });
  }
  for (const key of Object.keys(DESCRIBE_ITEM) as ListKey[]) {
    changes.push(...diffListAt(key, before, after));
  }
  return changes;
}
