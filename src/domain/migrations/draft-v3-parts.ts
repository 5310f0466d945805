/**
 * Draft version 2 → 3, in parts: each feature of the second release that adds to the draft's
 * shape adds one part here, in its own file under ./draft-v3/, that fills its new fields in a
 * version 2 draft and leaves the rest as it is. A part must not depend on another's fields.
 * Once released, this list is frozen: the next change of shape is a new draft version.
 */
import type { Step } from './run-steps';
import { originalText } from './draft-v3/original-text';
import { jobPackPart } from './draft-v3/job-pack';
import { wordingChecksPart } from './draft-v3/wording-checks';
import { targetLevelPart } from './draft-v3/target-level';

export type DraftPart = Step<Record<string, unknown>>;

export const DRAFT_V3_PARTS: readonly DraftPart[] = [
  originalText,
  jobPackPart,
  wordingChecksPart,
  targetLevelPart,
];
