/**
 * Draft 2 → 3, the job-description reader's part (issue 11): a draft gains the job description
 * it was started from and which of its sentences each responsibility came from: none, for every
 * draft made before. Nothing else changes, so no score changes.
 */
import type { Step } from '../run-steps';
import { isRecord } from '../is-record';

export const originalText: Step<Record<string, unknown>> = (draft) => ({
  ...draft,
  original: isRecord(draft.original) ? draft.original : { text: '', fileName: '' },
  fromOriginal: Array.isArray(draft.fromOriginal) ? draft.fromOriginal : [],
});
