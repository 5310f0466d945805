/**
 * Tables through jspdf-autotable: rows split across pages with the header row repeated, and the
 * label and value "fields" at the head of the document.
 */
import { autoTable, type Table } from 'jspdf-autotable';
import type { FieldsBlock, TableBlock } from '../document-model';
import { FONT } from './pdf-fonts';
import type { Cursor } from './pdf-page';
import { CONTENT_WIDTH, INK, MUTED, PAGE, RULE } from './pdf-page';
import { lineHeight } from './pdf-blocks';
import { pdfText } from './pdf-text';

const SIZE = 9.5;
const MARGIN = { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom };
const BASE_STYLES = {
  font: FONT,
  fontStyle: 'normal' as const,
  fontSize: SIZE,
  cellPadding: 1.8,
  textColor: [...INK] as [number, number, number],
  lineColor: [...RULE] as [number, number, number],
  lineWidth: 0.2,
  overflow: 'linebreak' as const,
  valign: 'top' as const,
};

function finish(cursor: Cursor) {
  const table = (cursor.doc as unknown as { lastAutoTable?: Table }).lastAutoTable;
  cursor.y = (table?.finalY ?? cursor.y) + 5;
}

/** Room for a caption, the header row and a first row: a table never starts on its last line. */
export const TABLE_START = 24;

export function drawTable(cursor: Cursor, block: TableBlock) {
  const { doc } = cursor;
  cursor.ensure(TABLE_START);
  doc.setFont(FONT, 'bold');
  doc.setFontSize(SIZE);
  doc.setTextColor(MUTED[0], MUTED[1], MUTED[2]);
  doc.text(pdfText(block.caption), PAGE.left, cursor.y, {
    baseline: 'top',
    maxWidth: CONTENT_WIDTH,
  });
  cursor.y += lineHeight(SIZE) + 1;
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0);
  autoTable(doc, {
    startY: cursor.y,
    margin: MARGIN,
    head: [block.columns.map((c) => pdfText(c.header))],
    body: block.rows.map((row) => row.map(pdfText)),
    showHead: 'everyPage',
    // A row is kept whole on one page (issue 14): a split row left most of a page blank.
    rowPageBreak: 'avoid',
    theme: 'grid',
    styles: BASE_STYLES,
    headStyles: { fontStyle: 'bold', fillColor: [230, 238, 243], textColor: [...INK] },
    columnStyles: Object.fromEntries(
      block.columns.map((c, i) => [i, { cellWidth: (CONTENT_WIDTH * c.weight) / total }]),
    ),
  });
  finish(cursor);
}

export function drawFields(cursor: Cursor, block: FieldsBlock) {
  cursor.ensure(TABLE_START);
  autoTable(cursor.doc, {
    startY: cursor.y,
    margin: MARGIN,
    body: block.rows.map((row) => [pdfText(row.label), pdfText(row.value)]),
    showHead: 'never',
    theme: 'plain',
    styles: { ...BASE_STYLES, fontSize: 10.5 },
    columnStyles: {
      0: { cellWidth: 40, fontStyle: 'bold' },
      1: { cellWidth: CONTENT_WIDTH - 40 },
    },
  });
  finish(cursor);
}
