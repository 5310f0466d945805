/**
 * Which characters the PDF can print: those of the embedded Open Sans subset (Latin, Latin-1,
 * Latin Extended-A, Welsh ŵ ŷ ẁ ẃ ẅ ỳ, common punctuation, modern Greek and the Cyrillic of
 * Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian;
 * scripts/make-pdf-fonts.mjs). Apart
 * from the renderer so that the export screen can say, before a download, what would not print,
 * without loading jspdf.
 */
import { normaliseBreaks, withoutControls } from './plain-text';

export const covered = (code: number): boolean =>
  (code >= 0x20 && code <= 0x7e) ||
  (code >= 0xa0 && code <= 0x17f) ||
  (code >= 0x1e80 && code <= 0x1e85) ||
  code === 0x1ef2 ||
  code === 0x1ef3 ||
  (code >= 0x2010 && code <= 0x2022) ||
  [0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122, 0x2212].includes(code) ||
  // Greek and Coptic, less the three code points Unicode leaves unassigned there.
  (code >= 0x384 && code <= 0x3ce && code !== 0x38b && code !== 0x38d && code !== 0x3a2) ||
  (code >= 0x400 && code <= 0x45f) ||
  code === 0x490 ||
  code === 0x491 ||
  code === 0x0a;

/** Unicode format characters (category Cf) draw nothing: safe to drop. */
export const FORMAT = /\p{Cf}/gu;

/** Text as the PDF receives it, before each character is printed or replaced. */
export const pdfClean = (text: string): string =>
  normaliseBreaks(withoutControls(text)).normalize('NFC').replace(FORMAT, '');

function collect(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    for (const char of pdfClean(value)) if (!covered(char.codePointAt(0) ?? 0)) into.add(char);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) collect(child, into);
  }
}

/** The distinct characters of a document (any value holding its text) the PDF cannot print. */
export function unprintableInPdf(document: unknown): string[] {
  const found = new Set<string>();
  collect(document, found);
  return [...found];
}
