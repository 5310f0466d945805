/** en-GB spelling: US spellings and -ize endings, each with its UK form. */
import { found, type Finding } from './finding';
import { IZE_KEPT, SPELLING_SOURCE, US_TO_GB } from './en-gb-spelling';
import { matchCase } from './match-case';
import type { Sentence } from './sentences';

const WORD_RE = /[\p{L}]+/gu;
const IZE_RE = /^(\p{L}+)iz(e|es|ed|ing|ation|ations|er|ers)$/u;

function gbSpelling(word: string, before: string): string | null {
  const lower = word.toLowerCase();
  if ((lower === 'program' || lower === 'programs') && /computer\s+$/iu.test(before)) return null;
  const listed = US_TO_GB[lower];
  if (listed !== undefined) return matchCase(word, listed);
  const ize = IZE_RE.exec(lower);
  if (!ize || lower.length < 6) return null;
  if ([...IZE_KEPT].some((kept) => lower.startsWith(kept) || lower.endsWith(kept))) return null;
  return matchCase(word, `${ize[1] ?? ''}is${ize[2] ?? ''}`);
}

export function spellingFindings(text: string, sentence: Sentence): Finding[] {
  const out: Finding[] = [];
  for (const m of sentence.text.matchAll(WORD_RE)) {
    // A capital inside a sentence is most often a name ("World Health Organization").
    if (m.index > 0 && /^\p{Lu}/u.test(m[0])) continue;
    const gb = gbSpelling(m[0], sentence.text.slice(0, m.index));
    if (gb === null) continue;
    out.push(
      found(
        text,
        'us-spelling',
        'spelling',
        { words: m[0], start: sentence.start + m.index },
        {
          what: `“${m[0]}” is the US spelling; UK universities write “${gb}”.`,
          why: 'A UK document read by a UK panel and UK candidates: one spelling throughout reads as care.',
          source: SPELLING_SOURCE,
          instead: gb,
        },
      ),
    );
  }
  return out;
}
