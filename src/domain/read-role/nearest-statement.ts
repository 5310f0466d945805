/**
 * The catalogue statement nearest to a sentence, and how close it is (0–1). MiniSearch ranks the
 * catalogue by BM25 over stemmed terms (match-terms.ts); the similarity shown is the share of
 * terms the two have in common (Dice), so "how close" reads the same for every sentence. The
 * only module that imports `minisearch`; the bench measures it against plain word overlap.
 */
import MiniSearch from 'minisearch';
import { CATALOGUE } from '../catalogue';
import { matchTerm, matchTerms } from './match-terms';

/** Below this, no statement is offered: the sentence is about something the catalogue lacks. */
export const MIN_SIMILARITY = 0.2;

export interface NearestStatement {
  readonly catalogueId: string | null;
  readonly similarity: number;
}

let index: MiniSearch<{ id: string; text: string }> | null = null;
let termsOf: Map<string, Set<string>> | null = null;

function build() {
  index = new MiniSearch({ fields: ['text'], processTerm: matchTerm });
  index.addAll(CATALOGUE.map((entry) => ({ id: entry.id, text: entry.text })));
  termsOf = new Map(CATALOGUE.map((entry) => [entry.id, new Set(matchTerms(entry.text))]));
  return { index, termsOf };
}

const dice = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return (2 * shared) / (a.size + b.size);
};

export function nearestStatement(sentence: string): NearestStatement {
  const built = index && termsOf ? { index, termsOf } : build();
  const terms = new Set(matchTerms(sentence));
  if (terms.size === 0) return { catalogueId: null, similarity: 0 };
  const hits = built.index.search([...terms].join(' '), { prefix: false, fuzzy: false });
  // Note: re-rank MiniSearch's top few by Dice, so a long catalogue statement does not win on
  // one rare word; BM25 finds the candidates, the overlap decides and is what the user sees.
  let best: NearestStatement = { catalogueId: null, similarity: 0 };
  for (const hit of hits.slice(0, 5)) {
    const similarity =
      Math.round(dice(terms, built.termsOf.get(String(hit.id)) ?? new Set()) * 100) / 100;
    if (similarity > best.similarity) best = { catalogueId: String(hit.id), similarity };
  }
  return best.similarity >= MIN_SIMILARITY
    ? best
    : { catalogueId: null, similarity: best.similarity };
}
