/**
 * The role draft, one row per field: the single place its shape is written. The schema
 * (role-draft.ts), the fast exact check, the empty draft, the comparison of versions, the
 * anonymised peer profile, the CSV columns and the test generator are all derived from it.
 * Anonymisation (see Share): no institution name, no draft name, dates to the month, head counts
 * to the nearest 10 and budgets to the nearest £10,000, the title and free text only if chosen,
 * the peer filter emptied and ids renumbered.
 */
import { CLAUSE_IDS, CLAUSE_NAMES, type ClauseId } from '../clause-names';
import {
  ASSESSMENT_METHODS,
  BUDGET_AUTHORITY,
  COMMENT_STATUSES,
  CRITERION_CATEGORIES,
  DECISION_RIGHTS,
  EXTERNAL_REMIT,
  GRADE_BANDS,
  INSTITUTION_TYPES,
  NATIONS,
  REPORTING_LINES,
  SCOPES,
  SEATS,
  TARGET_LEVELS,
  TECHNICAL_AREAS,
} from '../options';
import {
  count,
  decimal,
  idList,
  idSet,
  nullableText,
  oneOf,
  option,
  text,
  yesNo,
  type Choices,
} from './field-kinds';
import { field, list, section } from './field-row';
import { WELSH_CATEGORIES } from '../posting-options';

const CLAUSE_CHOICES: Choices<ClauseId> = {
  ids: CLAUSE_IDS,
  label: (id) => CLAUSE_NAMES[id] ?? id,
};

const HEADS = { round: 10 } as const;
/** A short note: a paragraph, not an essay. */
export const MAX_REASON = 2_000;
/** Room for a realistic draft many times over; a larger one keeps its fingerprint only. */
export const MAX_APPROVED = 500_000;
const NO_CSV = null;

export const CONTEXT_FIELDS = {
  institutionName: field(text(200), { label: 'Institution name', share: 'blank', csv: NO_CSV }),
  nation: field(option(NATIONS), {
    label: 'Nation',
    share: 'keep',
    csv: { column: 'nation', required: true },
  }),
  institutionType: field(option(INSTITUTION_TYPES), {
    label: 'Type of institution',
    share: 'keep',
    csv: { column: 'institution_type', required: true },
  }),
  /** Head count of technical staff across the institution. */
  technicalCommunitySize: field(count(100_000), {
    label: 'Technical staff',
    share: HEADS,
    csv: { column: 'technical_community' },
  }),
  techCommitmentSignatory: field(yesNo(), {
    label: 'Technician Commitment signatory',
    share: 'keep',
    csv: { column: 'tc_signatory' },
  }),
};

export const REMIT_FIELDS = {
  scope: field(option(SCOPES), { label: 'Scope', share: 'keep', csv: { column: 'scope' } }),
  areas: field(idSet(TECHNICAL_AREAS), {
    label: 'Technical areas',
    share: 'keep',
    csv: { column: 'areas' },
  }),
  techniciansInRemit: field(count(100_000), {
    label: 'Technicians in remit',
    share: HEADS,
    csv: { column: 'technicians_in_remit' },
  }),
  sites: field(count(1_000), { label: 'Sites', share: 'keep', csv: { column: 'sites' } }),
  external: field(idSet(EXTERNAL_REMIT), {
    label: 'External remit',
    share: 'keep',
    csv: { column: 'external' },
  }),
  /** What the role is meant to be (issue 12); null when not said. Not identifying: it leaves. */
  targetLevel: field(option(TARGET_LEVELS), {
    label: 'Meant to be',
    share: 'keep',
    csv: { column: 'target_level' },
  }),
};

