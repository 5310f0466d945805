import { draftFromReading } from '../domain/read-role/draft-from-reading';
import { emptyDraft } from '../domain/empty-draft';
import { makeReading, READ_TEXT } from '../testing/make-reading';
import { buildRoleDocument } from './build-role-document';
import { CHANGES_ANNEX_TITLE, changesAnnexBlocks } from './build-changes-annex';
import type { TableBlock } from './document-model';
import { renderMarkdown } from './markdown/render-markdown';
import { renderPdf } from './pdf/render-pdf';
import { flowText, pdfText, saveFile, workDir } from './real-readers';
import { SAMPLE_NOW } from './sample-drafts';

function revisedDraft() {
  const draft = draftFromReading(
    makeReading(),
    { text: READ_TEXT, fileName: 'hots.docx' },
    {
      name: 'HoTS',
      sentences: { s4: { action: 'reword', text: 'Own the plan for the technical workforce.' } },
      facts: [],
    },
    { id: 'd', now: '2026-12-07T08:00:00.000Z' },
  );
  return {
    ...draft,
    responsibilities: [
      ...draft.responsibilities.filter((r) => r.text !== 'Attend meetings as required.'),
      {
        id: 'r-new',
        catalogueId: null,
        text: 'Advocate for technicians nationally.',
        clauses: ['advocates' as const],
        reason: '',
      },
    ],
  };
}

const tableOf = (blocks: ReturnType<typeof changesAnnexBlocks>) =>
  blocks.find((b): b is TableBlock => b.kind === 'table');

describe('the annex “Changes from the current job description”', () => {
  it('sets each original sentence beside the revised one and the clauses it serves', () => {
    const rows = tableOf(changesAnnexBlocks(revisedDraft()))?.rows;
    expect(rows).toEqual([
      [
        'Lead the development of the institutional technical strategy.',
        'Kept as written.',
        expect.stringMatching(/\w/),
      ],
      [
        'Support the faculties in planning their technical workforce.',
        'Own the plan for the technical workforce.',
        expect.any(String),
      ],
      ['Attend meetings as required.', 'Left out of the revised role.', ''],
      [
        'The postholder reports to the Chief Operating Officer and is a member of the University Executive Board.',
        'Left out of the revised role.',
        '',
      ],
      [
        'Not in the current job description.',
        'Advocate for technicians nationally.',
        expect.stringMatching(/\w/),
      ],
    ]);
  });

  it('is left out for a draft not started from a job description, or when not asked for', () => {
    expect(changesAnnexBlocks(emptyDraft('d', 'Blank', '2026-12-07'))).toEqual([]);
    const titles = (changesAnnex: boolean) =>
      buildRoleDocument(revisedDraft(), {
        now: SAMPLE_NOW,
        appVersion: '1',
        changesAnnex,
      }).blocks.filter((b) => b.kind === 'heading' && b.text === CHANGES_ANNEX_TITLE);
    expect(titles(false)).toEqual([]);
    expect(titles(true)).toHaveLength(1);
  });

  it('reads back from the Markdown and from the PDF (poppler)', () => {
    const doc = buildRoleDocument(revisedDraft(), {
      now: SAMPLE_NOW,
      appVersion: '1',
      changesAnnex: true,
    });
    expect(renderMarkdown(doc)).toContain('Own the plan for the technical workforce.');
    const file = saveFile(workDir(), 'changes.pdf', renderPdf(doc));
    const text = flowText(pdfText(file), [/^Page \d+ of \d+$/]);
    expect(text).toContain(CHANGES_ANNEX_TITLE);
    expect(text).toMatch(/Support the faculties in planning their technical workforce\./);
    expect(text).toMatch(/Left out of the revised role\./);
  });
});
