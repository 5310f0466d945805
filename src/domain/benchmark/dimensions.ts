/**
 * The dimensions a role is placed on among its peers (issue 4): each clause score, overall
 * alignment, grade, reporting distance, seats, budget authority, decision rights, remit breadth
 * and technicians in remit. Ordered answer lists become their position in the list.
 */
import { CLAUSES, CLAUSE_IDS, type ClauseId } from '../definition';
import { BUDGET_AUTHORITY, GRADE_BANDS, REPORTING_DISTANCE, SCOPES, rank } from '../options';
import { madeOnce } from '../made-once';
import type { RoleDraft } from '../role-draft';
import type { ScoreNumbers } from './peer-score';

export type DimensionId =
  | `clause-${ClauseId}`
  | 'overall'
  | 'grade'
  | 'reporting'
  | 'seats'
  | 'budget'
  | 'rights'
  | 'remit'
  | 'technicians';

export interface Dimension {
  id: DimensionId;
  label: string;
  /** A 0–100 score, a whole count, or a place in an ordered list of answers. */
  scale: 'score' | 'count' | 'ordinal';
  /** -1 when a lower value is the stronger position (fewer steps from the head). */
  direction: 1 | -1;
  /** Phrases for insights: "<more> than 80% of peers", "<less> than 80% of peers (bottom quartile)". */
  more: string;
  less: string;
  value: (profile: RoleDraft, score: ScoreNumbers) => number | null;
  /** Text for a value; quantiles of ordered lists may fall between two answers. */
  format: (value: number) => string;
}

/** Answers from an ordered list: a quartile between two answers reads as the nearer one. */
const answer = (labels: readonly string[]) => (value: number) =>
  labels[Math.min(labels.length - 1, Math.max(0, Math.round(value)))] ?? '';
const NUMBER = madeOnce(() => new Intl.NumberFormat('en-GB'));
const whole = (unit: string, units: string) => (value: number) => {
  // A median of 1.5 seats says something; 73.8 technicians is false precision.
  const n = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${NUMBER().format(n)} ${n === 1 ? unit : units}`;
};
const score = (value: number) => `${Math.round(value)} out of 100`;
const ordinal = <T extends string>(ids: readonly T[], id: T | null) =>
  id === null ? null : rank(ids, id);

const clauseDimensions: Dimension[] = CLAUSE_IDS.map((id) => {
  const name = CLAUSES.find((c) => c.id === id)?.name ?? id;
  return {
    id: `clause-${id}` as const,
    scale: 'score',
    label: name,
    direction: 1,
    more: `${name}: scores higher`,
    less: `${name}: scores lower`,
    value: (_profile, s) => s.clauses[id],
    format: score,
  };
});

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'overall',
    scale: 'score',
    label: 'Overall alignment with the definition',
    direction: 1,
    more: 'Overall alignment with the definition higher',
    less: 'Overall alignment with the definition lower',
    value: (_p, s) => s.overall,
    format: score,
  },
  ...clauseDimensions,
  {
    id: 'grade',
    scale: 'ordinal',
    label: 'Grade',
    direction: 1,
    more: 'Graded higher',
    less: 'Graded lower',
    value: (p) => ordinal(GRADE_BANDS.ids, p.authority.gradeBand),
    format: answer(GRADE_BANDS.list.map((o) => o.label)),
  },
  {
    id: 'reporting',
    scale: 'count',
    label: 'Steps from the head of the institution',
    direction: -1,
    more: 'Closer to the head of the institution',
    less: 'Further from the head of the institution',
    value: (p) => (p.authority.reportsTo ? REPORTING_DISTANCE[p.authority.reportsTo] : null),
    format: whole('step', 'steps'),
  },
  {
    id: 'seats',
    scale: 'count',
    label: 'Seats on boards and committees',
    direction: 1,
    more: 'More seats',
    less: 'Fewer seats',
    value: (p) => p.authority.seats.length,
    format: whole('seat', 'seats'),
  },
  {
    id: 'budget',
    scale: 'ordinal',
    label: 'Budget authority',
    direction: 1,
    more: 'More budget authority',
    less: 'Less budget authority',
    value: (p) => ordinal(BUDGET_AUTHORITY.ids, p.authority.budgetAuthority),
    format: answer(BUDGET_AUTHORITY.list.map((o) => o.label)),
  },
  {
    id: 'rights',
    scale: 'count',
    label: 'Decision rights',
    direction: 1,
    more: 'More decision rights',
    less: 'Fewer decision rights',
    value: (p) => p.authority.decisionRights.length,
    format: whole('right', 'rights'),
  },
  {
    id: 'remit',
    scale: 'ordinal',
    label: 'Remit breadth',
    direction: 1,
    more: 'Remit broader',
    less: 'Remit narrower',
    value: (p) => ordinal(SCOPES.ids, p.remit.scope),
    format: answer(SCOPES.list.map((o) => o.label)),
  },
  {
    id: 'technicians',
    scale: 'count',
    label: 'Technicians in remit',
    direction: 1,
    more: 'More technicians in remit',
    less: 'Fewer technicians in remit',
    value: (p) => p.remit.techniciansInRemit,
    format: whole('technician', 'technicians'),
  },
];

export const DIMENSION_COUNT = DIMENSIONS.length;
