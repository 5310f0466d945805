/**
 * Which steps of a draft are complete: a step is complete when its requirements are met.
 *
 * Note: plain checks, not the step schemas. The step list judges every step on the first
 * render, and building and running the zod schemas there cost the start-up path both the
 * library and its time (issue 17). A draft in the store has already passed the domain schema
 * (its types and limits), so what is left to check is what each step adds on top: the rules of
 * the `*-schema.ts` beside this file. step-completion.test.ts holds the two equal on generated
 * drafts.
 */
import type { Criterion, RoleDraft, Responsibility } from '../role-draft';

/** The steps with a form; their ids are the shell's view ids (src/store/views.ts). */
type FormStep = 'context' | 'remit' | 'authority' | 'responsibilities' | 'person-spec';

/** A step whose completion can be judged: each form step, and the review (all of them). */
export type JudgedStep = FormStep | 'review';

/** Fewer than this and a job description cannot describe the role (HR expects six to eight). */
export const MIN_RESPONSIBILITIES = 3;

const written = (text: string) => text.trim().length > 0;

const responsibilityDone = (r: Responsibility) =>
  written(r.text) && (r.catalogueId !== null || r.clauses.length > 0);

const criterionDone = (c: Criterion) => written(c.text);

const CHECKS: Record<FormStep, (draft: RoleDraft) => boolean> = {
  context: ({ context: c }) =>
    written(c.institutionName) && c.nation !== null && c.institutionType !== null,
  remit: ({ remit: r }) => r.scope !== null && r.areas.length > 0,
  authority: ({ authority: a }) =>
    written(a.title) && a.gradeBand !== null && a.reportsTo !== null && a.budgetAuthority !== null,
  responsibilities: ({ responsibilities: list }) =>
    list.length >= MIN_RESPONSIBILITIES && list.every(responsibilityDone),
  'person-spec': ({ personSpec: list }) =>
    list.every(criterionDone) && list.some((c) => c.category === 'essential'),
};

export function stepComplete(step: JudgedStep, draft: RoleDraft): boolean {
  if (step === 'review') return (Object.keys(CHECKS) as FormStep[]).every((s) => CHECKS[s](draft));
  return CHECKS[step](draft);
}
