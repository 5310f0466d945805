/**
 * The role draft: one schema that is the source of both its types and its runtime validation.
 * Unanswered questions are null (or an empty list), so a half-finished draft is still valid;
 * what a step requires is checked by that step, not here.
 */
import * as z from 'zod/mini';
import { CLAUSE_IDS } from './definition';
import {
  ASSESSMENT_METHODS,
  BUDGET_AUTHORITY,
  CRITERION_CATEGORIES,
  DECISION_RIGHTS,
  EXTERNAL_REMIT,
  GRADE_BANDS,
  INSTITUTION_TYPES,
  NATIONS,
  REPORTING_LINES,
  SCOPES,
  SEATS,
  TECHNICAL_AREAS,
} from './options';

/** Long enough for any real statement; short enough that a hostile file cannot bloat storage. */
export const MAX_TEXT = 10_000;
export const MAX_LIST = 200;

const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));
const count = (max: number) => z.nullable(z.int().check(z.minimum(0), z.maximum(max)));
/** A list of distinct ids from one option list. */
const idSet = <T extends string>(ids: readonly [T, ...T[]]) =>
  z.array(z.enum(ids)).check(
    z.maxLength(ids.length),
    z.refine((list) => new Set(list).size === list.length, 'Each answer may appear once.'),
  );

export const ClauseIdSchema = z.enum(CLAUSE_IDS);

export const ContextSchema = z.object({
  institutionName: text(200),
  nation: z.nullable(z.enum(NATIONS.ids)),
  institutionType: z.nullable(z.enum(INSTITUTION_TYPES.ids)),
  /** Head count of technical staff across the institution. */
  technicalCommunitySize: count(100_000),
  techCommitmentSignatory: z.nullable(z.boolean()),
});

export const RemitSchema = z.object({
  scope: z.nullable(z.enum(SCOPES.ids)),
  areas: idSet(TECHNICAL_AREAS.ids),
  techniciansInRemit: count(100_000),
  sites: count(1_000),
  external: idSet(EXTERNAL_REMIT.ids),
});

export const AuthoritySchema = z.object({
  title: text(200),
  /** Full-time equivalent, 0.1 to 1. */
  fte: z.nullable(z.number().check(z.minimum(0.1), z.maximum(1))),
  gradeBand: z.nullable(z.enum(GRADE_BANDS.ids)),
  reportsTo: z.nullable(z.enum(REPORTING_LINES.ids)),
  seats: idSet(SEATS.ids),
  budgetAuthority: z.nullable(z.enum(BUDGET_AUTHORITY.ids)),
  /** Annual budget in pounds sterling. */
  annualBudget: count(10_000_000_000),
  decisionRights: idSet(DECISION_RIGHTS.ids),
  directReports: count(10_000),
});

export const ResponsibilitySchema = z.object({
  id: text(100),
  /** The catalogue entry this came from, or null when the user wrote it. */
  catalogueId: z.nullable(text(100)),
  text: text(),
  /** Clauses the user says a statement of their own evidences; catalogue entries carry theirs. */
  clauses: z.array(ClauseIdSchema).check(z.maxLength(CLAUSE_IDS.length)),
});

export const CriterionSchema = z.object({
  id: text(100),
  text: text(),
  category: z.enum(CRITERION_CATEGORIES.ids),
  assessedBy: idSet(ASSESSMENT_METHODS.ids),
});

/** Wording the user has edited for the exported document; null means "use the generated text". */
export const WordingSchema = z.object({
  jobPurpose: z.nullable(text()),
});

/** The peer set chosen for benchmarking; empty lists mean "all". */
export const PeerFilterSchema = z.object({
  institutionTypes: idSet(INSTITUTION_TYPES.ids),
  nations: idSet(NATIONS.ids),
  seniority: idSet(GRADE_BANDS.ids),
  minCommunity: count(100_000),
  maxCommunity: count(100_000),
});

export const RoleDraftSchema = z.object({
  id: text(100),
  name: text(200),
  createdAt: text(40),
  updatedAt: text(40),
  context: ContextSchema,
  remit: RemitSchema,
  authority: AuthoritySchema,
  responsibilities: z.array(ResponsibilitySchema).check(z.maxLength(MAX_LIST)),
  personSpec: z.array(CriterionSchema).check(z.maxLength(MAX_LIST)),
  wording: WordingSchema,
  peerFilter: PeerFilterSchema,
});

export type RoleDraft = z.infer<typeof RoleDraftSchema>;
export type InstitutionContext = z.infer<typeof ContextSchema>;
export type Remit = z.infer<typeof RemitSchema>;
export type Authority = z.infer<typeof AuthoritySchema>;
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type PeerFilter = z.infer<typeof PeerFilterSchema>;
