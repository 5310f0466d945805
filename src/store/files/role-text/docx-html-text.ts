/**
 * Turns the simple HTML mammoth writes for a Word file into the plain text the role reader
 * splits: headings on lines of their own, list items as "• " lines, paragraphs separated by a
 * blank line. Note: mammoth's HTML is well formed and uses only a handful of elements, so a few
 * patterns suffice here and the command line needs no DOM.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

export function docxHtmlText(html: string): string {
  return decode(
    html
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<h[1-6][^>]*>/gi, '\n\n')
      .replace(/<\/h[1-6]>/gi, ':\n\n')
      .replace(/<li[^>]*>/gi, '\n• ')
      .replace(/<\/(p|li|ul|ol|table|tr)>/gi, '\n')
      .replace(/<\/t[dh]>/gi, ' ')
      .replace(/<p[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/:\s*:\n/g, ':\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
