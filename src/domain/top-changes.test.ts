import { fromCatalogueIds, makeDraft } from '../testing/make-draft';
import { scoreDraft } from './score-draft';
import { topChanges } from './top-changes';

describe('the changes that would move the role most', () => {
  const draft = makeDraft({
    remit: { scope: 'one-faculty' },
    authority: { gradeBand: 'grade-8', reportsTo: 'faculty-head', budgetAuthority: 'none' },
    responsibilities: fromCatalogueIds(['technical-strategy']),
  });
  const score = scoreDraft(draft);
  const top = topChanges(draft, score);

  it('gives three, largest overall gain first, each with the clauses it raises', () => {
    expect(top).toHaveLength(3);
    const gains = top.map((t) => t.overallGain);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
    for (const t of top) {
      expect(t.overallGain).toBeGreaterThan(0);
      expect(t.clauses.length).toBeGreaterThan(0);
    }
  });

  it('states a gain that applying the change really gives', () => {
    for (const t of top) {
      const raise = t.raise;
      if (raise.kind !== 'add-responsibility') continue;
      const after = scoreDraft({
        ...draft,
        responsibilities: [...draft.responsibilities, ...fromCatalogueIds([raise.catalogueId])],
      });
      expect(after.overall - score.overall).toBe(t.overallGain);
    }
  });

  it('offers nothing when no clause offers a raise', () => {
    const clauses = { ...score.clauses };
    for (const id of Object.keys(clauses) as (keyof typeof clauses)[]) {
      clauses[id] = { ...clauses[id], raises: [] };
    }
    expect(topChanges(draft, { ...score, clauses })).toEqual([]);
  });
});
