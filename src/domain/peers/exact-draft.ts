/**
 * A fast yes/no answer to "is this exactly a valid role draft?": true when RoleDraftSchema
 * accepts the value AND it holds no field the format does not know, at any depth. It applies
 * the same rules as the schema (role-draft.ts) without building issues or a copy, and without
 * generated code (the app's Content Security Policy forbids `eval`, so zod's compiled validators
 * cannot run in the browser). A pack of 10,000 profiles is checked with it; anything it refuses
 * goes on to the schema, which names the problems, so it only has to be exact, never wordy.
 * exact-draft.test.ts holds it equal to the schema on generated, mutated and hostile drafts.
 */
import { CLAUSE_IDS } from '../definition';
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
} from '../options';
import { MAX_LIST, MAX_TEXT, type RoleDraft } from '../role-draft';

type Obj = Record<string, unknown>;
type Ids = ReadonlySet<unknown> & { readonly max: number };

const ids = (list: readonly string[]): Ids =>
  Object.assign(new Set<unknown>(list), { max: list.length });

const NATION = ids(NATIONS.ids);
const INSTITUTION_TYPE = ids(INSTITUTION_TYPES.ids);
const SCOPE = ids(SCOPES.ids);
const AREA = ids(TECHNICAL_AREAS.ids);
const EXTERNAL = ids(EXTERNAL_REMIT.ids);
const GRADE = ids(GRADE_BANDS.ids);
const REPORTS_TO = ids(REPORTING_LINES.ids);
const SEAT = ids(SEATS.ids);
const BUDGET = ids(BUDGET_AUTHORITY.ids);
const DECISION = ids(DECISION_RIGHTS.ids);
const CLAUSE = ids(CLAUSE_IDS);
const CATEGORY = ids(CRITERION_CATEGORIES.ids);
const METHOD = ids(ASSESSMENT_METHODS.ids);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own keys: exactly `size` of them, so with every known key present there is none extra. */
function ownKeys(o: Obj, size: number): boolean {
  let n = 0;
  for (const key in o) if (Object.hasOwn(o, key)) n += 1;
  return n === size;
}

/** Every known key is own (the schema would read an inherited one; the import calls that extra). */
function has(o: Obj, keys: readonly string[]): boolean {
  for (const key of keys) if (!Object.hasOwn(o, key)) return false;
  return ownKeys(o, keys.length);
}

const text = (v: unknown, max = MAX_TEXT) => typeof v === 'string' && v.length <= max;
const nullableText = (v: unknown, max = MAX_TEXT) => v === null || text(v, max);
const count = (v: unknown, max: number) =>
  v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max);
const option = (v: unknown, set: Ids) => v === null || set.has(v);

/** A list from one option list, each at most once (idSet in role-draft.ts). */
function idSet(v: unknown, set: Ids): boolean {
  if (!Array.isArray(v) || v.length > set.max) return false;
  for (let i = 0; i < v.length; i += 1) {
    const item: unknown = v[i];
    if (!set.has(item)) return false;
    for (let j = 0; j < i; j += 1) if (v[j] === item) return false;
  }
  return true;
}

const CONTEXT = [
  'institutionName',
  'nation',
  'institutionType',
  'technicalCommunitySize',
  'techCommitmentSignatory',
];
const context = (v: unknown) =>
  isObj(v) &&
  has(v, CONTEXT) &&
  text(v.institutionName, 200) &&
  option(v.nation, NATION) &&
  option(v.institutionType, INSTITUTION_TYPE) &&
  count(v.technicalCommunitySize, 100_000) &&
  (v.techCommitmentSignatory === null || typeof v.techCommitmentSignatory === 'boolean');

const REMIT = ['scope', 'areas', 'techniciansInRemit', 'sites', 'external'];
const remit = (v: unknown) =>
  isObj(v) &&
  has(v, REMIT) &&
  option(v.scope, SCOPE) &&
  idSet(v.areas, AREA) &&
  count(v.techniciansInRemit, 100_000) &&
  count(v.sites, 1_000) &&
  idSet(v.external, EXTERNAL);

