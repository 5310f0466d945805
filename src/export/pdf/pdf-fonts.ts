/** Embeds the Open Sans subset (SIL OFL) as the document's only font, regular and bold. */
import type { jsPDF } from 'jspdf';
import { OPEN_SANS_BOLD } from './fonts/open-sans-bold';
import { OPEN_SANS_REGULAR } from './fonts/open-sans-regular';

export const FONT = 'OpenSans';

export function embedFonts(doc: jsPDF): void {
  doc.addFileToVFS('OpenSans-Regular.ttf', OPEN_SANS_REGULAR);
  doc.addFileToVFS('OpenSans-Bold.ttf', OPEN_SANS_BOLD);
  doc.addFont('OpenSans-Regular.ttf', FONT, 'normal');
  doc.addFont('OpenSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}
