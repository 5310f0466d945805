/**
 * The catalogue statement nearest to a sentence, and how close it is (0–1). Each shared term
 * counts by how rare it is in the catalogue (inverse document frequency, as BM25 weighs it), so
 * "Technician Commitment" outweighs "technical"; terms are stemmed and en-GB-folded
 * (match-terms.ts). The statement with the most weight in common wins; the similarity shown is
 * that weight's share of both (a weighted Dice), so it reads the same for every sentence.
 *
 * Note: measured in `npm run bench` (read-role) on the labelled set, as how often the nearest
 * statement shares a clause with the sentence's label: plain word overlap 0.609, stemmed overlap
 * 0.655, MiniSearch (BM25) with the same stems 0.746 at ~80 ms for 120 sentences and ~6 KB gzip,
 * this weighting 0.78 (0.69 once statements under the offering threshold are withheld) in a few milliseconds. The stemmer earns its 1.3 KB; MiniSearch does not,
 * for a catalogue of under a hundred statements, so it is not shipped.
 */
import { CATALOGUE } from '../catalogue';
import { matchTerms } from './match-terms';

/** Below this, no statement is offered: the sentence is about something the catalogue lacks. */
export const MIN_SIMILARITY = 0.2;

export interface NearestStatement {
  readonly catalogueId: string | null;
  readonly similarity: number;
}

interface Index {
  readonly entries: readonly { id: string; terms: ReadonlySet<string>; weight: number }[];
  readonly idf: ReadonlyMap<string, number>;
}

let built: Index | null = null;

function build(): Index {
  const terms = CATALOGUE.map((entry) => [entry.id, new Set(matchTerms(entry.text))] as const);
  const df = new Map<string, number>();
  for (const [, set] of terms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = terms.length;
  const idf = new Map([...df].map(([t, d]) => [t, Math.log(1 + (n - d + 0.5) / (d + 0.5))]));
  const weigh = (set: ReadonlySet<string>) => [...set].reduce((w, t) => w + (idf.get(t) ?? 0), 0);
  return { entries: terms.map(([id, set]) => ({ id, terms: set, weight: weigh(set) })), idf };
}

/** `min`: the least similarity worth offering (the bench passes 0 to compare rankings alone). */
export function nearestStatement(sentence: string, min = MIN_SIMILARITY): NearestStatement {
  built ??= build();
  const { entries, idf } = built;
  // Terms the catalogue never uses cannot be shared; they leave the ranking alone.
  const terms = new Set(matchTerms(sentence).filter((t) => idf.has(t)));
  let best: { id: string; shared: number; weight: number } | null = null;
  for (const entry of entries) {
    let shared = 0;
    for (const t of terms) if (entry.terms.has(t)) shared += idf.get(t)!;
    if (shared > (best?.shared ?? 0)) best = { id: entry.id, shared, weight: entry.weight };
  }
  if (!best) return { catalogueId: null, similarity: 0 };
  const own = [...terms].reduce((w, t) => w + idf.get(t)!, 0);
  const similarity = Math.round(((2 * best.shared) / (own + best.weight)) * 100) / 100;
  return { catalogueId: similarity >= min ? best.id : null, similarity };
}
