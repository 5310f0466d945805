/**
 * Draft 2 → 3, the job pack's part (issue 14): the publishing details start empty, and the
 * context, relationships and advert use the generated wording until the user edits them.
 * Frozen defaults, not emptyDraft(): today's empty draft may hold fields this part never had.
 */
import { isRecord } from '../is-record';
import type { Step } from '../run-steps';

const POSTING_V3 = {
  managerTitle: '',
  gradeName: '',
  salaryFrom: null,
  salaryTo: null,
  department: '',
  location: '',
  hours: '',
  contract: '',
  closingDate: '',
  howToApply: '',
  reference: '',
  welshLanguage: null,
};

const WORDING_V3 = { context: null, relationships: null, advert: null };

export const jobPackPart: Step<Record<string, unknown>> = (draft) => ({
  ...draft,
  wording: isRecord(draft.wording) ? { ...WORDING_V3, ...draft.wording } : draft.wording,
  posting: isRecord(draft.posting) ? draft.posting : { ...POSTING_V3 },
});
