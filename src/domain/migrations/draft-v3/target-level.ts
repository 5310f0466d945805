/**
 * Draft 2 → 3, the target level's part (issue 12, item 6): a version 2 draft has not said what
 * the role is meant to be. A value already there is left for validation to judge.
 */
import { isRecord } from '../is-record';
import type { Step } from '../run-steps';

export const targetLevelPart: Step<Record<string, unknown>> = (draft) =>
  isRecord(draft.remit) && !('targetLevel' in draft.remit)
    ? { ...draft, remit: { ...draft.remit, targetLevel: null } }
    : draft;
