import { ownResponsibility, fromCatalogue, makeCriterion, makeDraft } from '../testing/make-draft';
import { NOT_ANSWERED, diffDrafts } from './draft-diff';

describe('diffDrafts', () => {
  it('finds nothing between a draft and itself, or a copy saved later', () => {
    const draft = makeDraft({ context: { institutionName: 'Keele' } });
    expect(diffDrafts(draft, draft)).toEqual([]);
    expect(diffDrafts(draft, { ...draft, updatedAt: '2027-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('names changed answers in words, with option labels and "Not answered"', () => {
    const before = makeDraft({ authority: { gradeBand: 'grade-9', fte: null } });
    const after = makeDraft({
      authority: { gradeBand: 'above-spine', fte: 0.8, seats: ['executive-board', 'senate'] },
    });
    expect(diffDrafts(before, after)).toEqual([
      { section: 'Authority', field: 'FTE', kind: 'changed', before: NOT_ANSWERED, after: '0.8' },
      {
        section: 'Authority',
        field: 'Grade',
        kind: 'changed',
        before: 'Grade 9',
        after: 'Above the spine (professorial-equivalent)',
      },
      {
        section: 'Authority',
        field: 'Seats',
        kind: 'changed',
        before: 'None',
        after: 'University executive board; Senate or academic board',
      },
    ]);
  });

  it('shows yes/no and numbers as a person writes them', () => {
    const changes = diffDrafts(
      makeDraft({
        context: { techCommitmentSignatory: false },
        authority: { annualBudget: 1_200_000 },
      }),
      makeDraft({
        context: { techCommitmentSignatory: true },
        authority: { annualBudget: 950_000 },
      }),
    );
    expect(changes.map((c) => [c.before, c.after])).toEqual([
      ['No', 'Yes'],
      ['1,200,000', '950,000'],
    ]);
  });

  it('matches list items by id: changed, added, removed and reordered', () => {
    const a = fromCatalogue('exec-member');
    const b = fromCatalogue('budget-holder');
    const own = ownResponsibility('Lead the apprenticeship scheme', ['workforce'], 'own');
    const before = makeDraft({ responsibilities: [a, b, own] });
    const after = makeDraft({
      responsibilities: [{ ...own, text: 'Lead two apprenticeship schemes' }, a],
    });
    const changes = diffDrafts(before, after).map((c) => [c.kind, c.field, c.before, c.after]);
    expect(changes).toEqual([
      ['removed', 'Item 2', b.text, ''],
      [
        'changed',
        'Item 3',
        'Lead the apprenticeship scheme (evidences: Strategic planning: workforce sustainability)',
        'Lead two apprenticeship schemes (evidences: Strategic planning: workforce sustainability)',
      ],
      ['changed', 'Order', 'Earlier order', 'Reordered'],
    ]);
  });

  it('describes person-specification criteria with category and assessment', () => {
    const after = makeDraft({ personSpec: [makeCriterion({ category: 'desirable' })] });
    const [change] = diffDrafts(makeDraft(), after);
    expect(change).toMatchObject({ section: 'Person specification', kind: 'added' });
    expect(change?.after).toBe(
      'Significant experience leading technical teams (Desirable; assessed by Application; Interview)',
    );
  });
});
