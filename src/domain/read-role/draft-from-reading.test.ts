import { draftSchemas } from '../role-draft';
import { makeReading, READ_TEXT } from '../../testing/make-reading';
import { defaultChoice, draftFromReading } from './draft-from-reading';

const made = { id: 'd-1', now: '2026-12-07T08:00:00.000Z' };
const source = { text: READ_TEXT, fileName: 'head-of-technical-services.docx' };

describe('a draft from a job description', () => {
  it('keeps every duty in its own words by default, claiming the clauses its wording evidences', () => {
    const reading = makeReading();
    const draft = draftFromReading(
      reading,
      source,
      { name: 'HoTS', sentences: {}, facts: [] },
      made,
    );
    expect(draftSchemas().draft.safeParse(draft).success).toBe(true);
    expect(draft.responsibilities.map((r) => [r.text, r.catalogueId, r.clauses])).toEqual([
      ['Lead the development of the institutional technical strategy.', null, ['aligns']],
      ['Support the faculties in planning their technical workforce.', null, ['workforce']],
      ['Attend meetings as required.', null, []],
    ]);
    expect(draft.fromOriginal.map((f) => f.sentence)).toEqual(
      draft.responsibilities.map((r) => r.text),
    );
    expect(draft.original).toEqual(source);
  });

  it('drops, rewords or swaps for the catalogue statement as chosen', () => {
    const reading = makeReading();
    const draft = draftFromReading(
      reading,
      source,
      {
        name: 'HoTS',
        sentences: {
          s3: { action: 'catalogue' },
          s4: { action: 'reword', text: 'Own the plan for the technical workforce.' },
          s5: { action: 'drop' },
        },
        facts: [],
      },
      made,
    );
    expect(draft.responsibilities).toHaveLength(2);
    expect(draft.responsibilities[0]?.catalogueId).toBe(reading.sentences[2]?.catalogueId);
    expect(draft.responsibilities[1]?.text).toBe('Own the plan for the technical workforce.');
    expect(draft.fromOriginal[1]).toEqual({
      id: draft.responsibilities[1]?.id,
      sentence: 'Support the faculties in planning their technical workforce.',
    });
  });

  it('fills the facts accepted, and leaves out one whose value the draft cannot hold', () => {
    const draft = draftFromReading(
      makeReading(),
      source,
      { name: '', sentences: {}, facts: [0, 1, 2] },
      made,
    );
    expect(draft.authority.reportsTo).toBe('coo-registrar');
    expect(draft.authority.seats).toEqual(['executive-board']);
    expect(draft.authority.gradeBand).toBeNull();
    expect(draft.name).toBe('Untitled role');
  });

  it('never makes a heading a responsibility, and leaves out prose that evidences nothing', () => {
    const [heading, , , , , prose] = makeReading().sentences;
    expect(heading && defaultChoice(heading)).toEqual({ action: 'drop' });
    expect(prose && defaultChoice(prose)).toEqual({ action: 'drop' });
  });
});
