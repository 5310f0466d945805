/** Headings, paragraphs, lists and the quote, flowed down the page line by line. */
import type { HeadingBlock, ListBlock, ParagraphBlock, QuoteBlock } from '../document-model';
import { FONT } from './pdf-fonts';
import type { Cursor } from './pdf-page';
import { ACCENT, CONTENT_WIDTH, INK, MUTED, PAGE, PT } from './pdf-page';
import { pdfText } from './pdf-text';

export const BODY_SIZE = 10.5;
const NOTE_SIZE = 9.5;
const HEADING_SIZE = { 1: 20, 2: 14, 3: 11.5 } as const;
const LIST_INDENT = 7;

export const lineHeight = (size: number) => size * PT * 1.45;

type Colour = readonly [number, number, number];

function style(cursor: Cursor, size: number, bold: boolean, colour: Colour) {
  cursor.doc.setFont(FONT, bold ? 'bold' : 'normal');
  cursor.doc.setFontSize(size);
  cursor.doc.setTextColor(colour[0], colour[1], colour[2]);
}

export function wrap(cursor: Cursor, text: string, width: number): string[] {
  return cursor.doc.splitTextToSize(pdfText(text), width) as string[];
}

/** Draws lines at x; keeps the first `keep` lines together so no line is left alone at a foot. */
function drawLines(
  cursor: Cursor,
  lines: string[],
  x: number,
  size: number,
  keep = 2,
  bar?: Colour,
) {
  const lh = lineHeight(size);
  cursor.ensure(Math.min(keep, lines.length) * lh);
  for (const line of lines) {
    cursor.ensure(lh);
    if (bar) {
      cursor.doc.setDrawColor(bar[0], bar[1], bar[2]);
      cursor.doc.setLineWidth(0.8);
      cursor.doc.line(PAGE.left + 1, cursor.y, PAGE.left + 1, cursor.y + lh);
    }
    cursor.doc.text(line, x, cursor.y, { baseline: 'top' });
    cursor.y += lh;
  }
}

export function headingHeight(block: HeadingBlock): number {
  const size = HEADING_SIZE[block.level];
  return lineHeight(size) + (block.level === 1 ? 4 : 5);
}

export function drawHeading(cursor: Cursor, block: HeadingBlock, keepWithNext: number) {
  const size = HEADING_SIZE[block.level];
  style(cursor, size, true, block.level === 1 ? INK : ACCENT);
  const lines = wrap(cursor, block.text, CONTENT_WIDTH);
  const space = block.level === 1 ? 0 : 3;
  if (block.pageBreakBefore && cursor.y > PAGE.top) cursor.newPage();
  // Why: a heading must never sit alone at the foot of a page, so it takes what follows with it.
  cursor.ensure(space + lines.length * lineHeight(size) + keepWithNext);
  if (cursor.y > PAGE.top) cursor.y += space;
  drawLines(cursor, lines, PAGE.left, size, lines.length);
  cursor.y += block.level === 1 ? 2 : 1.5;
}

export function drawParagraph(cursor: Cursor, block: ParagraphBlock) {
  const note = block.tone === 'note';
  const size = note ? NOTE_SIZE : BODY_SIZE;
  style(cursor, size, false, note ? MUTED : INK);
  for (const paragraph of pdfText(block.text).split(/\n{2,}/)) {
    drawLines(cursor, wrap(cursor, paragraph, CONTENT_WIDTH), PAGE.left, size);
  }
  cursor.y += 2.5;
}

export function drawList(cursor: Cursor, block: ListBlock) {
  style(cursor, BODY_SIZE, false, INK);
  const lh = lineHeight(BODY_SIZE);
  block.items.forEach((item, i) => {
    const lines = wrap(cursor, item, CONTENT_WIDTH - LIST_INDENT);
    cursor.ensure(Math.min(2, lines.length) * lh);
    cursor.doc.text(block.ordered ? `${i + 1}.` : '•', PAGE.left + 1, cursor.y, {
      baseline: 'top',
    });
    drawLines(cursor, lines, PAGE.left + LIST_INDENT, BODY_SIZE);
    cursor.y += 1.2;
  });
  cursor.y += 1.5;
}

export function drawQuote(cursor: Cursor, block: QuoteBlock) {
  style(cursor, BODY_SIZE, false, INK);
  const x = PAGE.left + 6;
  drawLines(cursor, wrap(cursor, `“${block.text}”`, CONTENT_WIDTH - 6), x, BODY_SIZE, 2, ACCENT);
  cursor.y += 1.5;
  style(cursor, NOTE_SIZE, false, MUTED);
  drawLines(cursor, wrap(cursor, `— ${block.citation}`, CONTENT_WIDTH - 6), x, NOTE_SIZE);
  cursor.y += 3;
}
