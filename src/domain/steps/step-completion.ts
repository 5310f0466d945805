/** Which steps of a draft are complete: a step is complete when its requirements are met. */
import * as z from 'zod/mini';
import type { RoleDraft } from '../role-draft';
import { AuthorityStepSchema } from './authority-schema';
import { ContextStepSchema } from './context-schema';
import { PersonSpecStepSchema } from './person-spec-schema';
import { RemitStepSchema } from './remit-schema';
import { ResponsibilitiesStepSchema } from './responsibilities-schema';

/** The steps with a form; their ids are the shell's view ids (src/store/views.ts). */
type FormStep = 'context' | 'remit' | 'authority' | 'responsibilities' | 'person-spec';

/** A step whose completion can be judged: each form step, and the review (all of them). */
export type JudgedStep = FormStep | 'review';

const CHECKS: Record<FormStep, (draft: RoleDraft) => boolean> = {
  context: (d) => z.safeParse(ContextStepSchema, d.context).success,
  remit: (d) => z.safeParse(RemitStepSchema, d.remit).success,
  authority: (d) => z.safeParse(AuthorityStepSchema, d.authority).success,
  responsibilities: (d) =>
    z.safeParse(ResponsibilitiesStepSchema, { responsibilities: d.responsibilities }).success,
  'person-spec': (d) => z.safeParse(PersonSpecStepSchema, { personSpec: d.personSpec }).success,
};

export function stepComplete(step: JudgedStep, draft: RoleDraft): boolean {
  if (step === 'review') return (Object.keys(CHECKS) as FormStep[]).every((s) => CHECKS[s](draft));
  return CHECKS[step](draft);
}
