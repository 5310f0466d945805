// The claim rules (contradiction-rules-claims.ts): duties that claim authority the answers do not give.
import { fires, quiet } from '../testing/contradiction-expect';
import { fromCatalogueIds } from '../testing/make-draft';

describe('findContradictions: claims', () => {
  describe('investment duties without a say in investment', () => {
    const id = 'investment-without-levers';
    const duties = fromCatalogueIds(['equipment-investment']);
    it('fires without the right or the estates seat', () => {
      fires(id, { responsibilities: duties, authority: { gradeBand: 'grade-9' } });
    });
    it('does not fire with either lever, or with authority unanswered', () => {
      quiet(id, {
        responsibilities: duties,
        authority: { decisionRights: ['equipment-investment'] },
      });
      quiet(id, { responsibilities: duties, authority: { seats: ['estates-committee'] } });
      quiet(id, { responsibilities: duties });
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
    it('fires for a board duty without the board seat', () => {
      const duties = fromCatalogueIds(['exec-member']);
      fires('board-duty-no-seat', {
        responsibilities: duties,
        authority: { gradeBand: 'above-spine' },
      });
      quiet('board-duty-no-seat', {
        responsibilities: duties,
        authority: { seats: ['executive-board'] },
      });
      quiet('board-duty-no-seat', { responsibilities: duties });
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

  describe('duties that claim rights the role does not hold', () => {
    it('fires for a budget duty on a role that only advises', () => {
      const duties = fromCatalogueIds(['budget-holder']);
      fires('budget-duty-no-budget', {
        responsibilities: duties,
        authority: { budgetAuthority: 'advises' },
      });
      quiet('budget-duty-no-budget', {
        responsibilities: duties,
        authority: { budgetAuthority: 'delegated' },
      });
      quiet('budget-duty-no-budget', { responsibilities: duties });
    });
    it('fires for a training budget duty without the right', () => {
      const duties = fromCatalogueIds(['training-budget']);
      fires('training-duty-no-right', {
        responsibilities: duties,
        authority: { gradeBand: 'grade-9' },
      });
      quiet('training-duty-no-right', {
        responsibilities: duties,
        authority: { decisionRights: ['training-budget'] },
      });
    });
    it('fires for a workforce plan duty without the right', () => {
      const duties = fromCatalogueIds(['workforce-plan']);
      fires('workforce-plan-duty-no-right', {
        responsibilities: duties,
        authority: { gradeBand: 'grade-9' },
      });
      quiet('workforce-plan-duty-no-right', {
        responsibilities: duties,
        authority: { decisionRights: ['workforce-plan'] },
      });
      quiet('workforce-plan-duty-no-right', { responsibilities: duties });
    });
    it('fires for an approval duty without either right', () => {
      const duties = fromCatalogueIds(['approve-cases']);
      fires('approval-duty-no-right', {
        responsibilities: duties,
        authority: { gradeBand: 'grade-9' },
      });
      quiet('approval-duty-no-right', {
        responsibilities: duties,
        authority: { decisionRights: ['grading-promotion'] },
      });
    });
    it('fires for an external duty with no external remit', () => {
      const duties = fromCatalogueIds(['sector-voice']);
      fires('external-duty-no-remit', {
        responsibilities: duties,
        remit: { scope: 'institution' },
      });
      quiet('external-duty-no-remit', {
        responsibilities: duties,
        remit: { scope: 'institution', external: ['uk-itss'] },
      });
      quiet('external-duty-no-remit', { responsibilities: duties });
    });
  });
});
