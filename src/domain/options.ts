/**
 * The answer lists a role draft is made of: ids stored in drafts (stable, never renamed) and the
 * labels people read. Vocabulary from DOMAIN.md §3 and §4.
 */

export interface Option<T extends string> {
  id: T;
  label: string;
}

const options = <const T extends string>(list: readonly Option<T>[]) => ({
  ids: list.map((o) => o.id) as unknown as readonly [T, ...T[]],
  list,
  label: (id: T): string => list.find((o) => o.id === id)?.label ?? id,
});

export const NATIONS = options([
  { id: 'england', label: 'England' },
  { id: 'scotland', label: 'Scotland' },
  { id: 'wales', label: 'Wales' },
  { id: 'northern-ireland', label: 'Northern Ireland' },
]);

export const INSTITUTION_TYPES = options([
  { id: 'research-intensive', label: 'Research-intensive' },
  { id: 'broad-based', label: 'Broad-based teaching and research' },
  { id: 'teaching-focused', label: 'Teaching-focused' },
  { id: 'specialist', label: 'Specialist (for example arts, medicine or agriculture)' },
]);

/** Ordered from narrowest to broadest: scoring relies on the order. */
export const SCOPES = options([
  { id: 'facilities', label: 'Named facilities or services' },
  { id: 'one-faculty', label: 'One faculty or college' },
  { id: 'several-faculties', label: 'Several faculties' },
  { id: 'institution', label: 'Institution-wide' },
]);

export const TECHNICAL_AREAS = options([
  { id: 'research-facilities', label: 'Research facilities and core equipment' },
  { id: 'teaching-labs', label: 'Teaching laboratories' },
  { id: 'workshops', label: 'Workshops and engineering' },
  { id: 'creative-media', label: 'Creative arts and media' },
  { id: 'digital-research', label: 'Digital research infrastructure' },
  { id: 'clinical', label: 'Clinical and biomedical' },
  { id: 'animal-facilities', label: 'Animal facilities' },
  { id: 'field-estates', label: 'Field sites, farms and estates' },
]);

export const EXTERNAL_REMIT = options([
  { id: 'sector-networks', label: 'Sector and regional technical networks' },
  { id: 'uk-itss', label: 'UK Institute for Technical Skills and Strategy (UK ITSS)' },
  { id: 'technician-commitment', label: 'Technician Commitment (national community)' },
  {
    id: 'professional-bodies',
    label: 'Professional bodies (Science Council, Engineering Council)',
  },
  { id: 'policy', label: 'Policymakers, funders and sector bodies' },
]);

/** Ordered from lowest to highest: scoring and contradictions rely on the order. */
export const GRADE_BANDS = options([
  { id: 'grade-6', label: 'Grade 6 or below' },
  { id: 'grade-7', label: 'Grade 7' },
  { id: 'grade-8', label: 'Grade 8' },
  { id: 'grade-9', label: 'Grade 9' },
  { id: 'grade-10', label: 'Grade 10 (top of the pay spine)' },
  { id: 'above-spine', label: 'Above the spine (professorial-equivalent)' },
  { id: 'executive', label: 'Executive' },
]);

/** Typical reporting lines (DOMAIN.md §3), with steps from the head of the institution. */
export const REPORTING_LINES = options([
  { id: 'vice-chancellor', label: 'Vice-Chancellor or Principal' },
  { id: 'deputy-vc', label: 'Deputy Vice-Chancellor or Provost' },
  { id: 'pro-vc', label: 'Pro-Vice-Chancellor' },
  { id: 'coo-registrar', label: 'Chief Operating Officer or Registrar' },
  { id: 'ps-director', label: 'A professional-services director' },
  { id: 'faculty-head', label: 'Dean or head of a faculty' },
  { id: 'department-head', label: 'Head of a school or department' },
]);

/** How many steps the role sits from the head of the institution (1 = reports to the head). */
export const REPORTING_DISTANCE: Record<ReportingLine, number> = {
  'vice-chancellor': 1,
  'deputy-vc': 2,
  'pro-vc': 2,
  'coo-registrar': 2,
  'ps-director': 3,
  'faculty-head': 3,
  'department-head': 4,
};

export const SEATS = options([
  { id: 'executive-board', label: 'University executive board' },
  { id: 'senate', label: 'Senate or academic board' },
  { id: 'council', label: 'Council (attending)' },
  { id: 'research-committee', label: 'Research committee' },
  { id: 'education-committee', label: 'Education committee' },
  { id: 'estates-committee', label: 'Estates and capital committee' },
  { id: 'people-committee', label: 'People committee' },
  { id: 'health-safety-committee', label: 'Health and safety committee' },
  { id: 'edi-committee', label: 'Equality, diversity and inclusion committee' },
]);

