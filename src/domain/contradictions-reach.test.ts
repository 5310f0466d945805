import { fires, quiet } from '../testing/contradiction-expect';
import { fromCatalogueIds, ownResponsibility } from '../testing/make-draft';

describe('contradictions of reach', () => {
  it('flags an executive-board seat at 0.2 FTE, not at 0.5 or with the hours unanswered', () => {
    const id = 'executive-seat-fractional-post';
    fires(id, { authority: { seats: ['executive-board'], fte: 0.2 } });
    quiet(id, { authority: { seats: ['executive-board'], fte: 0.5 } });
    quiet(id, { authority: { seats: ['executive-board'], fte: null } });
    quiet(id, { authority: { seats: ['research-committee'], fte: 0.2 } });
  });

  it('flags sign-off of the training budget with no budget', () => {
    const id = 'training-budget-without-budget';
    fires(id, { authority: { decisionRights: ['training-budget'], budgetAuthority: 'none' } });
    quiet(id, { authority: { decisionRights: ['training-budget'], budgetAuthority: 'delegated' } });
    quiet(id, { authority: { decisionRights: ['training-budget'], budgetAuthority: null } });
  });

  it('flags grading sign-off at grade 6, not at grade 8 or with the grade unanswered', () => {
    const id = 'grading-signoff-low-grade';
    fires(id, { authority: { decisionRights: ['grading-promotion'], gradeBand: 'grade-6' } });
    quiet(id, { authority: { decisionRights: ['grading-promotion'], gradeBand: 'grade-8' } });
    quiet(id, { authority: { decisionRights: ['grading-promotion'], gradeBand: null } });
  });

  it('flags an institution-wide responsibility on a named-facilities remit', () => {
    const id = 'institution-responsibility-facilities-remit';
    fires(id, {
      remit: { scope: 'facilities' },
      responsibilities: fromCatalogueIds(['operating-model']),
    });
    fires(id, {
      remit: { scope: 'facilities' },
      responsibilities: [ownResponsibility('Run the university-wide equipment register.', [])],
    });
    quiet(id, {
      remit: { scope: 'institution' },
      responsibilities: fromCatalogueIds(['operating-model']),
    });
    quiet(id, { remit: { scope: 'facilities' }, responsibilities: fromCatalogueIds(['tc-lead']) });
  });
});
