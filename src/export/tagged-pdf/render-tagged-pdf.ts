/**
 * The accessible PDF (issue 14, item 6): a tagged PDF with a structure tree (headings, paragraphs,
 * lists, tables with header cells), the language set and the title shown, so a screen reader can
 * move through it. jsPDF cannot tag (PUBLISHING.md); pdfkit writes the tree itself. The page
 * headers and footers are artifacts, outside the reading order. The only module importing pdfkit.
 */
import PDFDocument, { type StructureElement } from 'pdfkit';
import { OPEN_SANS_BOLD } from '../pdf/fonts/open-sans-bold';
import { OPEN_SANS_REGULAR } from '../pdf/fonts/open-sans-regular';
import { footerOf, type Block, type DocumentLogo, type RoleDocument } from '../document-model';
import { fitLogo, logoBytes } from '../../domain/job-pack/logo-image';
import { normaliseBreaks, withoutControls } from '../plain-text';

const MM = 72 / 25.4;
const MARGIN = 20 * MM;
const INK = '#1d2125';
const ACCENT = '#005278';
const MUTED = '#4a4f55';
const HEADING_SIZE = { 1: 20, 2: 14, 3: 11.5 } as const;

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
/** The fonts decoded once, on the first accessible PDF (pdfkit only reads them). */
let fonts: { regular: Uint8Array; bold: Uint8Array } | undefined;
const fontBytes = () =>
  (fonts ??= { regular: bytes(OPEN_SANS_REGULAR), bold: bytes(OPEN_SANS_BOLD) });
const clean = (text: string) => normaliseBreaks(withoutControls(text)).trim();

type Doc = InstanceType<typeof PDFDocument>;

function width(doc: Doc) {
  return doc.page.width - MARGIN * 2;
}

/** Keeps a heading with the next lines: a new page when fewer than four lines are left. */
function keepRoom(doc: Doc, needed: number) {
  if (doc.y + needed > doc.page.height - MARGIN) doc.addPage();
}

function draw(doc: Doc, root: StructureElement, block: Block) {
  const w = width(doc);
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZE[block.level];
      doc
        .font('Bold')
        .fontSize(size)
        .fillColor(block.level === 1 ? INK : ACCENT);
      if (block.pageBreakBefore && doc.y > MARGIN + 1) doc.addPage();
      keepRoom(doc, size * 1.4 + 4 * 15);
      if (block.level > 1) doc.moveDown(0.6);
      doc.text(clean(block.text), MARGIN, undefined, {
        width: w,
        structParent: root,
        structType: `H${block.level}`,
      });
      doc.moveDown(0.3);
      return;
    }
    case 'paragraph':
      doc
        .font('Regular')
        .fontSize(block.tone === 'note' ? 9.5 : 10.5)
        .fillColor(block.tone === 'note' ? MUTED : INK);
      doc.text(clean(block.text), MARGIN, undefined, {
        width: w,
        structParent: root,
        structType: 'P',
      });
      doc.moveDown(0.5);
      return;
    case 'list': {
      doc.font('Regular').fontSize(10.5).fillColor(INK);
      const list = doc.struct('L');
      root.add(list);
      doc.list(block.items.map(clean), MARGIN, undefined, {
        width: w,
        listType: block.ordered ? 'numbered' : 'bullet',
        structParent: list,
        bulletRadius: 2,
        paragraphGap: 3,
      } as never);
      list.end();
      doc.moveDown(0.5);
      return;
    }
    case 'fields':
    case 'table': {
      const caption = block.caption;
      doc.font('Bold').fontSize(9.5).fillColor(MUTED);
      keepRoom(doc, 60);
      doc.text(clean(caption), MARGIN, undefined, {
        width: w,
        structParent: root,
        structType: 'Caption',
      });
      doc.font('Regular').fontSize(9.5).fillColor(INK);
      const data =
        block.kind === 'fields'
          ? block.rows.map((r) => [
              { text: clean(r.label), type: 'TH' as const },
              { text: clean(r.value) || ' ' },
            ])
          : [
              block.columns.map((c) => ({ text: clean(c.header), type: 'TH' as const })),
              ...block.rows.map((row) => row.map((cell) => ({ text: clean(cell) || ' ' }))),
            ];
      const weights = block.kind === 'fields' ? [1, 3] : block.columns.map((c) => c.weight);
      const total = weights.reduce((a, b) => a + b, 0);
      doc.table({
        data,
        width: w,
        columnStyles: weights.map((wt) => (w * wt) / total),
        defaultStyle: { padding: 4, border: 0.5, borderColor: '#8a9099' },
        structParent: root,
      });
      doc.moveDown(0.8);
      return;
    }
    case 'quote':
      doc.font('Regular').fontSize(10.5).fillColor(INK);
      doc.text(clean(block.text), MARGIN + 12, undefined, {
        width: w - 12,
        structParent: root,
        structType: 'BlockQuote',
      });
      doc.font('Regular').fontSize(9.5).fillColor(MUTED);
      doc.text(clean(block.citation), MARGIN + 12, undefined, {
        width: w - 12,
        structParent: root,
        structType: 'P',
      });
      doc.moveDown(0.5);
      return;
    case 'chart':
      doc.font('Regular').fontSize(10.5).fillColor(INK);
      doc.text(`${clean(block.title)}: ${clean(block.description)}`, MARGIN, undefined, {
        width: w,
        structParent: root,
        structType: 'P',
      });
      doc.moveDown(0.5);
      return;
  }
}