export const AUTHORITY_FIELDS = {
  /** The job title can name a unique post: it leaves only if chosen. */
  title: field(text(200), { label: 'Job title', share: 'if-title', csv: { column: 'title' } }),
  /** Full-time equivalent, 0.1 to 1. */
  fte: field(decimal(0.1, 1), { label: 'FTE', share: 'keep', csv: { column: 'fte' } }),
  gradeBand: field(option(GRADE_BANDS), {
    label: 'Grade',
    share: 'keep',
    csv: { column: 'grade_band' },
  }),
  reportsTo: field(option(REPORTING_LINES), {
    label: 'Reports to',
    share: 'keep',
    csv: { column: 'reports_to' },
  }),
  seats: field(idSet(SEATS), { label: 'Seats', share: 'keep', csv: { column: 'seats' } }),
  budgetAuthority: field(option(BUDGET_AUTHORITY), {
    label: 'Budget authority',
    share: 'keep',
    csv: { column: 'budget_authority' },
  }),
  /** Annual budget in pounds sterling. */
  annualBudget: field(count(10_000_000_000), {
    label: 'Annual budget (£)',
    share: { round: 10_000 },
    csv: { column: 'annual_budget' },
  }),
  decisionRights: field(idSet(DECISION_RIGHTS), {
    label: 'Decision rights',
    share: 'keep',
    csv: { column: 'decision_rights' },
  }),
  directReports: field(count(10_000), {
    label: 'Direct reports',
    share: 'keep',
    csv: { column: 'direct_reports' },
  }),
};

export const RESPONSIBILITY_FIELDS = {
  id: field(text(100), { label: 'Id', share: { renumber: 'r-' }, csv: NO_CSV }),
  /** The catalogue entry this came from, or null when the user wrote it. */
  catalogueId: field(nullableText(100), {
    label: 'Catalogue entry',
    share: 'keep',
    csv: NO_CSV,
  }),
  text: field(text(), { label: 'Responsibility', share: 'catalogue-or-free-text', csv: NO_CSV }),
  /** Clauses the user says a responsibility of their own evidences; catalogue entries carry theirs. */
  clauses: field(idList(CLAUSE_CHOICES), { label: 'Evidences', share: 'keep', csv: NO_CSV }),
  /** Why the role holds it: internal reasoning, so it never leaves in a profile. */
  reason: field(text(MAX_REASON), { label: 'Reason', share: 'blank', csv: NO_CSV }),
};

export const CRITERION_FIELDS = {
  id: field(text(100), { label: 'Id', share: { renumber: 'c-' }, csv: NO_CSV }),
  text: field(text(), { label: 'Criterion', share: 'if-free-text', csv: NO_CSV }),
  category: field(oneOf(CRITERION_CATEGORIES), {
    label: 'Category',
    share: 'keep',
    csv: NO_CSV,
  }),
  assessedBy: field(idSet(ASSESSMENT_METHODS), {
    label: 'Assessed by',
    share: 'keep',
    csv: NO_CSV,
  }),
};

/** Wording the user has edited for the exported document; null means "use the generated text". */
export const WORDING_FIELDS = {
  jobPurpose: field(nullableText(), { label: 'Job purpose', share: 'if-free-text', csv: NO_CSV }),
  context: field(nullableText(), { label: 'Context', share: 'if-free-text', csv: NO_CSV }),
  /** One relationship a line; a line ending in a colon starts a group ("Outside the institution:"). */
  relationships: field(nullableText(), {
    label: 'Key relationships',
    share: 'if-free-text',
    csv: NO_CSV,
  }),
  /** The advert names the post, salary and closing date: it never leaves in a profile. */
  advert: field(nullableText(), { label: 'Advert', share: 'blank', csv: NO_CSV }),
};

/**
 * What a job pack says that the structured answers cannot (issue 14): the institution's real
 * titles, the salary and the terms. Names a post and its pay, so none of it leaves in a profile.
 */
const posting = (label: string, max = 200) =>
  field(text(max), { label, share: 'blank', csv: NO_CSV });

export const POSTING_FIELDS = {
  managerTitle: posting('Manager’s job title'),
  gradeName: posting('Grade (local name)'),
  salaryFrom: field(count(10_000_000), { label: 'Salary from (£)', share: 'blank', csv: NO_CSV }),
  salaryTo: field(count(10_000_000), { label: 'Salary to (£)', share: 'blank', csv: NO_CSV }),
  department: posting('Department or directorate'),
  location: posting('Location'),
  hours: posting('Hours'),
  contract: posting('Contract'),
  /** A date as the date field gives it, YYYY-MM-DD; empty when not set. */
  closingDate: posting('Closing date', 40),
  howToApply: posting('How to apply', 2_000),
  reference: posting('Reference number', 100),
  welshLanguage: field(option(WELSH_CATEGORIES), {
    label: 'Welsh language',
    share: 'blank',
    csv: NO_CSV,
  }),
};

