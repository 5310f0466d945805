/**
 * The scoring rules, as data. Each clause scores 0–100: points from the responsibilities the
 * draft holds (capped) plus points from the answers that give the role the means to act on
 * them. Every clause's cap plus its signals add up to exactly 100, so every clause can reach 100.
 */
import type { ClauseId } from './definition';
import type { Condition, Needs } from './condition';

/**
 * The rules' version, stated in the exported annex. Version 2 (issue 12): duties no longer earn
 * "empowered", remit earns alignment only with the authority or work that uses it, budgets count
 * by their size, and two strong statements cover a clause.
 */
export const RULES_VERSION = 2;

/** Points a responsibility adds to a clause it evidences directly, or in part. */
export const RESPONSIBILITY_POINTS = {
  /**
   * Why 30 (was 20): two responsibilities that evidence a clause directly now cover it (the cap
   * is 60), so six to eight strong ones can describe a whole role and a third on a covered clause
   * adds nothing; length no longer buys a band (issue 12).
   */
  primary: 30,
  /** Why 12 (was 8): in proportion to primary, about two fifths. */
  secondary: 12,
  // A responsibility the user wrote earns these too, for what its wording evidences
  // (responsibility-worth.ts reads it with the job-description reader's cues).
} as const;

/**
 * The most a clause can take from responsibilities alone.
 * Why: a role is not "empowered" because its description says so; the definition's first
 * clause is evidenced by authority only (seats, budget, rights, reporting line, grade), so duties
 * earn it nothing (was 20: the scoring's own rule said duties cannot earn it, issue 12).
 * Anticipating future needs is mostly analysis work, so responsibilities carry 70. Workforce
 * carries 55: the size of the team led takes the other 5.
 */
export const RESPONSIBILITY_CAP: Record<ClauseId, number> = {
  empowered: 0,
  aligns: 60,
  anticipates: 70,
  advocates: 60,
  policies: 60,
  workforce: 55,
  skills: 60,
  investment: 60,
  development: 60,
};

export interface Signal {
  id: string;
  clause: ClauseId;
  points: number;
  condition: Condition;
  /** Why this answer evidences the clause, in a phrase. */
  because: string;
  /** What else must hold before it counts; none when absent. */
  needs?: Needs;
}

const EXECUTIVE: Condition = { kind: 'seat', anyOf: ['executive-board'] };
const EXECUTIVE_SEAT = EXECUTIVE;

/** Why: a budget counts only when the role holds it (delegated or owned), not when it advises. */
const HOLDS_BUDGET: Needs = {
  answers: [{ kind: 'budget-at-least', level: 'delegated' }],
  responsibilities: [],
};

/**
 * Why: a broad remit aligns the workforce with long-term goals only when the role has the
 * authority that uses it (the workforce plan, a seat at the executive, the technical budget) or
 * strategic work in its statements. Before issue 12 an institution-wide remit alone earned 25.
 */
const USES_REMIT: Needs = {
  answers: [
    { kind: 'decision-right', right: 'workforce-plan' },
    EXECUTIVE_SEAT,
    { kind: 'budget-at-least', level: 'full' },
  ],
  responsibilities: [
    'technical-strategy',
    'operating-model',
    'technical-board',
    'workforce-plan',
    'teaching-research-view',
    'infrastructure-plan',
  ],
};

const GOVERNANCE: Condition = { kind: 'seat', anyOf: ['senate', 'council'] };

