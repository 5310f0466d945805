/**
 * The arithmetic of a score, done once: per clause, the points of the responsibilities that count
 * (capped) plus the points of the answer signals met. scoreClause explains these numbers and
 * peerScore returns them; neither adds them up again.
 */
import { isMet, needsMet } from './condition';
import { CLAUSE_IDS, type ClauseId } from './definition';
import type { RoleDraft } from './role-draft';
import { RESPONSIBILITY_CAP, SIGNALS, type Signal } from './scoring-rules';
import { countedResponsibilities, worthOf } from './responsibility-worth';

export interface Tally {
  /** Per clause, in CLAUSE_IDS order: responsibility points before the cap. */
  raw: number[];
  /** Per clause: responsibility points after the cap. */
  fromResponsibilities: number[];
  /** Per clause: points of the signals met. */
  fromAnswers: number[];
  /** Per clause: the clause score, 0–100. */
  score: number[];
  /** Per signal, in SIGNALS order: whether the draft meets it. */
  met: boolean[];
}

/** What a clause takes from responsibilities worth `raw` points in all. */
export const capped = (clause: ClauseId, raw: number): number =>
  Math.min(RESPONSIBILITY_CAP[clause], raw);

/** A signal counts when its answer is given and what it needs holds. */
export const signalMet = (signal: Signal, draft: RoleDraft): boolean =>
  isMet(signal.condition, draft) && needsMet(signal.needs, draft);

const CLAUSE_INDEX = new Map(CLAUSE_IDS.map((clause, c) => [clause, c]));
const SIGNAL_CLAUSE = SIGNALS.map((signal) => CLAUSE_INDEX.get(signal.clause)!);

/** `worth`: what one responsibility gives each clause (score-moves.ts passes the rule of before). */
export function tally(
  draft: RoleDraft,
  worth: (responsibility: RoleDraft['responsibilities'][number]) => readonly number[] = worthOf,
): Tally {
  const raw = CLAUSE_IDS.map(() => 0);
  for (const responsibility of countedResponsibilities(draft.responsibilities)) {
    const points = worth(responsibility);
    for (let c = 0; c < raw.length; c += 1) raw[c]! += points[c]!;
  }
  const fromAnswers = CLAUSE_IDS.map(() => 0);
  const met = SIGNALS.map((signal, s) => {
    const isSignalMet = signalMet(signal, draft);
    if (isSignalMet) fromAnswers[SIGNAL_CLAUSE[s]!]! += signal.points;
    return isSignalMet;
  });
  const fromResponsibilities = CLAUSE_IDS.map((clause, c) => capped(clause, raw[c]!));
  const score = CLAUSE_IDS.map((_, c) => Math.min(100, fromResponsibilities[c]! + fromAnswers[c]!));
  return { raw, fromResponsibilities, fromAnswers, score, met };
}