/** The peer set chosen for benchmarking; empty lists mean "all". Personal to this device. */
export const PEER_FILTER_FIELDS = {
  institutionTypes: field(idSet(INSTITUTION_TYPES), {
    label: 'Institution types',
    share: 'blank',
    csv: NO_CSV,
  }),
  nations: field(idSet(NATIONS), { label: 'Nations', share: 'blank', csv: NO_CSV }),
  seniority: field(idSet(GRADE_BANDS), { label: 'Seniority', share: 'blank', csv: NO_CSV }),
  minCommunity: field(count(100_000), {
    label: 'Smallest technical community',
    share: 'blank',
    csv: NO_CSV,
  }),
  maxCommunity: field(count(100_000), {
    label: 'Largest technical community',
    share: 'blank',
    csv: NO_CSV,
  }),
};

/** Why each decision that shapes the role was made: internal reasoning, never shared. */
const reason = (label: string) =>
  field(text(MAX_REASON), { label: `Why: ${label}`, share: 'blank', csv: NO_CSV });

export const REASON_FIELDS = {
  scope: reason('scope'),
  reportsTo: reason('reporting line'),
  gradeBand: reason('grade'),
  seats: reason('seats'),
  annualBudget: reason('budget'),
  decisionRights: reason('decision rights'),
  fte: reason('FTE'),
};

/**
 * A comment or question on an answer or a responsibility, by a named person (typed, not an
 * account). Personal and internal: never in a profile.
 */
export const COMMENT_FIELDS = {
  id: field(text(100), { label: 'Id', share: 'blank', csv: NO_CSV, inDiff: false }),
  /** What it is about: a field ("authority.gradeBand") or an item ("responsibility:<id>"). */
  about: field(text(200), { label: 'About', share: 'blank', csv: NO_CSV }),
  author: field(text(200), { label: 'By', share: 'blank', csv: NO_CSV }),
  authorRole: field(text(200), { label: 'Role', share: 'blank', csv: NO_CSV }),
  text: field(text(MAX_REASON), { label: 'Comment', share: 'blank', csv: NO_CSV }),
  status: field(oneOf(COMMENT_STATUSES), { label: 'Status', share: 'blank', csv: NO_CSV }),
  createdAt: field(text(40), { label: 'Written', share: 'blank', csv: NO_CSV, inDiff: false }),
};

/**
 * A record that a named person agreed to one version of the draft: the fingerprint is the
 * SHA-256 of that version's canonical content (sign-off/fingerprint.ts). It records agreement;
 * it is not an electronic signature. Never in a profile.
 */
export const SIGN_OFF_FIELDS = {
  id: field(text(100), { label: 'Id', share: 'blank', csv: NO_CSV, inDiff: false }),
  name: field(text(200), { label: 'Name', share: 'blank', csv: NO_CSV }),
  role: field(text(200), { label: 'Role', share: 'blank', csv: NO_CSV }),
  approvedAt: field(text(40), { label: 'Date', share: 'blank', csv: NO_CSV }),
  fingerprint: field(text(64), { label: 'Fingerprint', share: 'blank', csv: NO_CSV }),
  /** The approved version's content, so what changed since can be shown. */
  approved: field(nullableText(MAX_APPROVED), {
    label: 'Approved version',
    share: 'blank',
    csv: NO_CSV,
    inDiff: false,
  }),
};

/** Each time the draft was sent for review from a device: who sent which version, and when. */
export const HANDOFF_FIELDS = {
  id: field(text(100), { label: 'Id', share: 'blank', csv: NO_CSV, inDiff: false }),
  sentBy: field(text(200), { label: 'Sent by', share: 'blank', csv: NO_CSV }),
  role: field(text(200), { label: 'Role', share: 'blank', csv: NO_CSV }),
  sentAt: field(text(40), { label: 'Sent', share: 'blank', csv: NO_CSV }),
  fingerprint: field(text(64), { label: 'Fingerprint', share: 'blank', csv: NO_CSV }),
};

