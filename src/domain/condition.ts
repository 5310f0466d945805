/**
 * Conditions on a draft's answers, as data, so that scoring rules can be read, tested and
 * explained without running code. Ordered lists (grades, scopes, budget) compare by position.
 */
import type { RoleDraft } from './role-draft';
import {
  BUDGET_AUTHORITY,
  DECISION_RIGHTS,
  EXTERNAL_REMIT,
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
  | { kind: 'external'; remit: ExternalRemit };

/** The wizard section where the answer behind a condition is given. */
export type Section = 'context' | 'remit' | 'authority' | 'responsibilities' | 'person-spec';

export function sectionOf(condition: Condition): Section {
  switch (condition.kind) {
    case 'scope-at-least':
    case 'areas-at-least':
    case 'external':
      return 'remit';
    default:
      return 'authority';
  }
}

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
  }
}

const orList = (labels: string[]) =>
  labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;

/** The condition in words: "a seat on the university executive board". */
export function describe(condition: Condition): string {
  switch (condition.kind) {
    case 'seat':
      return `a seat on the ${orList(condition.anyOf.map((s) => SEATS.label(s).toLowerCase().replace(' (attending)', '')))}`;
    case 'decision-right':
      return `the right to ${DECISION_RIGHTS.label(condition.right).toLowerCase()}`;
    case 'grade-at-least':
      return `a grade of ${GRADE_BANDS.label(condition.band)
        .toLowerCase()
        .replace(/ \(.*\)$/, '')} or higher`;
    case 'reporting-within':
      return condition.steps <= 1
        ? 'a reporting line directly to the head of the institution'
        : `a reporting line within ${condition.steps} steps of the head of the institution`;
    case 'budget-at-least':
      return condition.level === 'full'
        ? 'ownership of the technical budget'
        : `at least: ${BUDGET_AUTHORITY.label(condition.level).toLowerCase()}`;
    case 'scope-at-least':
      return condition.scope === 'institution'
        ? 'an institution-wide remit'
        : `a remit of at least ${SCOPES.label(condition.scope).toLowerCase()}`;
    case 'areas-at-least':
      return `a remit covering at least ${condition.count} technical areas`;
    case 'external':
      return `an external role with ${EXTERNAL_REMIT.label(condition.remit)}`;
  }
}
