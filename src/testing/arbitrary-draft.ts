/**
 * fast-check arbitraries for role drafts. Every draft generated is valid against
 * RoleDraftSchema; answers are often left unanswered (null or empty), statements mix catalogue
 * entries with the user's own, and text includes diacritics, right-to-left script, emoji and
 * combining marks, because real names and imported files carry them.
 */
import fc from 'fast-check';
import { CATALOGUE } from '../domain/catalogue';
import { CLAUSE_IDS } from '../domain/definition';
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
} from '../domain/options';
import type { Criterion, Responsibility, RoleDraft } from '../domain/role-draft';

const ODD_TEXT = [
  'Prifysgol Bangor — Technegydd Arweiniol',
  'Ollscoil na Gaillimhe: ceannaire teicniúil',
  'Zoë Brontë-Ñúñez, Head of Technical Services',
  'مدير الخدمات الفنية',
  '技术服务主管',
  '🔬 Lab lead 🧪',
  'e\u0301cole (combining accent)',
  '   leading and trailing spaces   ',
  'Line one\nLine two\ttabbed',
  '<script>alert(1)</script>',
  '"quoted" & \'apostrophes\' ‘curly’',
  'Zero\u200Bwidth space',
];

/** Mostly readable text, sometimes odd: the unusual cases are where bugs hide. */
export const arbitraryText = (maxLength = 120): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength }) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT).map((s) => s.slice(0, maxLength)) },
    {
      weight: 1,
      // Note: a grapheme can be several UTF-16 units; the schema counts units.
      arbitrary: fc.string({ unit: 'grapheme', maxLength }).map((s) => s.slice(0, maxLength)),
    },
  );

/** A subset of an option list, in list order, with no repeats (as the schema requires). */
const subset = <T extends string>(ids: readonly T[]) => fc.subarray([...ids]);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const oneOf = <T extends string>(ids: readonly T[]) => fc.constantFrom(...ids);

export const arbitraryCatalogueResponsibility = (): fc.Arbitrary<Responsibility> =>
  fc.constantFrom(...CATALOGUE).map((entry) => ({
    id: `cat-${entry.id}`,
    catalogueId: entry.id,
    text: entry.text,
    clauses: [],
  }));

export const arbitraryCustomResponsibility = (): fc.Arbitrary<Responsibility> =>
  fc.record({
    id: fc.uuid(),
    catalogueId: fc.constant(null),
    text: arbitraryText(300),
    clauses: subset(CLAUSE_IDS),
  });

/** Catalogue statements appear at most once each, as the wizard allows. */
export const arbitraryResponsibilities = (maxLength = 20): fc.Arbitrary<Responsibility[]> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: arbitraryCatalogueResponsibility() },
        { weight: 1, arbitrary: arbitraryCustomResponsibility() },
      ),
      { maxLength },
    )
    .map((list) => {
      const seen = new Set<string>();
      return list.filter((r) => {
        const key = r.catalogueId ?? r.id;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });

export const arbitraryCriterion = (): fc.Arbitrary<Criterion> =>
  fc.record({
    id: fc.uuid(),
    text: arbitraryText(200),
    category: oneOf(CRITERION_CATEGORIES.ids),
    assessedBy: subset(ASSESSMENT_METHODS.ids),
  });

export const arbitraryAuthority = (): fc.Arbitrary<RoleDraft['authority']> =>
  fc.record({
    title: arbitraryText(200),
    fte: nullable(fc.integer({ min: 1, max: 10 }).map((tenths) => tenths / 10)),
    gradeBand: nullable(oneOf(GRADE_BANDS.ids)),
    reportsTo: nullable(oneOf(REPORTING_LINES.ids)),
    seats: subset(SEATS.ids),
    budgetAuthority: nullable(oneOf(BUDGET_AUTHORITY.ids)),
    annualBudget: nullable(fc.integer({ min: 0, max: 50_000_000 })),
    decisionRights: subset(DECISION_RIGHTS.ids),
    directReports: nullable(fc.integer({ min: 0, max: 500 })),
  });

export const arbitraryDraft = (): fc.Arbitrary<RoleDraft> =>
  fc.record({
    id: fc.uuid(),
    name: arbitraryText(200),
    createdAt: fc.constant('2026-01-01T09:00:00.000Z'),
    updatedAt: fc.constant('2026-01-02T09:00:00.000Z'),
    context: fc.record({
      institutionName: arbitraryText(200),
      nation: nullable(oneOf(NATIONS.ids)),
      institutionType: nullable(oneOf(INSTITUTION_TYPES.ids)),
      technicalCommunitySize: nullable(fc.integer({ min: 0, max: 5_000 })),
      techCommitmentSignatory: nullable(fc.boolean()),
    }),
    remit: fc.record({
      scope: nullable(oneOf(SCOPES.ids)),
      areas: subset(TECHNICAL_AREAS.ids),
      techniciansInRemit: nullable(fc.integer({ min: 0, max: 5_000 })),
      sites: nullable(fc.integer({ min: 0, max: 40 })),
      external: subset(EXTERNAL_REMIT.ids),
    }),
    authority: arbitraryAuthority(),
    responsibilities: arbitraryResponsibilities(),
    personSpec: fc.array(arbitraryCriterion(), { maxLength: 8 }),
    wording: fc.record({ jobPurpose: nullable(arbitraryText(500)) }),
    peerFilter: fc.record({
      institutionTypes: subset(INSTITUTION_TYPES.ids),
      nations: subset(NATIONS.ids),
      seniority: subset(GRADE_BANDS.ids),
      minCommunity: nullable(fc.integer({ min: 0, max: 5_000 })),
      maxCommunity: nullable(fc.integer({ min: 0, max: 5_000 })),
    }),
  });
