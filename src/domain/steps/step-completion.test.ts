import { fromCatalogueIds, makeCriterion, makeDraft } from '../../testing/make-draft';
import { stepComplete } from './step-completion';

const complete = makeDraft({
  context: { institutionName: 'Northbridge', nation: 'england', institutionType: 'specialist' },
  remit: { scope: 'institution', areas: ['workshops'] },
  authority: {
    title: 'Head of Technical Services',
    gradeBand: 'grade-10',
    reportsTo: 'coo-registrar',
    budgetAuthority: 'delegated',
  },
  responsibilities: fromCatalogueIds(['exec-member', 'budget-holder', 'apprenticeships']),
  personSpec: [makeCriterion()],
});

describe('which steps are complete', () => {
  it('marks nothing complete on a blank draft', () => {
    const blank = makeDraft();
    for (const step of [
      'context',
      'remit',
      'authority',
      'responsibilities',
      'person-spec',
      'review',
    ] as const) {
      expect(stepComplete(step, blank)).toBe(false);
    }
  });

  it('marks every step, and so the review, complete when each requirement is met', () => {
    for (const step of [
      'context',
      'remit',
      'authority',
      'responsibilities',
      'person-spec',
      'review',
    ] as const) {
      expect(stepComplete(step, complete)).toBe(true);
    }
  });

  it('needs three responsibilities and an essential criterion', () => {
    const fewer = { ...complete, responsibilities: complete.responsibilities.slice(0, 2) };
    expect(stepComplete('responsibilities', fewer)).toBe(false);
    expect(stepComplete('review', fewer)).toBe(false);
    const desirableOnly = { ...complete, personSpec: [makeCriterion({ category: 'desirable' })] };
    expect(stepComplete('person-spec', desirableOnly)).toBe(false);
  });
});
