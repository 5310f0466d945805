/** Sentences of a text with where each starts, by Intl.Segmenter (en-GB), made on first use. */

export interface Sentence {
  readonly text: string;
  readonly start: number;
}

let segmenter: Intl.Segmenter | null = null;

export function sentencesOf(text: string): Sentence[] {
  segmenter ??= new Intl.Segmenter('en-GB', { granularity: 'sentence' });
  const out: Sentence[] = [];
  for (const s of segmenter.segment(text)) {
    // A line break ends a sentence too: lists are written one item a line.
    let offset = 0;
    for (const line of s.segment.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body) out.push({ text: body, start: s.index + offset + lead });
      offset += line.length + 1;
    }
  }
  return out;
}

/** Counts words as a reader does: hyphenated and apostrophised words count once. */
export const wordCount = (text: string): number =>
  text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
