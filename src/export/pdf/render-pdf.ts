/**
 * The role specification as an A4 PDF. The only module (with its helpers in this folder) that
 * loads jspdf: the export screen imports it dynamically when "Download PDF" is pressed.
 */
import { jsPDF } from 'jspdf';
import {
  creatorOf,
  footerOf,
  type Block,
  type DocumentLogo,
  type RoleDocument,
} from '../document-model';
import { fitLogo } from '../../domain/job-pack/logo-image';
import {
  BODY_SIZE,
  drawHeading,
  drawList,
  drawParagraph,
  drawQuote,
  headingHeight,
  lineHeight,
} from './pdf-blocks';
import { chartHeight, drawChart } from './pdf-chart';
import { embedFonts, FONT } from './pdf-fonts';
import { CONTENT_BOTTOM, Cursor, MUTED, PAGE, RULE } from './pdf-page';
import { drawFields, drawTable, TABLE_START } from './pdf-tables';
import { pdfText } from './pdf-text';

/** The least of a block that must follow its heading on the same page. */
function minimumStart(blocks: readonly Block[], index: number): number {
  const block = blocks[index];
  if (!block) return 0;
  switch (block.kind) {
    case 'heading':
      return headingHeight(block) + minimumStart(blocks, index + 1);
    case 'chart':
      return chartHeight(block);
    case 'table':
    case 'fields':
      return TABLE_START;
    default:
      return 2 * lineHeight(BODY_SIZE);
  }
}

function drawBlock(cursor: Cursor, blocks: readonly Block[], index: number) {
  const block = blocks[index]!;
  switch (block.kind) {
    case 'heading':
      return drawHeading(cursor, block, minimumStart(blocks, index + 1));
    case 'paragraph':
      return drawParagraph(cursor, block);
    case 'list':
      return drawList(cursor, block);
    case 'quote':
      return drawQuote(cursor, block);
    case 'table':
      return drawTable(cursor, block);
    case 'fields':
      return drawFields(cursor, block);
    case 'chart': {
      drawChart(cursor, block);
      return drawParagraph(cursor, {
        kind: 'paragraph',
        text: `Text equivalent: ${block.description}`,
        tone: 'note',
      });
    }
  }
}

/** Running header (title) and footer (date, "Page x of y") on every page, drawn once all are laid out. */
function drawRunningHeads(doc: jsPDF, model: RoleDocument) {
  const pages = doc.getNumberOfPages();
  const title = pdfText(model.title);
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8.5);
    doc.setTextColor(MUTED[0], MUTED[1], MUTED[2]);
    doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
    doc.setLineWidth(0.2);
    const header = doc.splitTextToSize(title, 120) as string[];
    doc.text(header[0] ?? '', PAGE.left, 12, { baseline: 'bottom' });
    doc.text(pdfText(model.runningHead ?? 'Role specification'), PAGE.width - PAGE.right, 12, {
      baseline: 'bottom',
      align: 'right',
    });
    doc.line(PAGE.left, 14, PAGE.width - PAGE.right, 14);
    doc.line(PAGE.left, CONTENT_BOTTOM + 6, PAGE.width - PAGE.right, CONTENT_BOTTOM + 6);
    doc.text(pdfText(footerOf(model)), PAGE.left, CONTENT_BOTTOM + 8, { baseline: 'top' });
    doc.text(`Page ${page} of ${pages}`, PAGE.width - PAGE.right, CONTENT_BOTTOM + 8, {
      baseline: 'top',
      align: 'right',
    });
  }
}

/**
 * The logo at the top left of the first page, at most 60 × 20 mm, keeping its shape. JPEG only:
 * jspdf's PNG decoder (fast-png) is left out of the build (scripts/no-png.mjs), so the export
 * screen turns a PNG logo into a JPEG before it asks for this file (features/export/jpeg-logo.ts).
 */
function drawLogo(cursor: Cursor, logo: DocumentLogo) {
  if (logo.type !== 'jpeg') return;
  const [width, height] = fitLogo(logo, 60, 20);
  cursor.doc.addImage(logo.dataUrl, logo.type.toUpperCase(), PAGE.left, cursor.y, width, height);
  cursor.y += height + 6;
}

export function renderPdf(model: RoleDocument): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  embedFonts(doc);
  doc.setProperties({
    title: pdfText(model.title),
    subject: pdfText(model.subject),
    author: pdfText(model.author),
    keywords: model.keywords.join(', '),
    creator: pdfText(creatorOf(model)),
  });
  doc.setLanguage('en-GB');
  const cursor = new Cursor(doc);
  if (model.logo) drawLogo(cursor, model.logo);
  for (let i = 0; i < model.blocks.length; i += 1) drawBlock(cursor, model.blocks, i);
  drawRunningHeads(doc, model);
  return doc.output('arraybuffer');
}
