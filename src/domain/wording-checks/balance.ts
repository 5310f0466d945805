/**
 * A balance reading of a job description or advert as a whole (issue 15): the gender-coded
 * words on each side (Gaucher, Friesen and Kay, 2011), with the words the definition and the
 * sector's frames require counted apart; reading age; sentence length.
 */
import { CODED_REWRITES, FEMININE_STEMS, FRAME_STEMS, MASCULINE_STEMS } from './gender-coded-words';
import { sentencesOf, wordCount } from './sentences';

export interface WordCount {
  readonly word: string;
  readonly count: number;
}

export type Lean = 'masculine' | 'feminine' | 'balanced';

export interface BalanceReading {
  readonly masculine: readonly WordCount[];
  readonly feminine: readonly WordCount[];
  /** Coded words the definition or the sector's frames need: shown, never counted against. */
  readonly frames: readonly WordCount[];
  readonly lean: Lean;
  readonly sentences: number;
  readonly words: number;
  readonly averageSentenceWords: number;
  readonly longestSentenceWords: number;
  /** UK reading age in years: the Flesch–Kincaid grade plus five. */
  readonly readingAge: number;
}

const matches = (stem: string, word: string): boolean =>
  stem.endsWith('*') ? word.startsWith(stem.slice(0, -1)) : word === stem;

/** Syllables by vowel groups, less a silent final e: close enough for a reading age. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

const tally = (words: readonly string[]): WordCount[] => {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return [...m].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count);
};

export function readBalance(text: string): BalanceReading {
  const words = text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
  const masculine: string[] = [];
  const feminine: string[] = [];
  const frames: string[] = [];
  for (const word of words) {
    const m = MASCULINE_STEMS.some((s) => matches(s, word));
    const f = !m && FEMININE_STEMS.some((s) => matches(s, word));
    if (!m && !f) continue;
    // A temperament word counts even where its stem is a frame: "competitive", not "competence".
    const frame = !(word in CODED_REWRITES) && FRAME_STEMS.some((s) => matches(s, word));
    if (frame) frames.push(word);
    else (m ? masculine : feminine).push(word);
  }
  const sentences = sentencesOf(text).map((s) => wordCount(s.text));
  const n = Math.max(1, sentences.length);
  const total = sentences.reduce((a, b) => a + b, 0);
  const syllableCount = words.reduce((a, w) => a + syllables(w), 0);
  const grade =
    total === 0
      ? 0
      : 0.39 * (total / n) + 11.8 * (syllableCount / Math.max(1, words.length)) - 15.59;
  const lean: Lean =
    masculine.length > feminine.length + 1
      ? 'masculine'
      : feminine.length > masculine.length + 1
        ? 'feminine'
        : 'balanced';
  return {
    masculine: tally(masculine),
    feminine: tally(feminine),
    frames: tally(frames),
    lean,
    sentences: sentences.length,
    words: total,
    averageSentenceWords: Math.round((total / n) * 10) / 10,
    longestSentenceWords: Math.max(0, ...sentences),
    readingAge: Math.max(5, Math.round(grade + 5)),
  };
}
