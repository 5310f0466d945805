/**
 * The changes that would move the role most: every raise the clause scores offer, tried on the
 * draft and scored again, so that a change counting towards several clauses (a seat, a budget)
 * is credited with all of them, and ranked by what it adds to the overall score.
 * The path to the next band (path-to-next-band.ts) takes these one at a time.
 */
import { CLAUSE_IDS, type ClauseId } from './definition';
import { responsibilityFromCatalogue } from './from-catalogue';
import type { RoleDraft } from './role-draft';
import { satisfySignal } from './satisfy';
import type { Raise } from './score-clause';
import { scoreDraft, type DraftScore } from './score-draft';
import { SIGNALS } from './scoring-rules';

export interface TopChange {
  raise: Raise;
  /** The clauses whose score it raises. */
  clauses: ClauseId[];
  /** Points it adds to the overall score (0–100). */
  overallGain: number;
}

/** Candidates per clause worth trying: the best few by that clause's own gain. */
const PER_CLAUSE = 5;

const keyOf = (raise: Raise) =>
  raise.kind === 'add-responsibility' ? `r:${raise.catalogueId}` : `a:${raise.signalId}`;

/** The draft with a raise made; null when its catalogue entry or signal has gone. */
export function applied(raise: Raise, draft: RoleDraft): RoleDraft | null {
  if (raise.kind === 'add-responsibility') {
    const item = responsibilityFromCatalogue(raise.catalogueId, `top-${raise.catalogueId}`);
    return item ? { ...draft, responsibilities: [...draft.responsibilities, item] } : null;
  }
  const signal = SIGNALS.find((s) => s.id === raise.signalId);
  return signal ? satisfySignal(signal, draft) : null;
}

/** Whether a change may be suggested for this draft (the target level's rule, target-level.ts). */
export type ChangeFilter = (raise: Raise, draft: RoleDraft) => boolean;

const anyChange: ChangeFilter = () => true;

export function topChanges(
  draft: RoleDraft,
  score: DraftScore,
  count = 3,
  fits: ChangeFilter = anyChange,
): TopChange[] {
  const candidates = new Map<string, Raise>();
  for (const id of CLAUSE_IDS) {
    const fitting = score.clauses[id].raises.filter((raise) => fits(raise, draft));
    for (const raise of fitting.slice(0, PER_CLAUSE)) {
      if (raise.gain > 0 && !candidates.has(keyOf(raise))) candidates.set(keyOf(raise), raise);
    }
  }
  const tried: TopChange[] = [];
  for (const raise of candidates.values()) {
    const changed = applied(raise, draft);
    if (!changed) continue;
    const after = scoreDraft(changed);
    const clauses = CLAUSE_IDS.filter((id) => after.clauses[id].score > score.clauses[id].score);
    const overallGain = after.overall - score.overall;
    if (overallGain > 0) tried.push({ raise, clauses, overallGain });
  }
  // Largest overall gain first; then answers before responsibilities, as in each clause.
  return tried
    .sort(
      (a, b) =>
        b.overallGain - a.overallGain ||
        b.clauses.length - a.clauses.length ||
        (a.raise.kind === b.raise.kind ? 0 : a.raise.kind === 'change-answer' ? -1 : 1),
    )
    .slice(0, count);
}
