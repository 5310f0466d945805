/**
 * Contradictions between what the role may decide and what it has to decide with: a seat, a
 * sign-off right or a responsibility that the post's hours, budget, grade or remit cannot carry. Each
 * fires only when the answers it reads have been given.
 */
import { gradeAtMost } from './contradiction-facts';
import type { ContradictionRule } from './contradiction-rules';
import type { RoleDraft } from './role-draft';

/** Wording that gives a responsibility the whole institution as its reach. */
const INSTITUTION_WIDE =
  /\b(institution[- ]wide|across the (whole )?institution|university[- ]wide)\b/i;

const institutionWideDuties = (d: RoleDraft) =>
  d.responsibilities.filter((r) => INSTITUTION_WIDE.test(r.text));

export const REACH_RULES: readonly ContradictionRule[] = [
  // Why: an executive board meets weekly or fortnightly and expects its members to carry its
  // decisions through; a post of under half time cannot attend and deliver both.
  {
    id: 'executive-seat-fractional-post',
    section: 'authority',
    title: 'An executive-board seat on a post of under half time',
    explanation: (d) =>
      `The role sits on the university executive board, but the post is ${d.authority.fte} FTE: too few hours to attend and carry the board’s decisions through.`,
    fix: 'Make the post at least 0.5 FTE (0.8 or more for an institution-wide remit), or replace the board seat with a standing invitation for technical items.',
    applies: (d) =>
      d.authority.seats.includes('executive-board') &&
      d.authority.fte !== null &&
      d.authority.fte < 0.5,
  },
  // Why: signing off a training budget is budget authority; a role said to hold no budget
  // cannot also hold that one.
  {
    id: 'training-budget-without-budget',
    section: 'authority',
    title: 'Holds the training budget, but no budget at all',
    explanation:
      'The role is said to hold the technical training budget, but its budget authority is “No budget”.',
    fix: 'Set the budget authority to “Holds a delegated budget” and give the amount, or remove the training budget right.',
    applies: (d) =>
      d.authority.decisionRights.includes('training-budget') &&
      d.authority.budgetAuthority === 'none',
  },
  // Why: a grading panel will not accept a grade 6 post approving the grading and promotion of
  // technicians who may be graded above it (HERA panels sit above the grades they assess).
  {
    id: 'grading-signoff-low-grade',
    section: 'authority',
    title: 'Signs off grading and promotion from grade 6',
    explanation:
      'The role approves technical grading and promotion cases, but is itself graded 6 or below, under many of the technicians whose cases it would approve.',
    fix: 'Grade the role at 8 or above, or make it recommend grading cases to a panel rather than approve them.',
    applies: (d) =>
      d.authority.decisionRights.includes('grading-promotion') && gradeAtMost(d, 'grade-6'),
  },
  // Why: a remit of named facilities cannot reach across the institution; the candidate and the
  // panel will ask which is true.
  {
    id: 'institution-responsibility-facilities-remit',
    section: 'remit',
    title: 'An institution-wide responsibility on a remit of named facilities',
    explanation: (d) => {
      const duties = institutionWideDuties(d);
      const first = duties[0]?.text ?? '';
      return `The remit is named facilities or services, but ${duties.length === 1 ? 'a responsibility reaches' : `${duties.length} responsibilities reach`} across the institution, for example “${first}”.`;
    },
    fix: 'Widen the remit to the institution, or reword those responsibilities to the facilities the role runs.',
    applies: (d) => d.remit.scope === 'facilities' && institutionWideDuties(d).length > 0,
  },
];
