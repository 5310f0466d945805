/**
 * Numbers written in English words, as people type them into a form: "six", "twenty-five",
 * "a hundred and twenty", "two thousand", "a dozen", "one and a half". Null for anything else.
 */
const SMALL: Record<string, number> = {
  zero: 0,
  none: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

export function readNumberWords(text: string): number | null {
  let words = text
    .trim()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== 'and');
  let half = 0;
  const last = words.length;
  if (
    last >= 2 &&
    words[last - 1] === 'half' &&
    (words[last - 2] === 'a' || words[last - 2] === 'an')
  ) {
    half = 0.5;
    words = words.slice(0, -2);
  }
  if (words.length === 0) return null;
  // "a" alone is not a number; "a dozen", "a hundred" are.
  if (words[0] === 'a' || words[0] === 'an') words = words.slice(1);
  if (words.length === 0) return half > 0 ? half : null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const small = SMALL[word];
    const scale = SCALES[word];
    if (small !== undefined) {
      current += small;
      seen = true;
    } else if (scale !== undefined) {
      current = (current || 1) * scale;
      if (scale >= 1_000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else if (/^\d+$/.test(word)) {
      current += Number(word);
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current + half : null;
}
