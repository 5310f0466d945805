/**
 * What changed between two versions of one role draft, field by field, in words a person reads:
 * option ids become their labels, unanswered questions say so, and list items (responsibilities,
 * criteria) are matched by id so an edit reads as "changed" rather than "removed and added".
 */
import { CLAUSES } from './definition';
import {
  ASSESSMENT_METHODS,
  BUDGET_AUTHORITY,
  CRITERION_CATEGORIES,
  DECISION_RIGHTS,
  EXTERNAL_REMIT,
  GRADE_BANDS,
  INSTITUTION_TYPES,
  NATIONS,
  REPORTING_LINES,
  SCOPES,
  SEATS,
  TECHNICAL_AREAS,
} from './options';
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
const labelOf =
  (list: { label: (id: never) => string }): Labeller =>
  (id) =>
    (list.label as (id: string) => string)(id);

const clauseName = (id: string) => CLAUSES.find((c) => c.id === id)?.name ?? id;

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

/** [section, field label, read the value, optional id → label]. */
type Field = [string, string, (d: RoleDraft) => unknown, Labeller?];

const FIELDS: readonly Field[] = [
  ['Draft', 'Name', (d) => d.name],
  ['Institution', 'Institution name', (d) => d.context.institutionName],
  ['Institution', 'Nation', (d) => d.context.nation, labelOf(NATIONS)],
  [
    'Institution',
    'Type of institution',
    (d) => d.context.institutionType,
    labelOf(INSTITUTION_TYPES),
  ],
  ['Institution', 'Technical staff', (d) => d.context.technicalCommunitySize],
  ['Institution', 'Technician Commitment signatory', (d) => d.context.techCommitmentSignatory],
  ['Remit', 'Scope', (d) => d.remit.scope, labelOf(SCOPES)],
  ['Remit', 'Technical areas', (d) => d.remit.areas, labelOf(TECHNICAL_AREAS)],
  ['Remit', 'Technicians in remit', (d) => d.remit.techniciansInRemit],
  ['Remit', 'Sites', (d) => d.remit.sites],
  ['Remit', 'External remit', (d) => d.remit.external, labelOf(EXTERNAL_REMIT)],
  ['Authority', 'Job title', (d) => d.authority.title],
  ['Authority', 'FTE', (d) => d.authority.fte],
  ['Authority', 'Grade', (d) => d.authority.gradeBand, labelOf(GRADE_BANDS)],
  ['Authority', 'Reports to', (d) => d.authority.reportsTo, labelOf(REPORTING_LINES)],
  ['Authority', 'Seats', (d) => d.authority.seats, labelOf(SEATS)],
  ['Authority', 'Budget authority', (d) => d.authority.budgetAuthority, labelOf(BUDGET_AUTHORITY)],
  ['Authority', 'Annual budget (£)', (d) => d.authority.annualBudget],
  ['Authority', 'Decision rights', (d) => d.authority.decisionRights, labelOf(DECISION_RIGHTS)],
  ['Authority', 'Direct reports', (d) => d.authority.directReports],
  ['Wording', 'Job purpose', (d) => d.wording.jobPurpose],
  ['Peers', 'Institution types', (d) => d.peerFilter.institutionTypes, labelOf(INSTITUTION_TYPES)],
  ['Peers', 'Nations', (d) => d.peerFilter.nations, labelOf(NATIONS)],
  ['Peers', 'Seniority', (d) => d.peerFilter.seniority, labelOf(GRADE_BANDS)],
  ['Peers', 'Smallest technical community', (d) => d.peerFilter.minCommunity],
  ['Peers', 'Largest technical community', (d) => d.peerFilter.maxCommunity],
];

interface Item {
  id: string;
  text: string;
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

export function diffDrafts(before: RoleDraft, after: RoleDraft): DraftChange[] {
  const changes: DraftChange[] = [];
  for (const [section, field, read, label] of FIELDS) {
    const a = show(read(before), label);
    const b = show(read(after), label);
    if (a !== b) changes.push({ section, field, kind: 'changed', before: a, after: b });
  }
  changes.push(
    ...diffList('Responsibilities', before.responsibilities, after.responsibilities, (r) =>
      r.clauses.length > 0
        ? `${r.text} (evidences: ${r.clauses.map(clauseName).join('; ')})`
        : r.text,
    ),
    ...diffList(
      'Person specification',
      before.personSpec,
      after.personSpec,
      (c) =>
        `${c.text} (${show(c.category, labelOf(CRITERION_CATEGORIES))}; assessed by ${show(c.assessedBy, labelOf(ASSESSMENT_METHODS))})`,
    ),
  );
  return changes;
}
