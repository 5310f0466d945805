/**
 * Conditions on a draft's answers, as data, so that scoring rules can be read, tested and
 * explained without running code. Ordered lists (grades, scopes, budget) compare by position.
 */
import { pounds } from './job-description/format';
import type { RoleDraft } from './role-draft';
import {
  BUDGET_AUTHORITY,
  DECISION_RIGHTS,
  GRADE_BANDS,
  REPORTING_DISTANCE,
  SCOPES,
  SEATS,
  rank,
  type BudgetAuthority,
  type DecisionRight,
  type ExternalRemit,
  type GradeBand,
  type Scope,
  type Seat,
} from './options';

export type Condition =
  | { kind: 'seat'; anyOf: readonly Seat[] }
  | { kind: 'decision-right'; right: DecisionRight }
  | { kind: 'grade-at-least'; band: GradeBand }
  | { kind: 'reporting-within'; steps: number }
  | { kind: 'budget-at-least'; level: BudgetAuthority }
  | { kind: 'scope-at-least'; scope: Scope }
  | { kind: 'areas-at-least'; count: number }
  | { kind: 'external'; remit: ExternalRemit }
  | { kind: 'budget-amount-at-least'; pounds: number }
  | { kind: 'team-at-least'; count: number };

/**
 * What a signal also needs before it counts: any one of these answers, or any one of these
 * catalogue responsibilities. Why: a remit or a budget is a means; it evidences a clause only
 * when the role has the authority or the work that uses it (issue 12).
 */
export interface Needs {
  answers: readonly Condition[];
  responsibilities: readonly string[];
}

/** The wizard section where the answer behind a condition is given. */
export type Section = 'context' | 'remit' | 'authority' | 'responsibilities' | 'person-spec';

/** A question of the wizard whose answer conditions read: a draft section and a field in it. */
export type AnswerField = {
  [S in 'remit' | 'authority']: { section: S; field: keyof RoleDraft[S] };
}['remit' | 'authority'];

/** The answer each kind of condition reads: where a question's "Evidences" hint comes from. */
const READS: Record<Condition['kind'], AnswerField> = {
  seat: { section: 'authority', field: 'seats' },
  'decision-right': { section: 'authority', field: 'decisionRights' },
  'grade-at-least': { section: 'authority', field: 'gradeBand' },
  'reporting-within': { section: 'authority', field: 'reportsTo' },
  'budget-at-least': { section: 'authority', field: 'budgetAuthority' },
  'scope-at-least': { section: 'remit', field: 'scope' },
  'areas-at-least': { section: 'remit', field: 'areas' },
  external: { section: 'remit', field: 'external' },
  'budget-amount-at-least': { section: 'authority', field: 'annualBudget' },
  'team-at-least': { section: 'remit', field: 'techniciansInRemit' },
};

export const answerRead = (condition: Condition): AnswerField => READS[condition.kind];

export const sectionOf = (condition: Condition): Section => answerRead(condition).section;

export function isMet(condition: Condition, draft: RoleDraft): boolean {
  const { authority, remit } = draft;
  switch (condition.kind) {
    case 'seat':
      return condition.anyOf.some((seat) => authority.seats.includes(seat));
    case 'decision-right':
      return authority.decisionRights.includes(condition.right);
    case 'grade-at-least':
      return (
        authority.gradeBand !== null &&
        rank(GRADE_BANDS.ids, authority.gradeBand) >= rank(GRADE_BANDS.ids, condition.band)
      );
    case 'reporting-within':
      return (
        authority.reportsTo !== null && REPORTING_DISTANCE[authority.reportsTo] <= condition.steps
      );
    case 'budget-at-least':
      return (
        authority.budgetAuthority !== null &&
        rank(BUDGET_AUTHORITY.ids, authority.budgetAuthority) >=
          rank(BUDGET_AUTHORITY.ids, condition.level)
      );
    case 'scope-at-least':
      return (
        remit.scope !== null && rank(SCOPES.ids, remit.scope) >= rank(SCOPES.ids, condition.scope)
      );
    case 'areas-at-least':
      return remit.areas.length >= condition.count;
    case 'external':
      return remit.external.includes(condition.remit);
    case 'budget-amount-at-least':
      return authority.annualBudget !== null && authority.annualBudget >= condition.pounds;
    case 'team-at-least':
      return remit.techniciansInRemit !== null && remit.techniciansInRemit >= condition.count;
  }
}

/** True when the draft meets the needs (or there are none). */
export function needsMet(needs: Needs | undefined, draft: RoleDraft): boolean {
  if (!needs) return true;
  return (
    needs.answers.some((condition) => isMet(condition, draft)) ||
    draft.responsibilities.some(
      (r) => r.catalogueId !== null && needs.responsibilities.includes(r.catalogueId),
    )
  );
}

const orList = (labels: string[]) =>
  labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;

const seatWords = (seat: Seat) =>
  SEATS.label(seat)
    .toLowerCase()
    .replace(' (attending)', '')
    .replace(' or academic board', ' (academic board)');

/** "At least this grade", as a person would say it. */
const GRADE_WORDS: Record<GradeBand, string> = {
  'grade-6': 'grade 6 or higher',
  'grade-7': 'grade 7 or higher',
  'grade-8': 'grade 8 or higher',
  'grade-9': 'grade 9 or higher',
  'grade-10': 'grade 10 or higher',
  'above-spine': 'a grade above the pay spine',
  executive: 'an executive grade',
};

const BUDGET_WORDS: Record<BudgetAuthority, string> = {
  none: 'an answer about the budget',
  advises: 'a say in the technical budget',
  delegated: 'a delegated budget or more',
  full: 'ownership of the technical budget',
};

/** External remits mid-sentence: common nouns lower case, names kept. */
const EXTERNAL_WORDS: Record<ExternalRemit, string> = {
  'sector-networks': 'sector and regional technical networks',
  'uk-itss': 'UK ITSS',
  'technician-commitment': 'the national Technician Commitment community',
  'professional-bodies': 'professional bodies (Science Council, Engineering Council)',
  policy: 'policymakers, funders and sector bodies',
};

/** The condition in words: "a seat on the university executive board". */
export function describe(condition: Condition): string {
  switch (condition.kind) {
    case 'seat':
      return `a seat on the ${orList(condition.anyOf.map(seatWords))}`;
    case 'decision-right':
      return `the right to ${DECISION_RIGHTS.label(condition.right).toLowerCase()}`;
    case 'grade-at-least':
      return GRADE_WORDS[condition.band];
    case 'reporting-within':
      return condition.steps <= 1
        ? 'a reporting line directly to the head of the institution'
        : `a reporting line within ${condition.steps} steps of the head of the institution`;
    case 'budget-at-least':
      return BUDGET_WORDS[condition.level];
    case 'scope-at-least':
      return condition.scope === 'institution'
        ? 'an institution-wide remit'
        : `a remit of at least ${SCOPES.label(condition.scope).toLowerCase()}`;
    case 'areas-at-least':
      return `a remit covering at least ${condition.count} technical areas`;
    case 'external':
      return `an external role with ${EXTERNAL_WORDS[condition.remit]}`;
    case 'budget-amount-at-least':
      return `an annual budget of at least ${pounds(condition.pounds)}`;
    case 'team-at-least':
      return `at least ${condition.count} technicians in the remit`;
  }
}
