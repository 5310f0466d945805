/**
 * fast-check arbitraries for role drafts. Every draft generated is valid against
 * draftSchemas().draft; answers are often left unanswered (null or empty), responsibilities mix catalogue
 * entries with the user's own, and text includes diacritics, right-to-left script, emoji and
 * combining marks, because real names and imported files carry them.
 */
import fc from 'fast-check';
import { CATALOGUE } from '../domain/catalogue';
import {
  AUTHORITY_FIELDS,
  CRITERION_FIELDS,
  DRAFT_FIELDS,
  RESPONSIBILITY_FIELDS,
} from '../domain/draft-fields/draft-fields';
import type { KindSpec } from '../domain/draft-fields/field-kinds';
import type { DraftRow, Rows } from '../domain/draft-fields/field-row';
import type { Criterion, Responsibility, RoleDraft } from '../domain/role-draft';
import { keepText } from '../domain/text-rule';

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
  'Ελληνικά · Русский · עברית · हिन्दी · ไทย · 한국어 · 日本語',
  'Family: 👩‍👩‍👧 flags: 🏴󠁧󠁢󠁷󠁬󠁳󠁿 🇬🇧',
  'non\u00a0breaking\u202fspaces',
];

/** What people paste from Word and elsewhere, before the field's text rule (text-rule.ts). */
const PASTED = [
  'Manual\u000bline break (Word)',
  'Line\u2028separator and\u2029paragraph',
  'Windows\r\nline ends\rand old Mac',
  'Page\u000cbreak',
  'Bell\u0007 and NUL\u0000 and DEL\u007f',
  'Half a pair: \ud83d end',
];

/** Text as pasted or typed: anything at all, before the field keeps it. */
export const arbitraryPastedText = (maxLength = 120): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...PASTED, ...ODD_TEXT).map((s) => s.slice(0, maxLength)),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom(...PASTED, ...ODD_TEXT), { maxLength: 3 })
        .map((parts) => parts.join(' ').slice(0, maxLength)),
    },
  );

/**
 * Mostly readable text, sometimes odd: the unusual cases are where bugs hide. Always as a field
 * keeps it (text-rule.ts), pasted text included, since that is all a draft can hold.
 */
export const arbitraryText = (maxLength = 120): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ maxLength }) },
      { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT).map((s) => s.slice(0, maxLength)) },
      {
        weight: 1,
        // Note: a grapheme can be several UTF-16 units; the schema counts units.
        arbitrary: fc.string({ unit: 'grapheme', maxLength }).map((s) => s.slice(0, maxLength)),
      },
      { weight: 1, arbitrary: arbitraryPastedText(maxLength) },
    )
    .map(keepText);

/** A subset of an option list, in list order, with no repeats (as the schema requires). */
const subset = <T extends string>(ids: readonly T[]) => fc.subarray([...ids]);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });

/** Realistic sizes: far below what the schema allows, as real roles are. */
const REALISTIC_COUNT = 5_000;
const REALISTIC_TEXT = 200;
const REALISTIC_LONG_TEXT = 500;

/** Any valid value of a kind (field-kinds.ts), unanswered often. */
function arbitraryFor(spec: KindSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'text':
      return arbitraryText(Math.min(spec.max, REALISTIC_TEXT));
    case 'nullable-text':
      return nullable(arbitraryText(Math.min(spec.max, REALISTIC_LONG_TEXT)));
    case 'count':
      return nullable(fc.integer({ min: 0, max: Math.min(spec.max, REALISTIC_COUNT) }));
    case 'decimal':
      // Tenths, as the wizard offers them.
      return nullable(
        fc
          .integer({ min: Math.ceil(spec.min * 10), max: Math.floor(spec.max * 10) })
          .map((tenths) => tenths / 10),
      );
    case 'yes-no':
      return nullable(fc.boolean());
    case 'option':
      return nullable(fc.constantFrom(...spec.ids));
    case 'one-of':
      return fc.constantFrom(...spec.ids);
    case 'id-set':
    case 'id-list':
      return subset(spec.ids);
  }
}

type Overrides<R extends Rows> = Partial<Record<keyof R, fc.Arbitrary<unknown>>>;

/** A record of every field in the rows: its kind's values unless an override says otherwise. */
function recordOf<R extends Rows>(rows: R, overrides: Overrides<R> = {}) {
  return fc.record(
    Object.fromEntries(
      Object.entries(rows).map(([key, row]) => [
        key,
        overrides[key as keyof R] ?? arbitraryFor(row.kind.spec),
      ]),
    ),
  );
}

export const arbitraryCatalogueResponsibility = (): fc.Arbitrary<Responsibility> =>
  fc.constantFrom(...CATALOGUE).map((entry) => ({
    id: `cat-${entry.id}`,
    catalogueId: entry.id,
    text: entry.text,
    clauses: [],
    reason: '',
  }));

export const arbitraryCustomResponsibility = (): fc.Arbitrary<Responsibility> =>
  recordOf(RESPONSIBILITY_FIELDS, {
    id: fc.uuid(),
    catalogueId: fc.constant(null),
    text: arbitraryText(300),
  }) as fc.Arbitrary<Responsibility>;

/** Catalogue responsibilities appear at most once each, as the wizard allows. */
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
  recordOf(CRITERION_FIELDS, { id: fc.uuid() }) as fc.Arbitrary<Criterion>;

export const arbitraryAuthority = (): fc.Arbitrary<RoleDraft['authority']> =>
  recordOf(AUTHORITY_FIELDS, {
    annualBudget: nullable(fc.integer({ min: 0, max: 50_000_000 })),
    directReports: nullable(fc.integer({ min: 0, max: 500 })),
  }) as fc.Arbitrary<RoleDraft['authority']>;

/** Where a realistic draft differs from any value of the field's kind. */
const DRAFT_OVERRIDES: Partial<Record<keyof RoleDraft, fc.Arbitrary<unknown>>> = {
  id: fc.uuid(),
  createdAt: fc.constant('2026-01-01T09:00:00.000Z'),
  updatedAt: fc.constant('2026-01-02T09:00:00.000Z'),
  remit: recordOf(DRAFT_FIELDS.remit.fields, {
    sites: nullable(fc.integer({ min: 0, max: 40 })),
  }),
  authority: arbitraryAuthority(),
  responsibilities: arbitraryResponsibilities(),
  personSpec: fc.array(arbitraryCriterion(), { maxLength: 8 }),
  // Note: short lists: the review record is checked like any list, and long ones only slow the
  // property tests that validate thousands of drafts.
  comments: fc.array(recordOf(DRAFT_FIELDS.comments.fields), { maxLength: 2 }),
  signOffs: fc.array(recordOf(DRAFT_FIELDS.signOffs.fields), { maxLength: 1 }),
  handoffs: fc.array(recordOf(DRAFT_FIELDS.handoffs.fields), { maxLength: 1 }),
};

function arbitraryRow(row: DraftRow): fc.Arbitrary<unknown> {
  switch (row.part) {
    case 'field':
      return arbitraryFor(row.kind.spec);
    case 'section':
      return recordOf(row.fields);
    case 'list':
      return fc.array(recordOf(row.fields), { maxLength: 8 });
  }
}

export const arbitraryDraft = (): fc.Arbitrary<RoleDraft> =>
  fc.record(
    Object.fromEntries(
      Object.entries<DraftRow>(DRAFT_FIELDS).map(([key, row]) => [
        key,
        DRAFT_OVERRIDES[key as keyof RoleDraft] ?? arbitraryRow(row),
      ]),
    ),
  ) as fc.Arbitrary<RoleDraft>;
