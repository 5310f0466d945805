/**
 * Text as the PDF can carry it: the embedded Open Sans subset covers Latin, Latin-1, Latin
 * Extended-A, Welsh ŵ ŷ ẁ ẃ ẅ ỳ and common punctuation (scripts/make-pdf-fonts.mjs). Controls
 * and invisible format marks (zero-width spaces, bidirectional marks) have no glyph and are
 * dropped; any other character outside the subset prints as "?", and the export screen lists
 * them before the download (export/pdf-coverage.ts), so a gap is never silent.
 */
import { covered, pdfClean } from '../pdf-coverage';

export function pdfText(text: string): string {
  let out = '';
  for (const char of pdfClean(text)) {
    out += covered(char.codePointAt(0) ?? 0) ? char : '?';
  }
  return out;
}
