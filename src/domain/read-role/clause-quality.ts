/**
 * Clause precision and recall of the reader on a labelled set of sentences (tests/fixtures/
 * role-sentences/): each (sentence, clause) pair the reader finds is right when the label has it.
 * Used by `npm run bench` and by the test that holds the figures.
 */
import type { ClauseId } from '../definition';
import { readClauses } from './read-clauses';

export interface LabelledSentence {
  readonly id: string;
  readonly text: string;
  readonly clauses: readonly ClauseId[];
  readonly heldOut: boolean;
}

export interface ClauseQuality {
  readonly sentences: number;
  readonly precision: number;
  readonly recall: number;
  /** Sentences where the reader and the label disagree, for whoever tunes the cues. */
  readonly misses: readonly {
    id: string;
    text: string;
    found: ClauseId[];
    label: readonly ClauseId[];
  }[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function clauseQuality(set: readonly LabelledSentence[]): ClauseQuality {
  let found = 0;
  let right = 0;
  let labelled = 0;
  const misses: ClauseQuality['misses'][number][] = [];
  for (const sentence of set) {
    const ids = readClauses(sentence.text).map((c) => c.id);
    found += ids.length;
    labelled += sentence.clauses.length;
    right += ids.filter((id) => sentence.clauses.includes(id)).length;
    const same =
      ids.length === sentence.clauses.length && ids.every((id) => sentence.clauses.includes(id));
    if (!same)
      misses.push({ id: sentence.id, text: sentence.text, found: ids, label: sentence.clauses });
  }
  return {
    sentences: set.length,
    precision: found === 0 ? 1 : round(right / found),
    recall: labelled === 0 ? 1 : round(right / labelled),
    misses,
  };
}
