/**
 * Reads how much of a duty a sentence gives the role, from the cues in `wording-cues.ts`.
 * Returns every cue found, in order, so a screen can say which words decided it.
 */
import { WORDING_CUES, type WordingCue, type WordingKind } from './wording-cues';
import { madeOnce } from '../made-once';

export interface FoundCue {
  readonly cue: WordingCue;
  /** The words as written in the sentence. */
  readonly words: string;
  readonly start: number;
  readonly end: number;
}

export interface WordingReading {
  /** "holds" when the first cue holds the outcome, "shares" when it shares it, null with no cue. */
  readonly kind: WordingKind | null;
  readonly cues: readonly FoundCue[];
}

// Note: compiled on first use, not as the module loads (issue 17: the first screen loads it).
const matchers = madeOnce(() =>
  WORDING_CUES.map((cue) => ({
    cue,
    re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${cue.pattern})(?![\\p{L}\\p{N}-])`, 'giu'),
  })),
);

export function readWordingKind(sentence: string): WordingReading {
  const cues: FoundCue[] = [];
  for (const { cue, re } of matchers()) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      cues.push({ cue, words: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  cues.sort((a, b) => a.start - b.start);
  // The verb that opens the duty decides: "Lead the team, supporting the dean" holds it.
  return { kind: cues[0]?.cue.kind ?? null, cues };
}
