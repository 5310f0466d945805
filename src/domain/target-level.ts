/**
 * The level a role is meant to be (issue 12, item 6). The review still measures every role
 * against the definition, but a faculty or school technical lead, or a service or facility lead,
 * is not meant to hold what only an institution's strategic technical leader holds (a seat on the
 * executive board, an institution-wide remit, the institution's technical budget). So the changes
 * the review suggests keep to what fits the level, and it says plainly when the level itself is
 * the gap. What each level may hold is data below, each line with its why.
 */
import { pounds } from './job-description/format';
import type { BandPath } from './path-to-next-band';
import type { RoleDraft } from './role-draft';
import {
  BUDGET_AUTHORITY,
  DECISION_RIGHTS,
  GRADE_BANDS,
  REPORTING_DISTANCE,
  REPORTING_LINES,
  SCOPES,
  TARGET_LEVELS,
  rank,
  type BudgetAuthority,
  type DecisionRight,
  type ExternalRemit,
  type GradeBand,
  type Scope,
  type Seat,
  type TargetLevel,
} from './options';
import type { Raise } from './score-clause';
import { applied, type ChangeFilter } from './top-changes';

/** What a level below the institution's may hold; anything more is beyond it. */
interface LevelReach {
  /** Why: a faculty lead's remit is the faculty; a facility lead's, the facilities named. */
  widestScope: Scope;
  /** Why: faculty technical leads sit at grade 9–10 at most; facility managers at 8–9. */
  highestGrade: GradeBand;
  /** Fewest steps from the head of the institution. Why: a line to the VC, a DVC, a PVC or the COO is the institution's leadership. */
  nearestReporting: number;
  /** Why: the executive board, senate, council and the people committee are the institution's. */
  seats: readonly Seat[];
  /** Why: owning the technical budget and setting its priorities is the institution's; a faculty's or a facility's budget is delegated. */
  mostBudget: BudgetAuthority;
  /** A budget of this many pounds or more is beyond the level (the scoring's own tiers). */
  budgetBelow: number;
  /** Why: the technical workforce plan is the institution's; a facility lead does not sign off grading. */
  rights: readonly DecisionRight[];
  /** Why: national policy is the work of the institution's leader. */
  external: readonly ExternalRemit[];
  /** Catalogue responsibilities whose own words give the role more than the level. */
  beyondResponsibilities: readonly string[];
}

/** Responsibilities that name the institution's whole technical work, its executive or its council. */
const INSTITUTION_ONLY = [
  'exec-member',
  'budget-holder',
  'approve-cases',
  'technical-board',
  'risk-assurance',
  'lead-technical-services',
  'technical-strategy',
  'operating-model',
  'workforce-forecast',
  'scenario-planning',
  'tc-lead',
  'governance-voice',
  'technician-network',
  'sector-voice',
  'policy-influence',
  'job-family',
  'promotion-policy',
  'costing-policy',
  'equipment-sharing-policy',
  'institution-policy',
  'workforce-plan',
  'equipment-investment',
  'infrastructure-plan',
] as const;

/** Responsibilities for a faculty's technical work or its whole workforce, beyond one service. */
const FACULTY_AND_ABOVE = [
  'faculty-technical-plan',
  'faculty-one-service',
  'local-technician-commitment',
  'teaching-research-view',
  'strategy-input',
  'advise-executive',
  'horizon-scanning',
  'skills-gap',
  'skills-framework',
  'data-intelligence',
  'knowledge-sharing',
  'common-standards',
] as const;

const ALL_EXTERNAL: readonly ExternalRemit[] = [
  'sector-networks',
  'uk-itss',
  'technician-commitment',
  'professional-bodies',
];

export const LEVEL_REACH: Record<Exclude<TargetLevel, 'institution'>, LevelReach> = {
  faculty: {
    widestScope: 'one-faculty',
    highestGrade: 'grade-10',
    nearestReporting: 3,
    seats: [
      'research-committee',
      'education-committee',
      'estates-committee',
      'health-safety-committee',
      'edi-committee',
    ],
    mostBudget: 'delegated',
    budgetBelow: 5_000_000,
    rights: [
      'technical-recruitment',
      'grading-promotion',
      'equipment-investment',
      'training-budget',
    ],
    external: ALL_EXTERNAL,
    beyondResponsibilities: INSTITUTION_ONLY,
  },
  service: {
    widestScope: 'facilities',
    highestGrade: 'grade-9',
    nearestReporting: 3,
    seats: ['health-safety-committee', 'edi-committee'],
    mostBudget: 'delegated',
    budgetBelow: 1_000_000,
    rights: ['technical-recruitment', 'equipment-investment', 'training-budget'],
    external: ALL_EXTERNAL,
    beyondResponsibilities: [...INSTITUTION_ONLY, ...FACULTY_AND_ABOVE],
  },
};