/** Running head and foot on every page, marked as pagination artifacts. */
function drawRunningHeads(doc: Doc, model: RoleDocument) {
  const { start, count } = doc.bufferedPageRange();
  const foot = clean(footerOf(model));
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // Note: text below the bottom margin would start a new page; the foot sits in the margin.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('Regular').fontSize(8.5).fillColor(MUTED);
    const w = width(doc);
    const bottom = doc.page.height - MARGIN + 14;
    doc.text(clean(model.title), MARGIN, MARGIN - 24, { width: w, lineBreak: false } as never);
    doc.text(foot, MARGIN, bottom, { width: w - 80, lineBreak: false } as never);
    doc.text(`Page ${i - start + 1} of ${count}`, MARGIN, bottom, {
      width: w,
      align: 'right',
      lineBreak: false,
    } as never);
    doc.endMarkedContent();
    doc.page.margins = margins;
  }
}

/**
 * The logo at the top of the first page, at most 60 × 20 mm, as a Figure with its text
 * alternative. JPEG only: pdfkit's PNG decoder is left out of the build (scripts/pdfkit-unused.mjs),
 * so the export screen turns a PNG logo into a JPEG before it asks for this file.
 */
function drawLogo(doc: Doc, root: StructureElement, logo: DocumentLogo) {
  if (logo.type !== 'jpeg') return;
  const [w, h] = fitLogo(logo, 60 * MM, 20 * MM);
  const y = doc.y;
  root.add(
    doc.struct(
      'Figure',
      { alt: clean(logo.alt), bbox: [MARGIN, y, MARGIN + w, y + h], placement: 'Block' },
      () => {
        doc.image(logoBytes(logo.dataUrl), MARGIN, y, { width: w, height: h });
      },
    ),
  );
  doc.y = y + h + 6 * MM;
}

export function renderTaggedPdf(model: RoleDocument): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    lang: model.language,
    displayTitle: true,
    bufferPages: true,
    font: null,
    info: {
      Title: clean(model.title),
      Author: clean(model.author),
      Subject: clean(model.subject),
      Creator: model.footer === undefined ? `Keystone ${model.appVersion}` : clean(model.author),
      Producer: clean(model.author),
    },
  });
  doc.registerFont('Regular', fontBytes().regular);
  doc.registerFont('Bold', fontBytes().bold);
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve) => {
    doc.on('end', () => {
      const size = chunks.reduce((n, c) => n + c.length, 0);
      const out = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });
  doc.on('data', (chunk) => chunks.push(chunk));
  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.font('Regular');
  if (model.logo) drawLogo(doc, root, model.logo);
  for (const block of model.blocks) draw(doc, root, block);
  root.end();
  drawRunningHeads(doc, model);
  doc.end();
  return done;
}
