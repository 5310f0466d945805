/**
 * Draft 2 → 3, the wording checks' part (issue 15): a version 2 draft has dismissed no wording
 * finding. A list already there is left for validation to judge.
 */
import type { Step } from '../run-steps';

export const wordingChecksPart: Step<Record<string, unknown>> = (draft) =>
  'wordingDismissals' in draft ? draft : { ...draft, wordingDismissals: [] };
