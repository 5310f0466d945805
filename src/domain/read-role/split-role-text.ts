/**
 * Splits a job description into headings, list items and sentences, in reading order, each
 * with the heading it sits under. Line structure decides items and headings; sentences inside a
 * paragraph are found with Intl.Segmenter (en-GB).
 */

export interface RolePart {
  readonly text: string;
  readonly kind: 'item' | 'sentence' | 'heading';
  readonly heading: string | null;
}

const BULLET = /^\s*(?:[-–—•*·▪◦‣●○■□➢✓]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+/u;
const MAX_HEADING_WORDS = 8;

const isHeading = (line: string): boolean => {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return false;
  if (/[.;,]$/.test(line)) return false;
  return /:$/.test(line) || /^[\p{Lu}\d]/u.test(line);
};

let segmenter: Intl.Segmenter | null = null;
const sentencesOf = (paragraph: string): string[] => {
  segmenter ??= new Intl.Segmenter('en-GB', { granularity: 'sentence' });
  return [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter(Boolean);
};

export function splitRoleText(text: string): RolePart[] {
  const parts: RolePart[] = [];
  let heading: string | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    for (const sentence of sentencesOf(paragraph.join(' '))) {
      parts.push({ text: sentence, kind: 'sentence', heading });
    }
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') {
      flush();
      continue;
    }
    if (BULLET.test(line)) {
      flush();
      const item = line.replace(BULLET, '').trim();
      if (item) parts.push({ text: item, kind: 'item', heading });
      continue;
    }
    if (paragraph.length === 0 && isHeading(line)) {
      heading = line.replace(/:$/, '').trim();
      parts.push({ text: heading, kind: 'heading', heading: null });
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return parts;
}
