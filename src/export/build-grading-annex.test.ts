import { HERA_ELEMENTS } from '../domain/options';
import { ownResponsibility } from '../testing/make-draft';
import { buildGradingAnnex } from './build-grading-annex';
import { buildRoleDocument } from './build-role-document';
import type { TableBlock } from './document-model';
import { renderDocx } from './docx/render-docx';
import { renderPdf } from './pdf/render-pdf';
import { docxText, pdfText, saveFile, workDir } from './real-readers';
import { fullDraft, SAMPLE_NOW } from './sample-drafts';

const draft = fullDraft();
const annex = buildGradingAnnex(draft, { now: SAMPLE_NOW, appVersion: '1.2.3' });
const headings = annex.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
const tables = annex.blocks.filter((b): b is TableBlock => b.kind === 'table');
const dir = workDir();

describe('the grading evidence annex', () => {
  it('names all 14 HERA elements and Hay’s three factors', () => {
    for (const id of HERA_ELEMENTS.ids) expect(headings).toContain(HERA_ELEMENTS.label(id));
    expect(headings).toEqual(
      expect.arrayContaining(['Know-how', 'Problem solving', 'Accountability']),
    );
  });

  it('says plainly that it is indicative and that the panel sets the grade', () => {
    const text = annex.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(text).toMatch(/Indicative only/);
    expect(text).toMatch(/the panel sets the grade/);
    expect(text).toMatch(/does not use or reproduce the HERA questionnaire/);
  });

  it('points every evidence line to a sentence of the draft, by its reference', () => {
    const sentences = tables.find((t) => t.caption.startsWith('Every sentence'));
    const byRef = new Map(sentences?.rows.map(([ref, , text]) => [ref, text]));
    const evidence = tables.filter((t) => t.caption.startsWith('Evidence for'));
    expect(evidence.length).toBeGreaterThan(10);
    for (const table of evidence) {
      for (const [ref, text] of table.rows) {
        expect(byRef.get(ref ?? ''), `${table.caption}: ${ref}`).toBe(text);
      }
    }
    const texts = [...byRef.values()];
    expect(texts).toEqual(expect.arrayContaining(draft.responsibilities.map((r) => r.text)));
  });

  it('says what a panel will ask for, and how strongly the responsibilities are worded', () => {
    const thin = buildGradingAnnex(
      {
        ...draft,
        responsibilities: [ownResponsibility('Supports the Dean on technical workforce planning.')],
        wording: { ...draft.wording, jobPurpose: 'The post exists.' },
        personSpec: [],
        authority: { ...draft.authority, decisionRights: [], annualBudget: null },
      },
      { now: SAMPLE_NOW, appVersion: '1.2.3' },
    );
    const text = thin.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toMatch(/Of the 2 sentences of the job purpose and responsibilities, 0 hold/);
    expect(text).toMatch(/1 share it .* and 1 name the work with no cue either way/);
    expect(text).toMatch(
      /likely to ask for who holds the outcome and what the role decides itself, since each responsibility here is worded as a share \(“Supports”\); and the size of the budget/,
    );
    expect(text).toMatch(/which decisions the role signs off \(no decision rights are recorded\)/);
    expect(text).toMatch(/likely to ask for the care the role gives to the welfare of staff/);
    expect(text).toMatch(/No sentence of the draft evidences this yet/);
    const strengths = (
      thin.blocks.filter(
        (b): b is TableBlock => b.kind === 'table' && b.caption.includes('Planning'),
      )[0]?.rows ?? []
    ).map((row) => row[2]);
    expect(strengths).toContain('Shares it (“Supports”)');
  });

  it('names its sources and the wording balance with its attribution', () => {
    const text = annex.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toMatch(/HERA \(Higher Education Role Analysis\)/);
    expect(text).toMatch(/Hay Group guide chart method/);
    expect(text).toMatch(/Gaucher, Friesen and Kay \(2011\)/);
    const balance = tables.find((t) => t.caption.startsWith('Balance reading'));
    expect(balance?.rows.map((r) => r[0])).toContain('Reading age');
  });

  it('opens as a PDF and a Word document with every element, read by real readers', async () => {
    const pdf = pdfText(saveFile(dir, 'annex.pdf', await renderPdf(annex)));
    const word = docxText(saveFile(dir, 'annex.docx', await renderDocx(annex)));
    for (const text of [pdf, word]) {
      expect(text).toContain('Grading evidence annex');
      expect(text).toContain('Pastoral care and welfare');
      expect(text).toContain('Problem solving');
    }
    expect(pdf).toContain('Indicative, for the grading panel');
    expect(pdf).not.toContain('Role specification');
  }, 60_000);
});

describe('the grading evidence annex in the packs', () => {
  /** The pack's outline, each heading as Markdown writes it ("## Job purpose"). */
  const packHeadings = (pack: 'candidate' | 'internal', gradingAnnex = true) =>
    buildRoleDocument(fullDraft(), {
      now: SAMPLE_NOW,
      appVersion: '1.2.3',
      pack,
      gradingAnnex,
    }).blocks.flatMap((b) => (b.kind === 'heading' ? [`${'#'.repeat(b.level)} ${b.text}`] : []));

  it('is in the internal pack when asked for, its sections named as the annex’s', () => {
    const found = packHeadings('internal');
    const start = found.indexOf('## Annex: grading evidence for the panel');
    expect(start).toBeGreaterThan(found.indexOf('## Key responsibilities'));
    expect(found.slice(start)).toContain('## Grading evidence – HERA: the 14 elements');
    expect(found.slice(start)).toContain('## Grading evidence – Hay: the three factors');
    expect(packHeadings('internal', false)).not.toContain(
      '## Annex: grading evidence for the panel',
    );
  });

  it('never reaches the candidate pack', () => {
    expect(packHeadings('candidate').join('\n')).not.toMatch(/grading evidence|HERA|Hay/i);
  });
});