export const SIGNALS: readonly Signal[] = [
  // Empowered decision-maker: a seat, a reporting line, a grade, a budget, sign-off rights.
  {
    id: 'emp-exec',
    clause: 'empowered',
    // Why 30 (was 25): with duties no longer earning "empowered", authority carries all 100.
    points: 30,
    condition: EXECUTIVE,
    because: 'decisions are made there',
  },
  {
    id: 'emp-report-2',
    clause: 'empowered',
    points: 10,
    condition: { kind: 'reporting-within', steps: 2 },
    because: 'close to the head of the institution',
  },
  {
    id: 'emp-report-1',
    clause: 'empowered',
    points: 5,
    condition: { kind: 'reporting-within', steps: 1 },
    because: 'reports to the head of the institution',
  },
  {
    // Why (issue 12): resolution at the bottom; a line to a dean or a director is nearer the
    // decisions than a line to a head of department.
    id: 'emp-report-3',
    clause: 'empowered',
    points: 3,
    condition: { kind: 'reporting-within', steps: 3 },
    because: 'one step from those who report to the head',
  },
  {
    // Why (issue 12): roles of different weight score differently; grade 8 manages a service.
    id: 'emp-grade-8',
    clause: 'empowered',
    points: 4,
    condition: { kind: 'grade-at-least', band: 'grade-8' },
    because: 'the grade of a manager of technical services',
  },
  {
    id: 'emp-grade-9',
    clause: 'empowered',
    points: 4,
    condition: { kind: 'grade-at-least', band: 'grade-9' },
    because: 'above the grade 7–8 ceiling of most technical job families',
  },
  {
    id: 'emp-grade-10',
    clause: 'empowered',
    // Why 6 (was 8): grade 8 and 9 now take part of the ladder.
    points: 6,
    condition: { kind: 'grade-at-least', band: 'grade-10' },
    because: 'breaks the grade 7–8 ceiling of technical job families',
  },
  {
    id: 'emp-grade-above',
    clause: 'empowered',
    points: 7,
    condition: { kind: 'grade-at-least', band: 'above-spine' },
    because: 'senior enough to sit with other institutional leaders',
  },
  {
    // Why 3 (was 10): any delegated budget earned 10 whether £15,000 or £4 million; its size now
    // counts in tiers a finance director would recognise (issue 12).
    id: 'emp-budget',
    clause: 'empowered',
    points: 3,
    condition: { kind: 'budget-at-least', level: 'delegated' },
    because: 'decisions can be funded',
  },
  {
    id: 'emp-budget-100k',
    clause: 'empowered',
    points: 3,
    condition: { kind: 'budget-amount-at-least', pounds: 100_000 },
    needs: HOLDS_BUDGET,
    because: 'the running budget of a facility or service',
  },
  {
    id: 'emp-budget-1m',
    clause: 'empowered',
    points: 5,
    condition: { kind: 'budget-amount-at-least', pounds: 1_000_000 },
    needs: HOLDS_BUDGET,
    because: 'the technical budget of a faculty',
  },
  {
    id: 'emp-budget-5m',
    clause: 'empowered',
    points: 5,
    condition: { kind: 'budget-amount-at-least', pounds: 5_000_000 },
    needs: HOLDS_BUDGET,
    because: 'the technical budget of an institution',
  },
  {
    id: 'emp-budget-full',
    clause: 'empowered',
    points: 5,
    condition: { kind: 'budget-at-least', level: 'full' },
    because: 'sets spending priorities',
  },
  {
    id: 'emp-recruit',
    clause: 'empowered',
    points: 2,
    condition: { kind: 'decision-right', right: 'technical-recruitment' },
    because: 'signs off decisions',
  },
  {
    id: 'emp-grading',
    clause: 'empowered',
    points: 2,
    condition: { kind: 'decision-right', right: 'grading-promotion' },
    because: 'signs off decisions',
  },
  {
    id: 'emp-equipment',
    clause: 'empowered',
    points: 2,
    condition: { kind: 'decision-right', right: 'equipment-investment' },
    because: 'signs off decisions',
  },
  {
    id: 'emp-workforce',
    clause: 'empowered',
    points: 2,
    condition: { kind: 'decision-right', right: 'workforce-plan' },
    because: 'signs off decisions',
  },
  {
    id: 'emp-training',
    clause: 'empowered',
    points: 2,
    condition: { kind: 'decision-right', right: 'training-budget' },
    because: 'signs off decisions',
  },

  // Aligns the technical workforce with long-term goals: breadth of remit.
  {
    id: 'ali-several',
    clause: 'aligns',
    points: 10,
    condition: { kind: 'scope-at-least', scope: 'several-faculties' },
    needs: USES_REMIT,
    because: 'spans more than one faculty',
  },
  {
    id: 'ali-institution',
    clause: 'aligns',
    points: 15,
    condition: { kind: 'scope-at-least', scope: 'institution' },
    needs: USES_REMIT,
    because: 'the whole technical workforce is in view',
  },
  {
    id: 'ali-areas-3',
    clause: 'aligns',
    points: 5,
    condition: { kind: 'areas-at-least', count: 3 },
    needs: USES_REMIT,
    because: 'crosses teaching and research settings',
  },
  {
    id: 'ali-areas-5',
    clause: 'aligns',
    points: 5,
    condition: { kind: 'areas-at-least', count: 5 },
    needs: USES_REMIT,
    because: 'a holistic view of technical work',
  },
  {
    id: 'ali-plan',
    clause: 'aligns',
    points: 5,
    condition: { kind: 'decision-right', right: 'workforce-plan' },
    because: 'the plan is where alignment is set',
  },

  // Anticipates future needs: the levers that turn foresight into plans.
  {
    id: 'ant-plan',
    clause: 'anticipates',
    points: 10,
    condition: { kind: 'decision-right', right: 'workforce-plan' },
    because: 'forecasts become the workforce plan',
  },
  {
    id: 'ant-equipment',
    clause: 'anticipates',
    points: 10,
    condition: { kind: 'decision-right', right: 'equipment-investment' },
    because: 'forecasts become equipment decisions',
  },
  {
    id: 'ant-research',
    clause: 'anticipates',
    points: 5,
    condition: { kind: 'seat', anyOf: ['research-committee'] },
    because: 'sees research plans early',
  },
  {
    id: 'ant-networks',
    clause: 'anticipates',
    points: 5,
    condition: { kind: 'external', remit: 'sector-networks' },
    because: 'learns what is coming from peers',
  },

  // Advocates for technicians: a voice in governance and in the sector.
  {
    id: 'adv-exec',
    clause: 'advocates',
    points: 10,
    condition: EXECUTIVE,
    because: 'technicians are represented where decisions are made',
  },
  {
    id: 'adv-governance',
    clause: 'advocates',
    points: 5,
    condition: GOVERNANCE,
    because: 'technicians are represented in governance',
  },
  {
    id: 'adv-people',
    clause: 'advocates',
    points: 5,
    condition: { kind: 'seat', anyOf: ['people-committee'] },
    because: 'speaks for technicians on people matters',
  },
  {
    id: 'adv-tc',
    clause: 'advocates',
    points: 10,
    condition: { kind: 'external', remit: 'technician-commitment' },
    because: 'part of the national Technician Commitment community',
  },
  {
    id: 'adv-itss',
    clause: 'advocates',
    points: 5,
    condition: { kind: 'external', remit: 'uk-itss' },
    because: 'works with the national body for technical skills',
  },
  {
    id: 'adv-networks',
    clause: 'advocates',
    points: 5,
    condition: { kind: 'external', remit: 'sector-networks' },
    because: 'speaks for technicians across the sector',
  },

  // Shapes policies: where policy is approved.
  {
    id: 'pol-grading',
    clause: 'policies',
    points: 15,
    condition: { kind: 'decision-right', right: 'grading-promotion' },
    because: 'approves how technical roles are graded and promoted',
  },
  {
    id: 'pol-people',
    clause: 'policies',
    points: 10,
    condition: { kind: 'seat', anyOf: ['people-committee'] },
    because: 'people policies are agreed there',
  },
  {
    id: 'pol-external',
    clause: 'policies',
    points: 10,
    condition: { kind: 'external', remit: 'policy' },
    because: 'shapes policy beyond the institution',
  },
  {
    id: 'pol-governance',
    clause: 'policies',
    points: 5,
    condition: GOVERNANCE,
    because: 'institutional policy is approved there',
  },

  // Workforce sustainability: who is recruited and how the workforce is planned.
  {
    id: 'wor-recruit',
    clause: 'workforce',
    points: 15,
    condition: { kind: 'decision-right', right: 'technical-recruitment' },
    because: 'decides who is recruited',
  },
  {
    id: 'wor-plan',
    clause: 'workforce',
    points: 15,
    condition: { kind: 'decision-right', right: 'workforce-plan' },
    because: 'owns succession and numbers',
  },
  {
    id: 'wor-people',
    clause: 'workforce',
    points: 5,
    condition: { kind: 'seat', anyOf: ['people-committee'] },
    because: 'shapes recruitment and retention policy',
  },
  {
    // Why (issue 12): roles of different weight score differently; the number of technicians a
    // role leads is the workforce whose sustainability it answers for.
    id: 'wor-team-20',
    clause: 'workforce',
    points: 2,
    condition: { kind: 'team-at-least', count: 20 },
    because: 'answers for a team of technicians',
  },
  {
    id: 'wor-team-100',
    clause: 'workforce',
    points: 3,
    condition: { kind: 'team-at-least', count: 100 },
    because: 'answers for a large technical workforce',
  },
  {
    id: 'wor-itss',
    clause: 'workforce',
    points: 5,
    condition: { kind: 'external', remit: 'uk-itss' },
    because: 'access to apprenticeship and early-career routes',
  },

  // Skills development: the training budget and professional standards.
  {
    id: 'ski-training',
    clause: 'skills',
    points: 20,
    condition: { kind: 'decision-right', right: 'training-budget' },
    because: 'funds skills development',
  },
  {
    id: 'ski-bodies',
    clause: 'skills',
    points: 10,
    condition: { kind: 'external', remit: 'professional-bodies' },
    because: 'links skills to professional registration',
  },
  {
    id: 'ski-education',
    clause: 'skills',
    points: 5,
    condition: { kind: 'seat', anyOf: ['education-committee'] },
    because: 'ties technical skills to teaching',
  },
  {
    id: 'ski-itss',
    clause: 'skills',
    points: 5,
    condition: { kind: 'external', remit: 'uk-itss' },
    because: 'access to national learning programmes',
  },

  // Investment in technical resources: equipment, estates and money.
  {
    id: 'inv-equipment',
    clause: 'investment',
    points: 15,
    condition: { kind: 'decision-right', right: 'equipment-investment' },
    because: 'approves equipment investment',
  },
  {
    id: 'inv-estates',
    clause: 'investment',
    points: 10,
    condition: { kind: 'seat', anyOf: ['estates-committee'] },
    because: 'capital decisions are made there',
  },
  {
    // Why (issue 12): was 10 for any delegated budget; now the money to invest counts by size.
    id: 'inv-budget-1m',
    clause: 'investment',
    points: 5,
    condition: { kind: 'budget-amount-at-least', pounds: 1_000_000 },
    needs: HOLDS_BUDGET,
    because: 'has money to invest across a faculty',
  },
  {
    id: 'inv-budget-5m',
    clause: 'investment',
    points: 5,
    condition: { kind: 'budget-amount-at-least', pounds: 5_000_000 },
    needs: HOLDS_BUDGET,
    because: 'has money to invest across the institution',
  },
  {
    id: 'inv-research',
    clause: 'investment',
    points: 5,
    condition: { kind: 'seat', anyOf: ['research-committee'] },
    because: 'shapes research infrastructure',
  },

  // Access to meaningful development: routes, funding and national programmes.
  {
    id: 'dev-training',
    clause: 'development',
    points: 10,
    condition: { kind: 'decision-right', right: 'training-budget' },
    because: 'funds development',
  },
  {
    id: 'dev-grading',
    clause: 'development',
    points: 10,
    condition: { kind: 'decision-right', right: 'grading-promotion' },
    because: 'opens promotion routes',
  },
  {
    id: 'dev-itss',
    clause: 'development',
    points: 10,
    condition: { kind: 'external', remit: 'uk-itss' },
    because: 'access to placements, mentoring and leadership programmes',
  },
  {
    id: 'dev-bodies',
    clause: 'development',
    points: 5,
    condition: { kind: 'external', remit: 'professional-bodies' },
    because: 'professional registration as a development route',
  },
  {
    id: 'dev-edi',
    clause: 'development',
    points: 5,
    condition: { kind: 'seat', anyOf: ['edi-committee'] },
    because: 'development open to everyone',
  },
];

