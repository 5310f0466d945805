import fc from 'fast-check';
import * as z from 'zod/mini';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import { fromCatalogueIds, makeCriterion, makeDraft } from '../../testing/make-draft';
import type { RoleDraft } from '../role-draft';
import { authorityStepSchema } from './authority-schema';
import { contextStepSchema } from './context-schema';
import { personSpecStepSchema } from './person-spec-schema';
import { remitStepSchema } from './remit-schema';
import { responsibilitiesStepSchema } from './responsibilities-schema';
import { stepComplete, type JudgedStep } from './step-completion';

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

/** What each step's schema says of a draft: the rule the plain checks must equal. */
const SCHEMA_SAYS: Record<Exclude<JudgedStep, 'review'>, (d: RoleDraft) => boolean> = {
  context: (d) => z.safeParse(contextStepSchema(), d.context).success,
  remit: (d) => z.safeParse(remitStepSchema(), d.remit).success,
  authority: (d) => z.safeParse(authorityStepSchema(), d.authority).success,
  responsibilities: (d) =>
    z.safeParse(responsibilitiesStepSchema(), { responsibilities: d.responsibilities }).success,
  'person-spec': (d) => z.safeParse(personSpecStepSchema(), { personSpec: d.personSpec }).success,
};

describe('the plain checks and the step schemas', () => {
  it('agree on every step of any valid draft', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        for (const [step, says] of Object.entries(SCHEMA_SAYS)) {
          expect(stepComplete(step as JudgedStep, draft)).toBe(says(draft));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('agree on drafts one requirement short of complete', () => {
    const blanks = [
      { ...complete, context: { ...complete.context, institutionName: '  ' } },
      { ...complete, remit: { ...complete.remit, areas: [] } },
      { ...complete, authority: { ...complete.authority, budgetAuthority: null } },
      {
        ...complete,
        responsibilities: [{ ...complete.responsibilities[0]!, catalogueId: null, clauses: [] }],
      },
      { ...complete, personSpec: [makeCriterion({ text: '\n' })] },
    ];
    for (const draft of [complete, ...blanks]) {
      for (const [step, says] of Object.entries(SCHEMA_SAYS)) {
        expect(stepComplete(step as JudgedStep, draft)).toBe(says(draft));
      }
    }
  });
});
