import { buildBoardPaper } from './build-board-paper';
import { renderDocx } from './docx/render-docx';
import { renderPdf } from './pdf/render-pdf';
import { docxText, pdfInfo, pdfText, saveFile, workDir } from './real-readers';
import { fullDraft, SAMPLE_NOW } from './sample-drafts';

const draft = {
  ...fullDraft(),
  reasons: { ...fullDraft().reasons, gradeBand: 'Matched to heads of professional services.' },
};
const paper = buildBoardPaper(draft, { now: SAMPLE_NOW, appVersion: '1.2.3' });
const dir = workDir();

describe('the board paper', () => {
  it('says the proposal, the band, the decisions and reasons, the cost, the risks and the decision asked', () => {
    const headings = paper.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'Board paper: Director of Technical Strategy',
      'Proposal',
      'How the role meets the definition',
      'Key decisions and their reasons',
      'Cost',
      'Open contradictions and risks',
      'Comparison with peers',
      'Decision asked of the board',
    ]);
    const decisions = paper.blocks.find((b) => b.kind === 'table');
    expect(decisions?.kind === 'table' && decisions.rows.find((r) => r[0] === 'Grade')?.[2]).toBe(
      'Matched to heads of professional services.',
    );
  });

  it('fits on one or two A4 pages as a PDF, read by poppler', async () => {
    const file = saveFile(dir, 'board.pdf', await renderPdf(paper));
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const text = pdfText(file);
    expect(text).toContain('Decision asked of the board');
    expect(
      text
        .split('\f')
        .filter((page) => page.trim() !== '')
        .every((page) => /^Board paper$/m.test(page)),
    ).toBe(true);
    expect(text).not.toMatch(/^Role specification$/m);
  });

  it('opens as a Word document with the same sections', async () => {
    const file = saveFile(dir, 'board.docx', await renderDocx(paper));
    expect(docxText(file)).toContain('Key decisions and their reasons');
    // Note: unzip and the Word renderer are slow on this shared machine.
  }, 30_000);
});
