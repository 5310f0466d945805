/**
 * The clause scores and overall score of a peer, without the evidence and suggested changes
 * that scoreDraft also builds for the person editing a draft. Benchmarking needs only the
 * numbers, for up to 20,000 peers at once: they come from the same tally scoreDraft explains
 * (tally.ts), and a property test holds the two equal.
 */
import { CLAUSE_IDS, type ClauseId } from '../definition';
import type { RoleDraft } from '../role-draft';
import { overallScore, type DraftScore } from '../score-draft';
import { tally } from '../tally';

export interface ScoreNumbers {
  clauses: Record<ClauseId, number>;
  overall: number;
}

export function peerScore(draft: RoleDraft): ScoreNumbers {
  const { score } = tally(draft);
  const clauses = {} as Record<ClauseId, number>;
  CLAUSE_IDS.forEach((clause, c) => {
    clauses[clause] = score[c]!;
  });
  return { clauses, overall: overallScore(clauses) };
}

/** The numbers of a full score, for the person's own draft (scored by scoreDraft). */
export function numbersOf(score: DraftScore): ScoreNumbers {
  const clauses = {} as Record<ClauseId, number>;
  for (const clause of CLAUSE_IDS) clauses[clause] = score.clauses[clause].score;
  return { clauses, overall: score.overall };
}
