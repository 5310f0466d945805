/** The whole draft scored: each clause, the weighted overall score and its band. */
import { CLAUSE_IDS, type ClauseId } from './definition';
import type { RoleDraft } from './role-draft';
import { scoreClause, type ClauseScore } from './score-clause';
import { BANDS, CLAUSE_WEIGHTS, TOP_BAND_MIN_EMPOWERED, type Band } from './scoring-rules';
import { tally } from './tally';

export interface DraftScore {
  clauses: Record<ClauseId, ClauseScore>;
  /** Weighted mean of the clause scores, rounded to a whole number. */
  overall: number;
  band: Band;
  /** True when the overall score reached the top band but authority held it back. */
  heldBackByAuthority: boolean;
}

const TOTAL_WEIGHT = CLAUSE_IDS.reduce((sum, id) => sum + CLAUSE_WEIGHTS[id], 0);

export function overallScore(clauseScores: Record<ClauseId, number>): number {
  const weighted = CLAUSE_IDS.reduce((sum, id) => sum + clauseScores[id] * CLAUSE_WEIGHTS[id], 0);
  return Math.round(weighted / TOTAL_WEIGHT);
}

export function bandFor(overall: number, empowered: number): { band: Band; heldBack: boolean } {
  const byScore = BANDS.find((band) => overall >= band.min) ?? BANDS[BANDS.length - 1]!;
  if (byScore.id === 'strategic' && empowered < TOP_BAND_MIN_EMPOWERED) {
    return { band: BANDS.find((band) => band.id === 'partial')!, heldBack: true };
  }
  return { band: byScore, heldBack: false };
}

export function scoreDraft(draft: RoleDraft): DraftScore {
  const counts = tally(draft);
  const clauses = Object.fromEntries(
    CLAUSE_IDS.map((id) => [id, scoreClause(id, draft, counts)]),
  ) as Record<ClauseId, ClauseScore>;
  const numbers = Object.fromEntries(CLAUSE_IDS.map((id) => [id, clauses[id].score])) as Record<
    ClauseId,
    number
  >;
  const overall = overallScore(numbers);
  const { band, heldBack } = bandFor(overall, numbers.empowered);
  return { clauses, overall, band, heldBackByAuthority: heldBack };
}
