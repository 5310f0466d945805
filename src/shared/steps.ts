/** The wizard's steps, in order, and the other views the shell can show (from store/views.ts). */
import type { JudgedStep } from '../domain/steps/step-completion';
import { VIEWS, type StepId, type ViewId } from '../store/views';

export interface StepInfo {
  id: StepId;
  label: string;
}

export interface OtherViewInfo {
  id: Exclude<ViewId, StepId>;
  label: string;
  /** The symbol beside it in the step list, where a step shows its number. */
  mark: string;
}

export const STEPS: readonly StepInfo[] = VIEWS.filter((v) => v.step);

// Every step of the shell is one the domain can judge complete (src/domain/steps): a step added
// to the views without its requirements does not compile.
const judged: readonly JudgedStep[] = STEPS.map((s) => s.id);
void judged;

export const OTHER_VIEWS: readonly OtherViewInfo[] = VIEWS.filter((v) => !v.step);

export function viewLabel(view: ViewId): string {
  return VIEWS.find((v) => v.id === view)?.label ?? view;
}

/** The step after (or before) a step, or null at either end. */
export function stepAfter(step: StepId, offset: 1 | -1): StepId | null {
  const index = STEPS.findIndex((s) => s.id === step);
  return STEPS[index + offset]?.id ?? null;
}
