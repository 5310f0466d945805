/**
 * Text as the PDF can carry it: the embedded Open Sans subset covers Latin, Latin-1, Latin
 * Extended-A, Welsh ŵ ŷ ẁ ẃ ẅ ỳ and common punctuation (scripts/make-pdf-fonts.mjs). Controls
 * and invisible format marks (zero-width spaces, bidirectional marks) have no glyph and are
 * dropped; any other character outside the subset prints as "?" so a gap is never silent.
 */
import { normaliseBreaks, withoutControls } from '../plain-text';

const covered = (code: number): boolean =>
  (code >= 0x20 && code <= 0x7e) ||
  (code >= 0xa0 && code <= 0x17f) ||
  (code >= 0x1e80 && code <= 0x1e85) ||
  code === 0x1ef2 ||
  code === 0x1ef3 ||
  (code >= 0x2010 && code <= 0x2022) ||
  [0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122, 0x2212].includes(code) ||
  code === 0x0a;

/** Unicode format characters (category Cf) draw nothing: safe to drop. */
const FORMAT = /\p{Cf}/gu;

export function pdfText(text: string): string {
  const clean = normaliseBreaks(withoutControls(text)).normalize('NFC').replace(FORMAT, '');
  let out = '';
  for (const char of clean) {
    out += covered(char.codePointAt(0) ?? 0) ? char : '?';
  }
  return out;
}
