/**
 * The clause scores and overall score of a peer, without the evidence and suggested changes
 * that scoreDraft also builds for the person editing a draft. Benchmarking needs only the
 * numbers, for up to 20,000 peers at once: this is the same arithmetic from the same rules
 * (scoring-rules.ts, condition.ts), and a property test holds it equal to scoreDraft.
 */
import { CATALOGUE } from '../catalogue';
import { isMet } from '../condition';
import { CLAUSE_IDS, type ClauseId } from '../definition';
import type { RoleDraft } from '../role-draft';
import { overallScore, type DraftScore } from '../score-draft';
import { RESPONSIBILITY_CAP, RESPONSIBILITY_POINTS, SIGNALS } from '../scoring-rules';

export interface ScoreNumbers {
  clauses: Record<ClauseId, number>;
  overall: number;
}

/** Points each catalogue entry gives each clause (primary wins over secondary, as in scoring). */
const ENTRY_POINTS = new Map(
  CATALOGUE.map((entry) => [
    entry.id,
    CLAUSE_IDS.map((clause) =>
      entry.primary.includes(clause)
        ? RESPONSIBILITY_POINTS.primary
        : entry.secondary.includes(clause)
          ? RESPONSIBILITY_POINTS.secondary
          : 0,
    ),
  ]),
);
const SIGNALS_BY_CLAUSE = CLAUSE_IDS.map((clause) => SIGNALS.filter((s) => s.clause === clause));

export function peerScore(draft: RoleDraft): ScoreNumbers {
  const raw = new Array<number>(CLAUSE_IDS.length).fill(0);
  const chosen = new Set<string>();
  for (const r of draft.responsibilities) {
    // As in scoreClause: a statement chosen twice is still one duty.
    if (r.catalogueId) {
      if (chosen.has(r.catalogueId)) continue;
      chosen.add(r.catalogueId);
    }
    const points = r.catalogueId ? ENTRY_POINTS.get(r.catalogueId) : undefined;
    for (let c = 0; c < raw.length; c += 1) {
      // A statement the user wrote (or an id the catalogue lacks) counts by its own tags.
      raw[c]! += points
        ? points[c]!
        : r.clauses.includes(CLAUSE_IDS[c]!)
          ? RESPONSIBILITY_POINTS.custom
          : 0;
    }
  }
  const clauses = {} as Record<ClauseId, number>;
  CLAUSE_IDS.forEach((clause, c) => {
    let score = Math.min(RESPONSIBILITY_CAP[clause], raw[c]!);
    for (const signal of SIGNALS_BY_CLAUSE[c]!)
      if (isMet(signal.condition, draft)) score += signal.points;
    clauses[clause] = Math.min(100, score);
  });
  return { clauses, overall: overallScore(clauses) };
}

/** The numbers of a full score, for the person's own draft (scored by scoreDraft). */
export function numbersOf(score: DraftScore): ScoreNumbers {
  const clauses = {} as Record<ClauseId, number>;
  for (const clause of CLAUSE_IDS) clauses[clause] = score.clauses[clause].score;
  return { clauses, overall: score.overall };
}
