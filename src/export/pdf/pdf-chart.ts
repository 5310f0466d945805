/**
 * A horizontal bar chart drawn as vectors (rectangles and lines, not an image), with the values
 * printed beside the bars; the block's text equivalent follows it as a note.
 */
import type { ChartBlock } from '../document-model';
import { FONT } from './pdf-fonts';
import type { Cursor } from './pdf-page';
import { ACCENT, CONTENT_WIDTH, INK, MUTED, PAGE, RULE } from './pdf-page';
import { lineHeight } from './pdf-blocks';
import { pdfText } from './pdf-text';

const LABEL_WIDTH = 64;
const BAR_X = PAGE.left + LABEL_WIDTH + 3;
const BAR_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - 15;
const ROW = 9;
const LABEL_SIZE = 8.5;

export function chartHeight(block: ChartBlock): number {
  return 8 + 5 + block.bars.length * ROW + (block.markerLabel ? 7 : 0) + 2;
}

export function drawChart(cursor: Cursor, block: ChartBlock) {
  const { doc } = cursor;
  cursor.ensure(chartHeight(block));
  doc.setFont(FONT, 'bold');
  doc.setFontSize(10);
  doc.setTextColor(INK[0], INK[1], INK[2]);
  doc.text(pdfText(block.title), PAGE.left, cursor.y, { baseline: 'top', maxWidth: CONTENT_WIDTH });
  cursor.y += 8;

  // Scale: gridlines at quarters, labelled above the bars.
  const top = cursor.y + 4;
  const bottom = top + block.bars.length * ROW;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(7.5);
  doc.setTextColor(MUTED[0], MUTED[1], MUTED[2]);
  doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
  doc.setLineWidth(0.2);
  for (let q = 0; q <= 4; q += 1) {
    const x = BAR_X + (BAR_WIDTH * q) / 4;
    doc.line(x, top, x, bottom);
    doc.text(String((block.max * q) / 4), x, cursor.y, { baseline: 'top', align: 'center' });
  }

  block.bars.forEach((bar, i) => {
    const y = top + i * ROW;
    doc.setFont(FONT, 'normal');
    doc.setFontSize(LABEL_SIZE);
    doc.setTextColor(INK[0], INK[1], INK[2]);
    const label = (doc.splitTextToSize(pdfText(bar.label), LABEL_WIDTH) as string[]).slice(0, 2);
    const labelTop = y + (ROW - label.length * lineHeight(LABEL_SIZE)) / 2;
    doc.text(label, PAGE.left, labelTop, { baseline: 'top', lineHeightFactor: 1.45 });
    const width = (BAR_WIDTH * Math.max(0, Math.min(bar.value, block.max))) / block.max;
    doc.setFillColor(ACCENT[0], ACCENT[1], ACCENT[2]);
    doc.rect(BAR_X, y + 2, Math.max(width, 0.4), ROW - 4, 'F');
    doc.setFont(FONT, 'bold');
    doc.text(String(bar.value), BAR_X + BAR_WIDTH + 2, y + ROW / 2 - 0.6, { baseline: 'middle' });
    if (bar.marker !== undefined) {
      const x = BAR_X + (BAR_WIDTH * Math.max(0, Math.min(bar.marker, block.max))) / block.max;
      doc.setDrawColor(INK[0], INK[1], INK[2]);
      doc.setLineWidth(0.7);
      doc.line(x, y + 0.8, x, y + ROW - 0.8);
    }
  });
  cursor.y = bottom + 2;

  if (block.markerLabel) {
    doc.setFont(FONT, 'normal');
    doc.setFontSize(LABEL_SIZE);
    doc.setFillColor(ACCENT[0], ACCENT[1], ACCENT[2]);
    doc.rect(BAR_X, cursor.y + 1, 6, 3, 'F');
    doc.text(pdfText(block.valueLabel), BAR_X + 8, cursor.y + 2.5, { baseline: 'middle' });
    doc.setDrawColor(INK[0], INK[1], INK[2]);
    doc.setLineWidth(0.7);
    doc.line(BAR_X + 45, cursor.y + 0.5, BAR_X + 45, cursor.y + 4.5);
    doc.text(pdfText(block.markerLabel), BAR_X + 48, cursor.y + 2.5, { baseline: 'middle' });
    cursor.y += 7;
  }
  cursor.y += 2;
}