/**
 * How much each clause counts in the overall score. Why: the definition's head noun is "an
 * empowered decision-maker", and alignment with long-term goals is what the rest serves;
 * the other seven clauses count equally.
 */
export const CLAUSE_WEIGHTS: Record<ClauseId, number> = {
  empowered: 2,
  aligns: 1.5,
  anticipates: 1,
  advocates: 1,
  policies: 1,
  workforce: 1,
  skills: 1,
  investment: 1,
  development: 1,
};

export type BandId = 'strategic' | 'partial' | 'senior-manager' | 'operational';

export interface Band {
  id: BandId;
  /** Lowest overall score in the band. */
  min: number;
  name: string;
  verdict: string;
}

/**
 * Highest first. Why these limits (issue 12): set on the calibration set
 * (src/domain/calibration/), 30 roles a sector expert placed in bands. Under the old limits
 * (55 and 35) every faculty technical manager and head of operations fell in the bottom band;
 * now running one facility or department stays below 20, a faculty or an institution's service
 * without strategy sits from 20, and institution-wide strategic work from 47.
 */
export const BANDS: readonly Band[] = [
  {
    id: 'strategic',
    min: 75,
    name: 'Strategic technical leader as defined',
    verdict:
      'The role matches the report’s definition: it has the authority to decide and the remit to lead the technical workforce.',
  },
  {
    id: 'partial',
    min: 47,
    name: 'Strategic in part',
    verdict:
      'The role carries strategic work but lacks some of what the definition asks for. The changes below would close the gap.',
  },
  {
    id: 'senior-manager',
    min: 20,
    name: 'Senior technical manager',
    verdict:
      'This reads as a senior management role with a strategic title: it runs technical services more than it shapes them.',
  },
  {
    id: 'operational',
    min: 0,
    name: 'Operational lead',
    verdict:
      'This is an operational role. To become strategic it needs authority, an institution-wide remit and strategic responsibilities.',
  },
];

/**
 * How many responsibilities a UK job description usually holds (DOMAIN.md §5: six to eight key
 * responsibilities). Why: more add nothing to the score (two cover a clause), and the review says
 * so when a draft is longer than a job description should be (issue 12).
 */
export const JOB_DESCRIPTION_RESPONSIBILITIES = { fewest: 6, most: 8 } as const;

/**
 * Why: a role cannot be the definition's "empowered decision-maker" without authority, however
 * strong the rest; below this empowered score the top band is out of reach.
 */
export const TOP_BAND_MIN_EMPOWERED = 60;
