/** The wizard's steps, in order, and the other views the shell can show. */
import type { StepId, ViewId } from '../../store/keystone-store';

export interface StepInfo {
  id: StepId;
  label: string;
}

export const STEPS: readonly StepInfo[] = [
  { id: 'context', label: 'Institution context' },
  { id: 'remit', label: 'Remit' },
  { id: 'authority', label: 'Seniority and authority' },
  { id: 'responsibilities', label: 'Responsibilities' },
  { id: 'person-spec', label: 'Person specification' },
  { id: 'review', label: 'Review' },
];

export const OTHER_VIEWS: readonly { id: Exclude<ViewId, StepId>; label: string }[] = [
  { id: 'benchmark', label: 'Benchmark' },
  { id: 'export', label: 'Export' },
];

export function viewLabel(view: ViewId): string {
  return [...STEPS, ...OTHER_VIEWS].find((v) => v.id === view)?.label ?? view;
}

/** The step after (or before) a step, or null at either end. */
export function stepAfter(step: StepId, offset: 1 | -1): StepId | null {
  const index = STEPS.findIndex((s) => s.id === step);
  return STEPS[index + offset]?.id ?? null;
}
