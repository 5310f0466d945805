/**
 * Matches of a cue on whole words only. Why not a lookbehind in the pattern
 * (`(?<![\p{L}\p{N}-])…`): V8 then tries the lookbehind at every position of every sentence, and
 * the clause cues cost about five times as long (measured in `npm run bench`, read-role). Here the
 * pattern runs without it and a match that starts inside a word is skipped, trying again one
 * character on, which finds exactly the matches the lookbehind would.
 */

/** What a word is made of: the clause cues count a hyphen in ("re-train"), the fact cues do not. */
const CLAUSE_WORD = '[\\p{L}\\p{N}-]';
export const FACT_WORD = '[\\p{L}\\p{N}]';

const WORD_CHARS = new Map<string, RegExp>();
const wordChar = (word: string): RegExp => {
  let re = WORD_CHARS.get(word);
  if (!re) WORD_CHARS.set(word, (re = new RegExp(word, 'u')));
  return re;
};

/** A cue pattern compiled to end on a whole word; pass it to `wholeWordMatches`. */
export const cueRegExp = (pattern: string, word = CLAUSE_WORD): RegExp =>
  new RegExp(`(?:${pattern})(?!${word})`, 'giu');

/** Every match of `re` (made by cueRegExp with the same `word`) that starts a word, in order. */
export function wholeWordMatches(
  text: string,
  re: RegExp,
  word = CLAUSE_WORD,
  limit = Infinity,
): RegExpExecArray[] {
  const isWordChar = wordChar(word);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && found.length < limit; m = re.exec(text)) {
    const before = [...text.slice(Math.max(0, m.index - 2), m.index)].pop();
    if (before !== undefined && isWordChar.test(before)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m[0] === '') re.lastIndex += 1;
    found.push(m);
  }
  return found;
}

/** A whole-word pattern with the two methods the fact reader uses of a RegExp. */
export interface WholeWords {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

export function wholeWords(pattern: string, word = FACT_WORD): WholeWords {
  const re = cueRegExp(pattern, word);
  const exec = (text: string) => wholeWordMatches(text, re, word, 1)[0] ?? null;
  return { exec, test: (text) => exec(text) !== null };
}
