import fc from 'fast-check';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import { fromCatalogueIds, makeDraft } from '../../testing/make-draft';
import { findContradictions } from '../contradictions';
import { missingReasons } from './missing-reasons';

/** Strategic responsibilities, no seat and no budget: one contradiction rests on the budget. */
const strained = makeDraft({
  remit: { scope: 'institution' },
  authority: { budgetAuthority: 'none', gradeBand: 'grade-9', fte: 1 },
  responsibilities: fromCatalogueIds(['technical-strategy', 'costing-policy']),
});

describe('missingReasons', () => {
  it('lists nothing for a blank draft: an unanswered question has nothing to explain', () => {
    expect(missingReasons(makeDraft())).toEqual([]);
  });

  it('puts the decision a contradiction rests on first', () => {
    expect(findContradictions(strained).map((c) => c.id)).toContain(
      'responsibilities-without-authority',
    );
    const list = missingReasons(strained);
    const budget = list.findIndex((m) => m.target === 'annualBudget');
    expect(list[budget]).toMatchObject({ label: 'Budget', contradictions: 1 });
    // The grade and the FTE change no contradiction: they come after it.
    expect(budget).toBeLessThan(list.findIndex((m) => m.target === 'fte'));
    expect(list.find((m) => m.target === 'fte')?.contradictions).toBe(0);
  });

  it('lists each answered decision and responsibility until it has a reason', () => {
    const targets = missingReasons(strained).map((m) => m.target);
    expect(targets).toEqual(expect.arrayContaining(['scope', 'gradeBand', 'fte']));
    expect(targets.filter((t) => t.startsWith('responsibility:'))).toHaveLength(2);
    const explained = makeDraft({
      ...strained,
      reasons: { annualBudget: 'The budget sits with the faculties by design.' },
    });
    expect(missingReasons(explained).map((m) => m.target)).not.toContain('annualBudget');
  });

  it('orders by contradictions, then points, and never lists a decision with a reason', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const list = missingReasons(draft);
        for (let i = 1; i < list.length; i += 1) {
          const [a, b] = [list[i - 1]!, list[i]!];
          expect(
            a.contradictions > b.contradictions ||
              (a.contradictions === b.contradictions && a.points >= b.points),
          ).toBe(true);
        }
        for (const m of list) {
          if (!m.target.startsWith('responsibility:')) {
            expect(draft.reasons[m.target as keyof typeof draft.reasons].trim()).toBe('');
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
