/** A calibration profile as a role draft, so that it is scored by the same code as any draft. */
import { emptyDraft } from '../empty-draft';
import { responsibilityFromCatalogue } from '../from-catalogue';
import type { RoleDraft } from '../role-draft';
import type { CalibrationProfile } from './calibration-profiles';

export function calibrationDraft(profile: CalibrationProfile): RoleDraft {
  const draft = emptyDraft(profile.id, profile.title, '2026-12-01T00:00:00.000Z');
  return {
    ...draft,
    remit: {
      ...draft.remit,
      scope: profile.scope,
      areas: [...profile.areas],
      techniciansInRemit: profile.technicians,
      external: [...profile.external],
    },
    authority: {
      ...draft.authority,
      title: profile.title,
      fte: profile.fte,
      gradeBand: profile.grade,
      reportsTo: profile.reportsTo,
      seats: [...profile.seats],
      budgetAuthority: profile.budget,
      annualBudget: profile.amount,
      decisionRights: [...profile.rights],
    },
    responsibilities: profile.statements.flatMap((id, i) => {
      const r = responsibilityFromCatalogue(id, `c${i + 1}-${id}`);
      return r ? [r] : [];
    }),
  };
}