/** A long job description is about 30,000 characters; room for several times that. */
export const MAX_ORIGINAL = 200_000;

/**
 * The job description the draft was started from, as read (issue 11), kept so the export can
 * show each original sentence beside the revised one. Internal: it never leaves in a profile.
 */
export const ORIGINAL_FIELDS = {
  text: field(text(MAX_ORIGINAL), {
    label: 'Current job description',
    share: 'blank',
    csv: NO_CSV,
    inDiff: false,
  }),
  fileName: field(text(200), { label: 'Read from', share: 'blank', csv: NO_CSV, inDiff: false }),
};

/**
 * Which sentence of the current job description each responsibility was made from, as written
 * (a responsibility's own text may since have been revised). Internal: never in a profile.
 */
export const FROM_ORIGINAL_FIELDS = {
  /** The responsibility's id. */
  id: field(text(100), {
    label: 'Responsibility',
    share: 'blank',
    csv: NO_CSV,
    inDiff: false,
  }),
  sentence: field(text(), { label: 'Sentence', share: 'blank', csv: NO_CSV }),
};

/**
 * A wording finding the user dismissed, and why (issue 15): kept so it stays dismissed while the
 * text around it changes. Internal reasoning, never in a profile.
 */
export const DISMISSAL_FIELDS = {
  id: field(text(100), { label: 'Id', share: 'blank', csv: NO_CSV, inDiff: false }),
  /** The text it is about: "responsibility:<id>", "criterion:<id>" or "jobPurpose". */
  about: field(text(200), { label: 'About', share: 'blank', csv: NO_CSV }),
  /** The finding's key: its rule and words ("shared-responsibility:supports"). */
  finding: field(text(400), { label: 'Finding', share: 'blank', csv: NO_CSV }),
  reason: field(text(MAX_REASON), { label: 'Reason', share: 'blank', csv: NO_CSV }),
};

/** The name the comparison of versions gives the draft's own fields (name, id, times). */
export const DRAFT_SECTION_LABEL = 'Draft';

export const DRAFT_FIELDS = {
  id: field(text(100), {
    label: 'Id',
    share: { renumber: 'profile-' },
    csv: { column: 'id' },
    inDiff: false,
  }),
  name: field(text(200), {
    label: 'Name',
    share: { replace: 'Anonymised role profile' },
    csv: NO_CSV,
  }),
  createdAt: field(text(40), { label: 'Created', share: 'month', csv: NO_CSV, inDiff: false }),
  updatedAt: field(text(40), { label: 'Updated', share: 'month', csv: NO_CSV, inDiff: false }),
  context: section('Institution', CONTEXT_FIELDS),
  remit: section('Remit', REMIT_FIELDS),
  authority: section('Authority', AUTHORITY_FIELDS),
  responsibilities: list('Responsibilities', RESPONSIBILITY_FIELDS, {
    share: 'keep',
    csv: { column: 'responsibilities' },
  }),
  /** Written by the user, so it leaves only with free text. */
  personSpec: list('Person specification', CRITERION_FIELDS, {
    share: 'if-free-text',
    csv: NO_CSV,
  }),
  wording: section('Wording', WORDING_FIELDS),
  peerFilter: section('Peers', PEER_FILTER_FIELDS),
  reasons: section('Reasons', REASON_FIELDS),
  comments: list('Comments', COMMENT_FIELDS, { share: 'blank', csv: NO_CSV }),
  signOffs: list('Sign-off', SIGN_OFF_FIELDS, { share: 'blank', csv: NO_CSV }),
  handoffs: list('Hand-offs', HANDOFF_FIELDS, { share: 'blank', csv: NO_CSV }),
  original: section('Current job description', ORIGINAL_FIELDS),
  fromOriginal: list('From the current job description', FROM_ORIGINAL_FIELDS, {
    share: 'blank',
    csv: NO_CSV,
  }),
  posting: section('Job pack', POSTING_FIELDS),
  wordingDismissals: list('Dismissed wording findings', DISMISSAL_FIELDS, {
    share: 'blank',
    csv: NO_CSV,
  }),
};
