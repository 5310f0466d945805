/**
 * The migration path of the role draft itself, whatever file holds it. DRAFT_VERSION goes up
 * with every change to the draft's shape, together with a step here and a new version of every
 * container (container-migrations.ts says which draft version each container version held).
 *
 * Version 0 is the pre-release draft (no wording, no peer filter); version 1 the first release;
 * version 2 adds the review record (reasons, comments, sign-offs); version 3 the fields of the
 * second release, each added by its own part (draft-v3-parts.ts).
 */
import type { Chain, Step } from './run-steps';
import { runSteps } from './run-steps';
import { isRecord } from './is-record';
import { DRAFT_V3_PARTS } from './draft-v3-parts';

export const DRAFT_VERSION = 3;

// Note: frozen copies of the version 1 defaults, not emptyDraft(): today's empty draft may
// have fields version 1 never had.
const V1_WORDING = { jobPurpose: null };
const V1_PEER_FILTER = {
  institutionTypes: [],
  nations: [],
  seniority: [],
  minCommunity: null,
  maxCommunity: null,
};

/** 0 → 1: each draft gains its job-purpose wording and its peer filter, both unanswered. */
const from0: Step<unknown> = (draft) =>
  isRecord(draft) ? { wording: V1_WORDING, peerFilter: V1_PEER_FILTER, ...draft } : draft;

const V2_REASONS = {
  scope: '',
  reportsTo: '',
  gradeBand: '',
  seats: '',
  annualBudget: '',
  decisionRights: '',
  fte: '',
};

/** 1 → 2: no reasons yet, on the decisions or on any responsibility; no comments, sign-offs or hand-offs. */
const from1: Step<unknown> = (draft) => {
  if (!isRecord(draft)) return draft;
  const list = draft.responsibilities;
  const responsibilities = Array.isArray(list)
    ? list.map((item: unknown) => (isRecord(item) ? { reason: '', ...item } : item))
    : list;
  return {
    reasons: V2_REASONS,
    comments: [],
    signOffs: [],
    handoffs: [],
    ...draft,
    responsibilities,
  };
};

/** 2 → 3: each part of the second release adds its own fields, in order. */
const from2: Step<unknown> = (draft) =>
  isRecord(draft) ? DRAFT_V3_PARTS.reduce((d, part) => part(d), draft) : draft;

export const DRAFT_CHAIN: Chain<unknown> = {
  version: DRAFT_VERSION,
  what: 'draft',
  first: 0,
  steps: { 0: from0, 1: from1, 2: from2 },
};

/**
 * Brings one draft from `from` to today's version. Only reshapes: whether it is valid is decided
 * by the reader afterwards, so one bad draft cannot make the others unreadable.
 */
export const migrateDraft = (draft: unknown, from: number, chain = DRAFT_CHAIN): unknown =>
  runSteps(chain, draft, from);
