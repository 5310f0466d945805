/**
 * Contradictions an executive or a grading panel would catch, as data. Each rule says why it
 * matters in a comment, and fires only when the answers it reads have been given: an unanswered
 * question is not a contradiction. Helpers that read the draft live in contradiction-facts.ts.
 */
import type { Section } from './condition';
import {
  authorityAnswered,
  gradeAtMost,
  hasResponsibility,
  responsibilityCount,
  STRATEGIC_CLAUSES,
} from './contradiction-facts';
import type { RoleDraft } from './role-draft';

export interface ContradictionRule {
  id: string;
  section: Section;
  title: string;
  explanation: string | ((draft: RoleDraft) => string);
  fix: string;
  applies: (draft: RoleDraft) => boolean;
}

/**
 * Titles that promise strategy or seniority (DOMAIN.md §2 lists real ones). Note: "Chief
 * Technician" is a long-standing departmental title at grades 6–7, so it is not counted.
 */
const STRATEGIC_TITLE = /\b(director|head of|strateg\w*|chief(?! technician))\b/i;
const LOW_BUDGET = ['none', 'advises'];

export const CONTRADICTION_RULES: readonly ContradictionRule[] = [
  // Why: the report's leaders made a difference where they could decide, not only advise;
  // strategic responsibilities with no seat and no budget is responsibility without authority.
  {
    id: 'responsibilities-without-authority',
    section: 'authority',
    title: 'Strategic responsibilities without the authority to deliver them',
    explanation:
      'The role is asked to set strategy, policy or investment, but it has no seat where decisions are made and no budget of its own.',
    fix: 'Give the role a seat on a deciding body (the executive board, or the estates or research committee) or a delegated budget; otherwise reword the responsibilities as advice.',
    applies: (d) =>
      responsibilityCount(d, STRATEGIC_CLAUSES) >= 2 &&
      d.authority.budgetAuthority !== null &&
      LOW_BUDGET.includes(d.authority.budgetAuthority) &&
      d.authority.seats.length === 0,
  },
  // Why: technical job families often stop at grade 7 or 8; a "Director" there will not be
  // read as strategic by peers, and job evaluation will mark the title down.
  {
    id: 'strategic-title-operational-grade',
    section: 'authority',
    title: 'A strategic title at an operational grade',
    explanation: (d) =>
      `The title “${d.authority.title.trim()}” promises a strategic role, but grade 8 or below is where technical job families usually stop.`,
    fix: 'Grade the role at 9 or above, or choose a title that matches the grade, such as “Technical Services Manager”.',
    applies: (d) => STRATEGIC_TITLE.test(d.authority.title) && gradeAtMost(d, 'grade-8'),
  },
  // Why: a leader for the whole institution who answers to one dean is seen as that faculty's.
  {
    id: 'institution-remit-local-line',
    section: 'authority',
    title: 'An institution-wide remit reporting into one faculty or department',
    explanation:
      'The remit covers the whole institution, but the role reports to the head of one faculty, school or department, so other faculties may not accept its decisions.',
    fix: 'Have the role report to the Vice-Chancellor, a Deputy or Pro-Vice-Chancellor or the Chief Operating Officer, or narrow the remit.',
    applies: (d) =>
      d.remit.scope === 'institution' &&
      (d.authority.reportsTo === 'faculty-head' || d.authority.reportsTo === 'department-head'),
  },
  // Why: the definition ends with "meaningful development opportunities"; 74% of technicians
  // in Unite's survey see no transparent career pathway.
  {
    id: 'no-development-route',
    section: 'responsibilities',
    title: 'No development route for technicians',
    explanation:
      'No responsibility opens development for technicians, and the role cannot approve grading and promotion cases or hold the training budget.',
    fix: 'Add a development responsibility (career pathways, mentoring, leadership programmes) or give the role the grading and promotion or training budget right.',
    applies: (d) =>
      d.responsibilities.length > 0 &&
      authorityAnswered(d) &&
      responsibilityCount(d, ['development']) === 0 &&
      !d.authority.decisionRights.includes('grading-promotion') &&
      !d.authority.decisionRights.includes('training-budget'),
  },
  // Why: an institution-wide remit is a full-time job; a part-time post signals it is not.
  {
    id: 'part-time-institution-wide',
    section: 'authority',
    title: 'A part-time post carrying an institution-wide remit',
    explanation: (d) =>
      `The post is ${d.authority.fte} FTE but leads technical work across the whole institution.`,
    fix: 'Make the post at least 0.8 FTE, or narrow the remit to what the hours allow.',
    applies: (d) =>
      d.authority.fte !== null && d.authority.fte < 0.8 && d.remit.scope === 'institution',
  },
  // Why: a panel checks the dimensions first; impossible numbers discredit the rest.
  {
    id: 'remit-exceeds-community',
    section: 'remit',
    title: 'More technicians in the remit than in the institution',
    explanation: (d) =>
      `The remit covers ${d.remit.techniciansInRemit} technicians, but the institution’s technical community is ${d.context.technicalCommunitySize}.`,
    fix: 'Check both head counts: the remit cannot be larger than the technical community.',
    applies: (d) =>
      d.remit.techniciansInRemit !== null &&
      d.context.technicalCommunitySize !== null &&
      d.remit.techniciansInRemit > d.context.technicalCommunitySize,
  },
  // Why: a budget is authority only if there is money in it.
  {
    id: 'budget-without-amount',
    section: 'authority',
    title: 'A budget with no money in it',
    explanation: 'The role is said to hold a budget, but its annual budget is £0.',
    fix: 'Enter the annual budget the role holds, or change the budget authority to “advises” or “no budget”.',
    applies: (d) =>
      (d.authority.budgetAuthority === 'delegated' || d.authority.budgetAuthority === 'full') &&
      d.authority.annualBudget === 0,
  },
  {
    id: 'amount-without-budget',
    section: 'authority',
    title: 'An annual budget on a role with no budget',
    explanation: 'The role is said to have no budget, yet an annual budget is given.',
    fix: 'Say whether the role holds that budget (delegated or owned) or advises on it; or remove the amount.',
    applies: (d) =>
      d.authority.budgetAuthority === 'none' &&
      d.authority.annualBudget !== null &&
      d.authority.annualBudget > 0,
  },
  // Why: leading over a hundred people alone, with no managers reporting in, is not credible.
  {
    id: 'large-remit-no-reports',
    section: 'authority',
    title: 'A large remit with no direct reports',
    explanation: (d) =>
      `The remit covers ${d.remit.techniciansInRemit} technicians, but nobody reports to the role.`,
    fix: 'Give the role line management of the technical managers in its remit, or explain how it leads them (a matrix of technical managers, for example).',
    applies: (d) =>
      d.remit.techniciansInRemit !== null &&
      d.remit.techniciansInRemit > 100 &&
      d.authority.directReports === 0,
  },
  {
    id: 'reports-exceed-remit',
    section: 'authority',
    title: 'More direct reports than technicians in the remit',
    explanation: 'The role has more direct reports than there are technicians in its remit.',
    fix: 'Check both numbers: direct reports are usually part of the remit.',
    applies: (d) =>
      d.authority.directReports !== null &&
      d.remit.techniciansInRemit !== null &&
      d.authority.directReports > d.remit.techniciansInRemit,
  },
  // Why: a signatory names a lead and owes an action plan; 62% of technicians call local
  // Technician Commitment work "tick-box" (Unite survey).
  {
    id: 'signatory-without-lead',
    section: 'responsibilities',
    title: 'A Technician Commitment signatory, but nobody leads it in this role',
    explanation:
      'The institution has signed the Technician Commitment, but no responsibility in this role leads the self-assessment and action plan.',
    fix: 'Add “Lead the institution’s Technician Commitment”, or say in the job description who leads it and how this role supports them.',
    applies: (d) =>
      d.context.techCommitmentSignatory === true &&
      d.responsibilities.length > 0 &&
      !hasResponsibility(d, 'tc-lead') &&
      !d.responsibilities.some((r) => /technician commitment/i.test(r.text)),
  },
];
