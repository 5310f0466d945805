import fc from 'fast-check';
import { draftSchemas } from '../domain/role-draft';
import { arbitraryDraft } from './arbitrary-draft';
import { ownResponsibility, fromCatalogue, makeCriterion, makeDraft } from './make-draft';

describe('makeDraft', () => {
  it('makes a valid blank draft', () => {
    const draft = makeDraft();
    expect(draftSchemas().draft.safeParse(draft).success).toBe(true);
    expect(draft.responsibilities).toEqual([]);
    expect(draft.authority.gradeBand).toBeNull();
  });

  it('overrides nested answers and keeps the rest', () => {
    const draft = makeDraft({
      authority: { gradeBand: 'grade-9' },
      remit: { areas: ['clinical'] },
    });
    expect(draft.authority.gradeBand).toBe('grade-9');
    expect(draft.authority.seats).toEqual([]);
    expect(draft.remit.areas).toEqual(['clinical']);
    expect(draft.remit.scope).toBeNull();
  });

  it('replaces lists rather than merging them', () => {
    const base = makeDraft({ authority: { seats: ['senate', 'council'] } });
    expect(makeDraft({ ...base, authority: { seats: ['council'] } }).authority.seats).toEqual([
      'council',
    ]);
  });

  it('does not share state between drafts', () => {
    const a = makeDraft();
    a.authority.seats.push('senate');
    expect(makeDraft().authority.seats).toEqual([]);
  });

  it('builds responsibilities and criteria', () => {
    expect(fromCatalogue('tc-lead')).toMatchObject({ catalogueId: 'tc-lead', clauses: [] });
    expect(() => fromCatalogue('nope')).toThrow(/nope/);
    expect(ownResponsibility('Own text', ['skills'])).toMatchObject({
      catalogueId: null,
      clauses: ['skills'],
    });
    expect(makeCriterion({ category: 'desirable' }).category).toBe('desirable');
  });
});

describe('arbitraryDraft', () => {
  it('generates only drafts the schema accepts', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const parsed = draftSchemas().draft.safeParse(draft);
        expect(parsed.success ? null : parsed.error.issues).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
