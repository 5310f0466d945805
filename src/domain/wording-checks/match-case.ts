/** Gives a replacement the capital of the words it replaces ("Utilise" → "Use"). */
export function matchCase(written: string, replacement: string): string {
  const first = written.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

/** A pattern source as a whole-word, case-insensitive, global expression. */
export const wholeWords = (source: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
