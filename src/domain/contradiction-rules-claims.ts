/**
 * Contradictions between what the responsibilities claim and the authority the answers give: the
 * mismatch a grading panel finds by reading the responsibilities beside the dimensions.
 * Each rule fires only when the answers it reads have been given.
 */
import {
  authorityAnswered,
  gradeAtMost,
  hasResponsibility,
  responsibilityCount,
} from './contradiction-facts';
import type { ContradictionRule } from './contradiction-rules';

export const CLAIM_RULES: readonly ContradictionRule[] = [
  // Why: the definition names investment in technical resources; without the sign-off right or
  // the estates seat, investment responsibilities are advice that others may ignore.
  {
    id: 'investment-without-levers',
    section: 'authority',
    title: 'Investment responsibilities without a say in investment',
    explanation:
      'The role is asked to plan or lead investment in equipment and facilities, but it cannot approve equipment investment and has no seat on the estates and capital committee.',
    fix: 'Give the role the right to approve equipment investment or a seat on the estates and capital committee, or reword the responsibilities as advice.',
    applies: (d) =>
      responsibilityCount(d, ['investment']) > 0 &&
      authorityAnswered(d) &&
      !d.authority.decisionRights.includes('equipment-investment') &&
      !d.authority.seats.includes('estates-committee'),
  },
  // Why: an executive grade without a seat at the executive table pays for seniority the
  // role cannot use.
  {
    id: 'executive-grade-no-board',
    section: 'authority',
    title: 'An executive grade with no seat on the executive board',
    explanation: 'The role is graded as an executive post but does not sit on the executive board.',
    fix: 'Give the role a seat on the university executive board, or grade it above the spine instead.',
    applies: (d) =>
      d.authority.gradeBand === 'executive' && !d.authority.seats.includes('executive-board'),
  },
  {
    id: 'board-responsibility-no-seat',
    section: 'authority',
    title: 'A responsibility on the executive board without the seat',
    explanation:
      'A responsibility says the role serves on the executive board, but the executive board is not among its seats.',
    fix: 'Add the executive board to the role’s seats, or remove the responsibility.',
    applies: (d) =>
      hasResponsibility(d, 'exec-member') &&
      authorityAnswered(d) &&
      !d.authority.seats.includes('executive-board'),
  },
  // Why: an executive seat at an operational grade is unlikely to survive job evaluation.
  {
    id: 'board-seat-operational-grade',
    section: 'authority',
    title: 'An executive board seat at an operational grade',
    explanation:
      'The role sits on the executive board but is graded at 8 or below, below most of the people it sits with.',
    fix: 'Check the grade: roles on the executive board are usually graded above the spine.',
    applies: (d) => d.authority.seats.includes('executive-board') && gradeAtMost(d, 'grade-8'),
  },
  {
    id: 'budget-responsibility-no-budget',
    section: 'authority',
    title: 'A budget responsibility without a budget',
    explanation:
      'A responsibility says the role holds the technical budget, but its budget authority is “advises” or “no budget”.',
    fix: 'Give the role a delegated or owned budget, or remove the responsibility.',
    applies: (d) =>
      hasResponsibility(d, 'budget-holder') &&
      (d.authority.budgetAuthority === 'none' || d.authority.budgetAuthority === 'advises'),
  },
  {
    id: 'training-responsibility-no-right',
    section: 'authority',
    title: 'A training budget responsibility without the training budget',
    explanation:
      'A responsibility says the role manages the technical training budget, but it does not hold that budget.',
    fix: 'Give the role the training budget right, or reword the responsibility as advising on training.',
    applies: (d) =>
      hasResponsibility(d, 'training-budget') &&
      authorityAnswered(d) &&
      !d.authority.decisionRights.includes('training-budget'),
  },
  // Why: "owns the workforce plan" in the responsibilities but not in the rights is the mismatch job
  // evaluation marks down first (wording such as "own" and "lead" is what it reads).
  {
    id: 'workforce-plan-responsibility-no-right',
    section: 'authority',
    title: 'A workforce plan responsibility without owning the plan',
    explanation:
      'A responsibility says the role owns the technical workforce plan, but the role does not hold that right.',
    fix: 'Give the role the right to own the technical workforce plan, or reword the responsibility as contributing to it.',
    applies: (d) =>
      hasResponsibility(d, 'workforce-plan') &&
      authorityAnswered(d) &&
      !d.authority.decisionRights.includes('workforce-plan'),
  },
  {
    id: 'approval-responsibility-no-right',
    section: 'authority',
    title: 'An approval responsibility without the right to approve',
    explanation:
      'A responsibility says the role approves technical recruitment, regrading and promotion cases, but it holds neither right.',
    fix: 'Give the role the rights to approve technical recruitment and grading and promotion cases, or reword the responsibility as recommending them.',
    applies: (d) =>
      hasResponsibility(d, 'approve-cases') &&
      authorityAnswered(d) &&
      !d.authority.decisionRights.includes('technical-recruitment') &&
      !d.authority.decisionRights.includes('grading-promotion'),
  },
  // Why: the external role is part of what the report's leaders bring; a responsibility to represent the
  // institution nationally should show in the remit.
  {
    id: 'external-responsibility-no-remit',
    section: 'remit',
    title: 'An external responsibility with no external remit',
    explanation:
      'A responsibility asks the role to represent the institution in the sector or to influence policy, but the remit names no external role.',
    fix: 'Add the external remit the responsibility needs (sector networks, UK ITSS, the Technician Commitment, professional bodies or policy), or remove the responsibility.',
    applies: (d) =>
      hasResponsibility(d, 'sector-voice', 'policy-influence') &&
      d.remit.scope !== null &&
      d.remit.external.length === 0,
  },
];
