/** Which steps of a draft are complete: a step is complete when its requirements are met. */
import * as z from 'zod/mini';
import type { RoleDraft } from '../../domain/role-draft';
import type { StepId } from '../../store/views';
import { AuthorityStepSchema } from './authority-schema';
import { ContextStepSchema } from './context-schema';
import { PersonSpecStepSchema } from './person-spec-schema';
import { RemitStepSchema } from './remit-schema';
import { ResponsibilitiesStepSchema } from './responsibilities-schema';

type FormStep = Exclude<StepId, 'review'>;

const CHECKS: Record<FormStep, (draft: RoleDraft) => boolean> = {
  context: (d) => z.safeParse(ContextStepSchema, d.context).success,
  remit: (d) => z.safeParse(RemitStepSchema, d.remit).success,
  authority: (d) => z.safeParse(AuthorityStepSchema, d.authority).success,
  responsibilities: (d) =>
    z.safeParse(ResponsibilitiesStepSchema, { responsibilities: d.responsibilities }).success,
  'person-spec': (d) => z.safeParse(PersonSpecStepSchema, { personSpec: d.personSpec }).success,
};

export function stepComplete(step: StepId, draft: RoleDraft): boolean {
  if (step === 'review') return (Object.keys(CHECKS) as FormStep[]).every((s) => CHECKS[s](draft));
  return CHECKS[step](draft);
}