const SEAT_WORDS: Record<Seat, string> = {
  'executive-board': 'a seat on the university executive board',
  senate: 'a seat on senate or the academic board',
  council: 'attendance at council',
  'research-committee': 'a seat on the research committee',
  'education-committee': 'a seat on the education committee',
  'estates-committee': 'a seat on the estates and capital committee',
  'people-committee': 'a seat on the people committee',
  'health-safety-committee': 'a seat on the health and safety committee',
  'edi-committee': 'a seat on the equality, diversity and inclusion committee',
};

const SCOPE_WORDS: Record<Scope, string> = {
  facilities: 'a remit of named facilities',
  'one-faculty': 'a faculty-wide remit',
  'several-faculties': 'a remit across several faculties',
  institution: 'an institution-wide remit',
};

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** What the draft holds that the level is not meant to, in plain words; none for the institution's. */
export function beyondLevel(draft: RoleDraft, level: TargetLevel | null): string[] {
  if (!level || level === 'institution') return [];
  const reach = LEVEL_REACH[level];
  const { remit, authority } = draft;
  const out: string[] = [];
  if (remit.scope && rank(SCOPES.ids, remit.scope) > rank(SCOPES.ids, reach.widestScope)) {
    out.push(SCOPE_WORDS[remit.scope]);
  }
  for (const seat of authority.seats) if (!reach.seats.includes(seat)) out.push(SEAT_WORDS[seat]);
  if (authority.reportsTo && REPORTING_DISTANCE[authority.reportsTo] < reach.nearestReporting) {
    out.push(`a reporting line to the ${REPORTING_LINES.label(authority.reportsTo)}`);
  }
  if (
    authority.gradeBand &&
    rank(GRADE_BANDS.ids, authority.gradeBand) > rank(GRADE_BANDS.ids, reach.highestGrade)
  ) {
    out.push(`the grade “${GRADE_BANDS.label(authority.gradeBand)}”`);
  }
  if (
    authority.budgetAuthority &&
    rank(BUDGET_AUTHORITY.ids, authority.budgetAuthority) >
      rank(BUDGET_AUTHORITY.ids, reach.mostBudget)
  ) {
    out.push('ownership of the technical budget');
  }
  if (authority.annualBudget !== null && authority.annualBudget >= reach.budgetBelow) {
    out.push(
      `a budget of ${pounds(authority.annualBudget)} (${pounds(reach.budgetBelow)} or more)`,
    );
  }
  for (const right of authority.decisionRights) {
    if (!reach.rights.includes(right))
      out.push(`the right to ${lower(DECISION_RIGHTS.label(right))}`);
  }
  for (const where of remit.external) {
    if (!reach.external.includes(where)) out.push('work on national policy');
  }
  for (const r of draft.responsibilities) {
    if (r.catalogueId && reach.beyondResponsibilities.includes(r.catalogueId)) {
      out.push(`the responsibility “${r.text}”`);
    }
  }
  return out;
}

/**
 * Whether a suggested change fits the level: made on the draft, it gives the role nothing the
 * level is not meant to hold. Every change fits when the level is the institution's or not said.
 */
export function fitsLevel(raise: Raise, draft: RoleDraft, level: TargetLevel | null): boolean {
  if (!level || level === 'institution') return true;
  const changed = applied(raise, draft);
  if (!changed) return false;
  const before = new Set(beyondLevel(draft, level));
  return beyondLevel(changed, level).every((item) => before.has(item));
}

/**
 * What the definition asks for that the level is never meant to hold: the review says so plainly
 * (issue 12: "says when the level itself is the gap").
 */
export const OUT_OF_REACH: Record<TargetLevel, string> = {
  institution: '',
  faculty:
    'leadership of the whole institution’s technical workforce (an institution-wide remit, a seat on the executive board, the technical budget and the workforce plan)',
  service:
    'strategic leadership beyond the facilities (a faculty-wide or institution-wide remit, a seat where institutional decisions are made, a budget of £1 million or more and the workforce plan)',
};

/** The level's name as people read it, with "Not said yet" when unset. */
export const levelName = (level: TargetLevel | null) =>
  level ? TARGET_LEVELS.label(level) : 'Not said yet';

/** The filter the review's suggestions take: only changes that fit the level. */
export const fitsLevelOf =
  (level: TargetLevel | null): ChangeFilter =>
  (raise, draft) =>
    fitsLevel(raise, draft, level);

/**
 * True when the level itself is the gap: the role is meant to be below the institution's, and no
 * change that fits its level takes it to the band above (the path was made with fitsLevelOf).
 */
export const levelIsTheGap = (level: TargetLevel | null, path: BandPath | null): boolean =>
  Boolean(level && level !== 'institution' && path && !path.reached);