const AUTHORITY = [
  'title',
  'fte',
  'gradeBand',
  'reportsTo',
  'seats',
  'budgetAuthority',
  'annualBudget',
  'decisionRights',
  'directReports',
];
const fte = (v: unknown) => v === null || (typeof v === 'number' && v >= 0.1 && v <= 1);
const authority = (v: unknown) =>
  isObj(v) &&
  has(v, AUTHORITY) &&
  text(v.title, 200) &&
  fte(v.fte) &&
  option(v.gradeBand, GRADE) &&
  option(v.reportsTo, REPORTS_TO) &&
  idSet(v.seats, SEAT) &&
  option(v.budgetAuthority, BUDGET) &&
  count(v.annualBudget, 10_000_000_000) &&
  idSet(v.decisionRights, DECISION) &&
  count(v.directReports, 10_000);

/** Clauses a statement evidences: repeats allowed, as the schema allows them. */
function clauses(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > CLAUSE.max) return false;
  for (const item of v as unknown[]) if (!CLAUSE.has(item)) return false;
  return true;
}

const RESPONSIBILITY = ['id', 'catalogueId', 'text', 'clauses'];
const responsibility = (v: unknown) =>
  isObj(v) &&
  has(v, RESPONSIBILITY) &&
  text(v.id, 100) &&
  nullableText(v.catalogueId, 100) &&
  text(v.text) &&
  clauses(v.clauses);

const CRITERION = ['id', 'text', 'category', 'assessedBy'];
const criterion = (v: unknown) =>
  isObj(v) &&
  has(v, CRITERION) &&
  text(v.id, 100) &&
  text(v.text) &&
  CATEGORY.has(v.category) &&
  idSet(v.assessedBy, METHOD);

function list(v: unknown, item: (v: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > MAX_LIST) return false;
  for (const entry of v as unknown[]) if (!item(entry)) return false;
  return true;
}

const WORDING = ['jobPurpose'];
const wording = (v: unknown) => isObj(v) && has(v, WORDING) && nullableText(v.jobPurpose);

const PEER_FILTER = ['institutionTypes', 'nations', 'seniority', 'minCommunity', 'maxCommunity'];
const peerFilter = (v: unknown) =>
  isObj(v) &&
  has(v, PEER_FILTER) &&
  idSet(v.institutionTypes, INSTITUTION_TYPE) &&
  idSet(v.nations, NATION) &&
  idSet(v.seniority, GRADE) &&
  count(v.minCommunity, 100_000) &&
  count(v.maxCommunity, 100_000);

const DRAFT = [
  'id',
  'name',
  'createdAt',
  'updatedAt',
  'context',
  'remit',
  'authority',
  'responsibilities',
  'personSpec',
  'wording',
  'peerFilter',
];

/** Field names at each level, for the test that holds them equal to the schema's shapes. */
export const EXACT_DRAFT_KEYS = {
  draft: DRAFT,
  context: CONTEXT,
  remit: REMIT,
  authority: AUTHORITY,
  responsibility: RESPONSIBILITY,
  criterion: CRITERION,
  wording: WORDING,
  peerFilter: PEER_FILTER,
} as const;

export function isExactDraft(v: unknown): v is RoleDraft {
  return (
    isObj(v) &&
    has(v, DRAFT) &&
    text(v.id, 100) &&
    text(v.name, 200) &&
    text(v.createdAt, 40) &&
    text(v.updatedAt, 40) &&
    context(v.context) &&
    remit(v.remit) &&
    authority(v.authority) &&
    list(v.responsibilities, responsibility) &&
    list(v.personSpec, criterion) &&
    wording(v.wording) &&
    peerFilter(v.peerFilter)
  );
}
