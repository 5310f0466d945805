import { buildRoleDocument } from '../build-role-document';
import {
  flowText,
  inOrder,
  pdfFonts,
  pdfImages,
  pdfInfo,
  pdfText,
  qpdfCheck,
  saveFile,
  workDir,
} from '../real-readers';
import { fullDraft, HOSTILE_TEXTS, hostileDraft, SAMPLE_NOW } from '../sample-drafts';
import { renderPdf } from './render-pdf';

const dir = workDir();
const render = (draft = fullDraft(), name = 'full.pdf') =>
  saveFile(
    dir,
    name,
    renderPdf(buildRoleDocument(draft, { now: SAMPLE_NOW, appVersion: '1.2.3' })),
  );

const HEADS = [
  /^Page \d+ of \d+$/,
  /^Prepared 1 December 2026 with Keystone/,
  /^Role specification$/,
];

describe('the PDF, read by poppler and qpdf', () => {
  const draft = fullDraft();
  const file = render(draft);
  const text = pdfText(file);

  it('is a well-formed A4 document with its properties', () => {
    expect(() => qpdfCheck(file)).not.toThrow();
    const info = pdfInfo(file);
    expect(info).toMatch(/Title:\s+Director of Technical Strategy/);
    expect(info).toMatch(/Subject:\s+Role specification for Prifysgol Aberdaugleddau/);
    expect(info).toMatch(/Author:\s+Keystone/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(2);
  });

  it('declares UK English and embeds its font', () => {
    expect(
      Buffer.from(
        renderPdf(buildRoleDocument(draft, { now: SAMPLE_NOW, appVersion: '1' })),
      ).toString('latin1'),
    ).toContain('/Lang (en-GB)');
    const fonts = pdfFonts(file);
    expect(fonts).toMatch(/OpenSans/);
    expect(
      fonts
        .split('\n')
        .filter((l) => /OpenSans/.test(l))
        .every((l) => /yes\s+(yes|no)\s+yes/.test(l)),
    ).toBe(true);
  });

  it('prints names with diacritics as selectable text', () => {
    for (const name of [
      'Siân Ó Súilleabháin',
      'Łukasz Wróbel',
      'Zoë Müller',
      'ŵ ŷ',
      '£2.4 million',
    ]) {
      expect(flowText(text, HEADS)).toContain(name);
    }
  });

  it('prints Greek and Cyrillic as selectable text, in the regular and the bold weight', () => {
    const names = ['Ελένη Παπαδοπούλου', 'Олена Шевченко', 'Ґанна Її', 'Љубица Ђорђевић'];
    const base = fullDraft();
    const scripts = render(
      {
        ...base,
        name: names[0]!,
        authority: { ...base.authority, title: names[1]! },
        responsibilities: base.responsibilities.map((r, i) =>
          i < names.length ? { ...r, text: `${r.text} ${names[i]!}` } : r,
        ),
      },
      'scripts.pdf',
    );
    const flow = flowText(pdfText(scripts), HEADS);
    for (const name of names) expect(flow).toContain(name);
    expect(flow).not.toMatch(/\?\?\?/);
  });

  it('has every responsibility and criterion, in order, and a page count on each page', () => {
    const flow = flowText(text, HEADS);
    expect(
      inOrder(
        flow,
        draft.responsibilities.map((r) => r.text),
      ),
    ).toBeNull();
    expect(
      inOrder(
        flow,
        draft.personSpec.map((c) => c.text),
      ),
    ).toBeNull();
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))?.[1]);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`);
  });

  it('never leaves a heading alone at the foot of a page', () => {
    const model = buildRoleDocument(draft, { now: SAMPLE_NOW, appVersion: '1.2.3' });
    const headings = new Set(model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
    const pages = text.split('\f').slice(0, -1);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      const lines = page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !HEADS.some((head) => head.test(line)));
      expect(headings.has(lines[lines.length - 1] ?? '')).toBe(false);
    }
  });

  it('draws the chart as vectors, with its text equivalent', () => {
    expect(pdfImages(file).trim().split('\n')).toHaveLength(2);
    expect(text).toMatch(/Text equivalent: Scores out of 100\./);
  });

  it('keeps hostile text inert and intact, dropping only what a PDF cannot draw', () => {
    const hostile = render(hostileDraft(), 'hostile.pdf');
    expect(() => qpdfCheck(hostile)).not.toThrow();
    const flow = flowText(pdfText(hostile), [
      ...HEADS,
      /^Head of <script>alert\(1\)<\/script> Services$/,
    ]);
    expect(flow).toContain(HOSTILE_TEXTS.script);
    expect(flow).toContain('Bell and escape and null characters');
    expect(flow).toContain('Righttoleft marks: evil end');
    expect(flow).toContain(HOSTILE_TEXTS.long.replace(/\s+$/, ''));
    expect(pdfInfo(hostile)).toMatch(/Title:\s+Head of <script>alert\(1\)<\/script> Services/);
  });
});
