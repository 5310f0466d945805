import { after, headings, JOB_PACK_HEADINGS } from '../testing/document-blocks';
import { buildRoleDocument } from './build-role-document';
import { fullDraft, SAMPLE_NOW } from './sample-drafts';

describe('the candidate pack', () => {
  const candidate = (draft = fullDraft()) =>
    buildRoleDocument(draft, { now: SAMPLE_NOW, appVersion: '1.2.3', pack: 'candidate' });
  const words = (doc: ReturnType<typeof candidate>) => JSON.stringify({ ...doc, appVersion: '' });

  it('holds the job description and person specification only, with how to apply', () => {
    expect(headings(candidate().blocks)).toEqual(JOB_PACK_HEADINGS);
  });

  it('holds no score, annex, drafting note or word of the tool', () => {
    const text = words(candidate());
    for (const word of ['Keystone', 'Annex', 'score', 'as drafted', 'HERA', 'definition'])
      expect(text).not.toContain(word);
    expect(candidate()).toMatchObject({
      author: 'Prifysgol Aberdaugleddau',
      footer: 'Prifysgol Aberdaugleddau · Reference TS-2026-041',
    });
  });

  it('gives the institution’s own titles, salary and Welsh-language category', () => {
    const rows = candidate().blocks.find((b) => b.kind === 'fields');
    expect(rows).toMatchObject({
      rows: expect.arrayContaining([
        { label: 'Reports to', value: 'Dirprwy Is-Ganghellor (Deputy Vice-Chancellor)' },
        { label: 'Grade', value: 'Grade 10, professorial scale' },
        { label: 'Salary', value: '£78,000 to £92,000 a year' },
        { label: 'Welsh language', value: 'Welsh desirable' },
      ]),
    });
    expect(words(candidate())).toContain('Welsh language: Welsh desirable.');
  });

  it('prints the user’s own context and relationships instead of the generated ones', () => {
    const full = fullDraft();
    const draft = {
      ...full,
      wording: {
        ...full.wording,
        context: 'Coleg Caerdydd teaches 9,000 students.\n\nIts technicians run 40 workshops.',
        relationships: 'Head of Estates\n\nOutside the institution:\nLocal employers',
      },
    };
    const { blocks } = candidate(draft);
    expect(after(blocks, 'Context')).toEqual({
      kind: 'paragraph',
      text: 'Coleg Caerdydd teaches 9,000 students.',
    });
    expect(after(blocks, 'Inside the institution')).toEqual({
      kind: 'list',
      ordered: false,
      items: ['Head of Estates'],
    });
    expect(after(blocks, 'Outside the institution')).toEqual({
      kind: 'list',
      ordered: false,
      items: ['Local employers'],
    });
  });
});
