/** Facts about a draft that the contradiction rules read, each true only when answered. */
import type { ClauseId } from './definition';
import { GRADE_BANDS, rank, type GradeBand } from './options';
import type { RoleDraft } from './role-draft';
import { countedResponsibilities, isDirect, strengthOf } from './responsibility-worth';

/**
 * Clauses whose responsibilities need authority to carry out: setting direction, policy and investment.
 * Note: advocacy and development can be done by influence, so they are left out.
 */
export const STRATEGIC_CLAUSES: readonly ClauseId[] = [
  'empowered',
  'aligns',
  'anticipates',
  'policies',
  'investment',
];

/**
 * Responsibilities that evidence any of the clauses directly (catalogue entries by their primary
 * tags, the user's own responsibilities by the clauses they tagged), each counted once as in scoring.
 */
export function responsibilityCount(draft: RoleDraft, clauses: readonly ClauseId[]): number {
  return countedResponsibilities(draft.responsibilities).filter((r) =>
    clauses.some((clause) => isDirect(strengthOf(r, clause))),
  ).length;
}

export const hasResponsibility = (draft: RoleDraft, ...catalogueIds: string[]): boolean =>
  draft.responsibilities.some(
    (r) => r.catalogueId !== null && catalogueIds.includes(r.catalogueId),
  );

/** True when a grade is given and it is `band` or lower. */
export const gradeAtMost = (draft: RoleDraft, band: GradeBand): boolean =>
  draft.authority.gradeBand !== null &&
  rank(GRADE_BANDS.ids, draft.authority.gradeBand) <= rank(GRADE_BANDS.ids, band);

/**
 * True once the authority step has been answered in part. Why: seats and rights are lists, and an
 * empty list means "none" only after the user has reached that step.
 */
export const authorityAnswered = (draft: RoleDraft): boolean => {
  const a = draft.authority;
  return (
    a.gradeBand !== null ||
    a.reportsTo !== null ||
    a.budgetAuthority !== null ||
    a.seats.length > 0 ||
    a.decisionRights.length > 0
  );
};
