/**
 * The path to the next band (issue 12, item 4): the fewest changes, each the one that moves the
 * role most at that point, that take it into the band above, with what each adds. A plan an
 * executive can take to a board, not only a verdict.
 */
import type { RoleDraft } from './role-draft';
import { scoreDraft, type DraftScore } from './score-draft';
import { BANDS, TOP_BAND_MIN_EMPOWERED, type Band } from './scoring-rules';
import { applied, topChanges, type ChangeFilter, type TopChange } from './top-changes';

export interface PathStep {
  change: TopChange;
  /** The overall score once this and every earlier step are made. */
  overallAfter: number;
}

export interface BandPath {
  from: Band;
  to: Band;
  steps: PathStep[];
  /** False when even these steps stop short of the band above. */
  reached: boolean;
}

/** Why a limit: a path of more than six changes is a different role, not a next step. */
export const MOST_STEPS = 6;

const bandIndex = (band: Band) => BANDS.findIndex((b) => b.id === band.id);

/**
 * The change that moves the role most; but while the top band is out of reach for want of
 * authority, the one that adds most authority (any score is held back without it).
 */
function nextStep(
  draft: RoleDraft,
  score: DraftScore,
  to: Band,
  fits?: ChangeFilter,
): TopChange | undefined {
  const changes = topChanges(draft, score, 12, fits);
  const needsAuthority =
    to.id === BANDS[0]!.id && score.clauses.empowered.score < TOP_BAND_MIN_EMPOWERED;
  return (needsAuthority && changes.find((c) => c.clauses.includes('empowered'))) || changes[0];
}

/** Null in the top band: there is no band above. `fits` keeps to changes the target level allows. */
export function pathToNextBand(
  draft: RoleDraft,
  score: DraftScore = scoreDraft(draft),
  fits?: ChangeFilter,
): BandPath | null {
  const from = score.band;
  const to = BANDS[bandIndex(from) - 1];
  if (!to) return null;
  const steps: PathStep[] = [];
  let current = draft;
  let now = score;
  while (steps.length < MOST_STEPS && bandIndex(now.band) > bandIndex(to)) {
    const best = nextStep(current, now, to, fits);
    const next = best ? applied(best.raise, current) : null;
    if (!best || !next) break;
    current = next;
    now = scoreDraft(current);
    steps.push({ change: best, overallAfter: now.overall });
  }
  return { from, to, steps, reached: bandIndex(now.band) <= bandIndex(to) };
}
