/**
 * The decisions that shape the role and can carry a reason (draft-fields.ts, REASON_FIELDS):
 * where each is answered, and what the draft is without it, so that the review can rank the
 * decisions by how much the contradictions and the score depend on them.
 */
import type { REASON_FIELDS } from '../draft-fields/draft-fields';
import type { Section } from '../condition';
import type { RoleDraft } from '../role-draft';

export type ReasonKey = keyof typeof REASON_FIELDS;

export interface Decision {
  key: ReasonKey;
  /** How the review names it: "Reporting line". */
  label: string;
  /** The wizard step where it is answered. */
  section: Section;
  answered: (draft: RoleDraft) => boolean;
  /** The draft with this decision unanswered. */
  without: (draft: RoleDraft) => RoleDraft;
}

const authority = (
  key: ReasonKey,
  label: string,
  fields: readonly (keyof RoleDraft['authority'])[],
): Decision => ({
  key,
  label,
  section: 'authority',
  answered: (d) =>
    fields.some((f) => {
      const v = d.authority[f];
      return Array.isArray(v) ? v.length > 0 : v !== null && v !== '';
    }),
  without: (d) => ({
    ...d,
    authority: {
      ...d.authority,
      ...Object.fromEntries(fields.map((f) => [f, Array.isArray(d.authority[f]) ? [] : null])),
    },
  }),
});

export const DECISIONS: readonly Decision[] = [
  {
    key: 'scope',
    label: 'Scope',
    section: 'remit',
    answered: (d) => d.remit.scope !== null,
    without: (d) => ({ ...d, remit: { ...d.remit, scope: null } }),
  },
  authority('reportsTo', 'Reporting line', ['reportsTo']),
  authority('gradeBand', 'Grade', ['gradeBand']),
  authority('seats', 'Seats', ['seats']),
  authority('annualBudget', 'Budget', ['budgetAuthority', 'annualBudget']),
  authority('decisionRights', 'Decision rights', ['decisionRights']),
  authority('fte', 'FTE', ['fte']),
];

export const decisionFor = (key: ReasonKey): Decision => DECISIONS.find((d) => d.key === key)!;