/** Ordered from least to most authority: scoring relies on the order. */
export const BUDGET_AUTHORITY = options([
  { id: 'none', label: 'No budget' },
  { id: 'advises', label: 'Advises on budgets held by others' },
  { id: 'delegated', label: 'Holds a delegated budget' },
  { id: 'full', label: 'Owns the technical budget and sets its priorities' },
]);

export const DECISION_RIGHTS = options([
  { id: 'technical-recruitment', label: 'Approve technical recruitment' },
  { id: 'grading-promotion', label: 'Approve technical grading and promotion cases' },
  { id: 'equipment-investment', label: 'Approve equipment investment' },
  { id: 'workforce-plan', label: 'Own the technical workforce plan' },
  { id: 'training-budget', label: 'Hold the technical training budget' },
]);

export const CRITERION_CATEGORIES = options([
  { id: 'essential', label: 'Essential' },
  { id: 'desirable', label: 'Desirable' },
]);

export const ASSESSMENT_METHODS = options([
  { id: 'application', label: 'Application' },
  { id: 'interview', label: 'Interview' },
  { id: 'presentation', label: 'Presentation' },
]);

/** Technician Commitment pillars (DOMAIN.md §4, seed 003). */
export const TC_PILLARS = options([
  { id: 'visibility', label: 'Visibility' },
  { id: 'recognition', label: 'Recognition' },
  { id: 'career-development', label: 'Career development' },
  { id: 'sustainability', label: 'Sustainability' },
]);

/** What technicians report (seed 003, Unite survey). */
export const CONCERNS = options([
  { id: 'recognition', label: 'Recognition of technical contributions' },
  { id: 'progression', label: 'Clear and consistent career progression' },
  { id: 'workload', label: 'Workload pressures and expanding expectations' },
  { id: 'job-security', label: 'Job security' },
  { id: 'learning', label: 'Structured learning and development' },
  { id: 'cost-recovery', label: 'Sustainability and cost recovery on grants' },
]);

/** HERA's 14 elements (DOMAIN.md §3). */
export const HERA_ELEMENTS = options([
  { id: 'communication', label: 'Communication' },
  { id: 'teamwork', label: 'Teamwork and motivation' },
  { id: 'liaison', label: 'Liaison and networking' },
  { id: 'service-delivery', label: 'Service delivery' },
  { id: 'decision-making', label: 'Decision-making processes and outcomes' },
  { id: 'planning-resources', label: 'Planning and organising resources' },
  { id: 'initiative', label: 'Initiative and problem solving' },
  { id: 'analysis', label: 'Analysis and research' },
  { id: 'sensory-physical', label: 'Sensory and physical demands' },
  { id: 'work-environment', label: 'Work environment' },
  { id: 'pastoral', label: 'Pastoral care and welfare' },
  { id: 'team-development', label: 'Team development' },
  { id: 'teaching-support', label: 'Teaching and learning support' },
  { id: 'knowledge', label: 'Knowledge and experience' },
]);

export const COMMENT_STATUSES = options([
  { id: 'open', label: 'Open' },
  { id: 'resolved', label: 'Resolved' },
]);

export type Nation = (typeof NATIONS.ids)[number];
export type InstitutionType = (typeof INSTITUTION_TYPES.ids)[number];
export type Scope = (typeof SCOPES.ids)[number];
export type TechnicalArea = (typeof TECHNICAL_AREAS.ids)[number];
export type ExternalRemit = (typeof EXTERNAL_REMIT.ids)[number];
export type GradeBand = (typeof GRADE_BANDS.ids)[number];
export type ReportingLine = (typeof REPORTING_LINES.ids)[number];
export type Seat = (typeof SEATS.ids)[number];
export type BudgetAuthority = (typeof BUDGET_AUTHORITY.ids)[number];
export type DecisionRight = (typeof DECISION_RIGHTS.ids)[number];
export type CriterionCategory = (typeof CRITERION_CATEGORIES.ids)[number];
export type AssessmentMethod = (typeof ASSESSMENT_METHODS.ids)[number];
export type TcPillar = (typeof TC_PILLARS.ids)[number];
export type Concern = (typeof CONCERNS.ids)[number];
export type HeraElement = (typeof HERA_ELEMENTS.ids)[number];
export type CommentStatus = (typeof COMMENT_STATUSES.ids)[number];

/** Position of an id in an ordered list, for "at least" comparisons. */
export function rank<T extends string>(ids: readonly T[], id: T): number {
  return ids.indexOf(id);
}

/**
 * What the role is meant to be (issue 12, item 6): the review still measures against the
 * definition, but suggests only changes that fit this level, and says when the level is the gap.
 */
export const TARGET_LEVELS = options([
  { id: 'institution', label: 'An institution’s strategic technical leader' },
  { id: 'faculty', label: 'A faculty or school technical lead' },
  { id: 'service', label: 'A service or facility lead' },
]);

export type TargetLevel = (typeof TARGET_LEVELS.ids)[number];
