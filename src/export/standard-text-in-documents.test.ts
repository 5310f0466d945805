import {
  NO_STANDARD_TEXT,
  STANDARD_TEXT_FIELDS,
  standardStatements,
} from '../domain/job-pack/standard-text';
import { buildRoleDocument, type Pack } from './build-role-document';
import type { Block } from './document-model';
import { renderHtml } from './job-pack/render-html';
import { renderMarkdown } from './markdown/render-markdown';
import { renderPdf } from './pdf/render-pdf';
import { flowText, inOrder, pdfText, saveFile, workDir } from './real-readers';
import { fullDraft, SAMPLE_NOW } from './sample-drafts';

// Test wording only: Keystone itself never writes these statements.
const TEXT = {
  equality: 'We welcome applications from everyone.\n\n  Our staff networks   are open to all. ',
  rightToWork: '',
  flexibleWorking: 'Ask us about part-time hours and job sharing.',
  technicianCommitment: 'As a signatory we support the careers of technical staff: ŵ ŷ â.',
};

const headings = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));

function build(pack: Pack, text = TEXT) {
  return buildRoleDocument(fullDraft(), {
    now: SAMPLE_NOW,
    appVersion: '1.0.0',
    pack,
    statements: standardStatements(text),
  });
}

describe("the institution's standard text in the documents", () => {
  it('is in both packs, in the fixed order, after the person specification and before how to apply', () => {
    for (const pack of ['candidate', 'internal'] as const) {
      const doc = build(pack);
      const all = headings(doc.blocks);
      const ours = all.filter((h) =>
        ['Equality', 'Right to work', 'Flexible', 'Technician'].some((w) => h.startsWith(w)),
      );
      expect(ours).toEqual([
        'Equality, diversity and inclusion',
        'Flexible working',
        'Technician Commitment',
      ]);
      expect(all).toEqual(expect.arrayContaining(['Person specification', 'How to apply']));
      expect(all.indexOf('Equality, diversity and inclusion')).toBeGreaterThan(
        all.indexOf('Person specification'),
      );
      expect(all.indexOf('How to apply')).toBeGreaterThan(all.indexOf('Technician Commitment'));
    }
  });

  it('splits a statement into paragraphs at blank lines, its spacing made single', () => {
    const blocks = build('candidate').blocks;
    const at = blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === 'Equality, diversity and inclusion',
    );
    expect(blocks.slice(at + 1, at + 3)).toEqual([
      { kind: 'paragraph', text: 'We welcome applications from everyone.' },
      { kind: 'paragraph', text: 'Our staff networks are open to all.' },
    ]);
  });

  it('leaves every blank or spaces-only statement out, heading and all', () => {
    const blank = { ...NO_STANDARD_TEXT, flexibleWorking: ' \n\n ' };
    const doc = build('candidate', blank);
    for (const { heading } of Object.values(STANDARD_TEXT_FIELDS))
      expect(headings(doc.blocks)).not.toContain(heading);
  });

  it('reads back in order from the web page, Markdown and PDF of both packs', () => {
    const needles = [
      'Equality, diversity and inclusion',
      'We welcome applications from everyone.',
      'Our staff networks are open to all.',
      'Flexible working',
      'Ask us about part-time hours and job sharing.',
      'Technician Commitment',
      'As a signatory we support the careers of technical staff: ŵ ŷ â.',
    ];
    const dir = workDir();
    for (const pack of ['candidate', 'internal'] as const) {
      const doc = build(pack);
      const html = renderHtml(doc).replace(/<[^>]+>/g, ' ');
      expect(inOrder(flowText(html, []), needles)).toBeNull();
      expect(inOrder(flowText(renderMarkdown(doc), []), needles)).toBeNull();
      const pdf = saveFile(dir, `${pack}.pdf`, renderPdf(doc));
      expect(inOrder(flowText(pdfText(pdf), []), needles)).toBeNull();
    }
  });
});
