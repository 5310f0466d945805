/**
 * The words of a sentence as matching terms: lower case, en-US spellings folded to en-GB, common
 * words dropped, each word reduced to its stem (the stemmer package, Porter's algorithm), so
 * "leads", "leading" and "leadership" meet. The only module that imports `stemmer`.
 */
import { stemmer } from 'stemmer';

/** Words too common in job descriptions to say what a duty is about. */
const STOP = new Set(
  'a an and are as at be by for from has have in into is it its of on or our the their this to with will within across all any each other such that which who they them we you your role post holder postholder ensure ensuring including include includes provide providing after before when where while than then so up out over under about also not can may must should would could'.split(
    ' ',
  ),
);

/** en-US → en-GB for the spellings job descriptions differ on. */
const US_TO_GB: readonly (readonly [RegExp, string])[] = [
  [/iz(e|es|ed|ing|ation|ations)$/u, 'is$1'],
  [/^program(s?)$/u, 'programme$1'],
  [/^(cent|theat)er(s?)$/u, '$1re$2'],
  [/^labor$/u, 'labour'],
  [/^analyz/u, 'analys'],
];

const fold = (word: string): string =>
  US_TO_GB.reduce((w, [from, to]) => w.replace(from, to), word);

/** Why: the same few hundred words recur in every job description; stem each once. */
const STEMS = new Map<string, string | null>();

export function matchTerm(word: string): string | null {
  const lower = word.toLowerCase();
  let stem = STEMS.get(lower);
  if (stem === undefined) {
    stem = lower.length < 2 || STOP.has(lower) ? null : stemmer(fold(lower));
    if (STEMS.size < 20_000) STEMS.set(lower, stem);
  }
  return stem;
}

/** A word's stem whatever its commonness: for cue words listed in one form (clause-structure.ts). */
export function stemOf(word: string): string {
  return stemmer(fold(word.toLowerCase()));
}

export function matchTerms(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((w) => matchTerm(w) ?? []);
}
