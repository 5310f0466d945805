import { buildRoleDocument } from '../build-role-document';
import { docxPart, docxText, flowText, inOrder, saveFile, workDir } from '../real-readers';
import { fullDraft, HOSTILE_TEXTS, hostileDraft, SAMPLE_NOW } from '../sample-drafts';
import { renderDocx } from './render-docx';

const dir = workDir();
const render = async (draft = fullDraft(), name = 'full.docx') =>
  saveFile(
    dir,
    name,
    await renderDocx(buildRoleDocument(draft, { now: SAMPLE_NOW, appVersion: '1.2.3' })),
  );

describe('the Word file, read by LibreOffice', () => {
  const draft = fullDraft();
  let file = '';
  let hostile = '';
  let text = '';
  let hostileText = '';

  beforeAll(async () => {
    file = await render(draft);
    hostile = await render(hostileDraft(), 'hostile.docx');
    text = docxText(file);
    hostileText = docxText(hostile);
  }, 120_000);

  it('uses real heading styles, lists and tables with repeating header rows', () => {
    const xml = docxPart(file, 'word/document.xml');
    for (const style of ['Heading1', 'Heading2', 'Heading3'])
      expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml).toMatch(/<w:numPr>/);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('carries document properties and UK English', () => {
    const core = docxPart(file, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Director of Technical Strategy</dc:title>');
    expect(core).toContain('<dc:creator>Keystone</dc:creator>');
    expect(core).toContain(
      '<dc:subject>Role specification for Prifysgol Aberdaugleddau</dc:subject>',
    );
    expect(docxPart(file, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
  });

  it('has every responsibility and criterion in order, names with diacritics intact', () => {
    const flow = flowText(text, []);
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
    for (const name of ['Siân Ó Súilleabháin', 'Łukasz Wróbel', 'Zoë Müller', 'ŵ ŷ'])
      expect(flow).toContain(name);
  });

  it('keeps hostile text inert and intact, dropping only controls XML forbids', () => {
    const flow = flowText(hostileText, []);
    expect(flow).toContain(HOSTILE_TEXTS.script);
    expect(flow).toContain('Bell and escape and null characters');
    expect(flow).toContain(HOSTILE_TEXTS.rtl);
    expect(flow).toContain(HOSTILE_TEXTS.long.trim());
    expect(docxPart(hostile, 'word/document.xml')).not.toMatch(/<script>/);
  });
});
