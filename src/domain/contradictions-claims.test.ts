// The claim rules (contradiction-rules-claims.ts): responsibilities that claim authority the answers do not give.
import { fires, quiet } from '../testing/contradiction-expect';
import { fromCatalogueIds } from '../testing/make-draft';

describe('findContradictions: claims', () => {
  describe('investment responsibilities without a say in investment', () => {
    const id = 'investment-without-levers';
    const responsibilities = fromCatalogueIds(['equipment-investment']);
    it('fires without the right or the estates seat', () => {
      fires(id, { responsibilities, authority: { gradeBand: 'grade-9' } });
    });
    it('does not fire with either lever, or with authority unanswered', () => {
      quiet(id, {
        responsibilities,
        authority: { decisionRights: ['equipment-investment'] },
      });
      quiet(id, { responsibilities, authority: { seats: ['estates-committee'] } });
      quiet(id, { responsibilities });
    });
  });

  describe('executive grade and the executive board', () => {
    it('fires for an executive grade without the board seat', () => {
      fires('executive-grade-no-board', {
        authority: { gradeBand: 'executive', seats: ['senate'] },
      });
      quiet('executive-grade-no-board', {
        authority: { gradeBand: 'executive', seats: ['executive-board'] },
      });
      quiet('executive-grade-no-board', { authority: { gradeBand: 'above-spine' } });
    });
    it('fires for a board responsibility without the board seat', () => {
      const responsibilities = fromCatalogueIds(['exec-member']);
      fires('board-responsibility-no-seat', {
        responsibilities,
        authority: { gradeBand: 'above-spine' },
      });
      quiet('board-responsibility-no-seat', {
        responsibilities,
        authority: { seats: ['executive-board'] },
      });
      quiet('board-responsibility-no-seat', { responsibilities });
    });
    it('fires for a board seat at grade 8 or below', () => {
      fires('board-seat-operational-grade', {
        authority: { seats: ['executive-board'], gradeBand: 'grade-8' },
      });
      quiet('board-seat-operational-grade', {
        authority: { seats: ['executive-board'], gradeBand: 'grade-9' },
      });
      quiet('board-seat-operational-grade', { authority: { seats: ['executive-board'] } });
    });
  });

  describe('responsibilities that claim rights the role does not hold', () => {
    it('fires for a budget responsibility on a role that only advises', () => {
      const responsibilities = fromCatalogueIds(['budget-holder']);
      fires('budget-responsibility-no-budget', {
        responsibilities,
        authority: { budgetAuthority: 'advises' },
      });
      quiet('budget-responsibility-no-budget', {
        responsibilities,
        authority: { budgetAuthority: 'delegated' },
      });
      quiet('budget-responsibility-no-budget', { responsibilities });
    });
    it('fires for a training budget responsibility without the right', () => {
      const responsibilities = fromCatalogueIds(['training-budget']);
      fires('training-responsibility-no-right', {
        responsibilities,
        authority: { gradeBand: 'grade-9' },
      });
      quiet('training-responsibility-no-right', {
        responsibilities,
        authority: { decisionRights: ['training-budget'] },
      });
    });
    it('fires for a workforce plan responsibility without the right', () => {
      const responsibilities = fromCatalogueIds(['workforce-plan']);
      fires('workforce-plan-responsibility-no-right', {
        responsibilities,
        authority: { gradeBand: 'grade-9' },
      });
      quiet('workforce-plan-responsibility-no-right', {
        responsibilities,
        authority: { decisionRights: ['workforce-plan'] },
      });
      quiet('workforce-plan-responsibility-no-right', { responsibilities });
    });
    it('fires for an approval responsibility without either right', () => {
      const responsibilities = fromCatalogueIds(['approve-cases']);
      fires('approval-responsibility-no-right', {
        responsibilities,
        authority: { gradeBand: 'grade-9' },
      });
      quiet('approval-responsibility-no-right', {
        responsibilities,
        authority: { decisionRights: ['grading-promotion'] },
      });
    });
    it('fires for an external responsibility with no external remit', () => {
      const responsibilities = fromCatalogueIds(['sector-voice']);
      fires('external-responsibility-no-remit', {
        responsibilities,
        remit: { scope: 'institution' },
      });
      quiet('external-responsibility-no-remit', {
        responsibilities,
        remit: { scope: 'institution', external: ['uk-itss'] },
      });
      quiet('external-responsibility-no-remit', { responsibilities });
    });
  });
});
