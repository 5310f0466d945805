import fc from 'fast-check';
import { arbitraryDraft } from '../testing/arbitrary-draft';
import { makeDraft } from '../testing/make-draft';
import { emptyDraft } from './empty-draft';
import { MAX_LIST, MAX_TEXT, draftSchemas } from './role-draft';
import { scoreDraft } from './score-draft';

const parse = (value: unknown) => draftSchemas().draft.safeParse(value);
/** A draft with one field replaced, even with a value the type forbids (hostile input). */
const withField = (path: string[], value: unknown): unknown => {
  const draft = structuredClone(makeDraft()) as unknown as Record<string, unknown>;
  let node = draft;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
  return draft;
};

describe('the draft schema accepts', () => {
  it('a blank draft: every question unanswered', () => {
    expect(parse(emptyDraft('d', 'New role', '2026-01-01T00:00:00Z')).success).toBe(true);
  });

  it('a complete draft', () => {
    const draft = makeDraft({
      context: {
        institutionName: 'Prifysgol Aberystwyth',
        nation: 'wales',
        techCommitmentSignatory: true,
      },
      remit: {
        scope: 'institution',
        areas: ['clinical', 'workshops'],
        techniciansInRemit: 300,
        sites: 2,
      },
      authority: {
        title: 'Director of Technical Services',
        fte: 0.8,
        gradeBand: 'above-spine',
        seats: ['senate'],
      },
      responsibilities: [
        {
          id: 'r1',
          catalogueId: null,
          text: 'Lead the technicians’ forum.',
          clauses: ['advocates'],
          reason: '',
        },
      ],
      personSpec: [
        {
          id: 'p1',
          text: 'Degree or equivalent',
          category: 'essential',
          assessedBy: ['application'],
        },
      ],
    });
    expect(parse(draft).success).toBe(true);
  });

  it.each([0.1, 0.5, 1])('an FTE of %s', (fte) => {
    expect(parse(withField(['authority', 'fte'], fte)).success).toBe(true);
  });

  it('text with diacritics, emoji and right-to-left script', () => {
    expect(
      parse(withField(['authority', 'title'], 'Pennaeth Gwasanaethau Technegol — Zoë 🔬 مدير'))
        .success,
    ).toBe(true);
  });
});

describe('the draft schema rejects', () => {
  it.each([
    ['a missing section', ['remit'], undefined],
    ['an unknown nation', ['context', 'nation'], 'france'],
    ['an unknown grade', ['authority', 'gradeBand'], 'grade-11'],
    ['an FTE above 1', ['authority', 'fte'], 1.5],
    ['an FTE of 0', ['authority', 'fte'], 0],
    ['a negative head count', ['remit', 'techniciansInRemit'], -1],
    ['a fractional head count', ['remit', 'techniciansInRemit'], 2.5],
    ['a head count given as text', ['remit', 'techniciansInRemit'], '40'],
    ['an infinite budget', ['authority', 'annualBudget'], Number.POSITIVE_INFINITY],
    ['NaN direct reports', ['authority', 'directReports'], Number.NaN],
    ['a seat listed twice', ['authority', 'seats'], ['senate', 'senate']],
    ['an unknown seat', ['authority', 'seats'], ['golf-club']],
    ['a title over 200 characters', ['authority', 'title'], 'x'.repeat(201)],
    [
      'a responsibility over the text limit',
      ['responsibilities'],
      [{ id: 'r', catalogueId: null, text: 'x'.repeat(MAX_TEXT + 1), clauses: [] }],
    ],
    [
      'too many responsibilities',
      ['responsibilities'],
      Array.from({ length: MAX_LIST + 1 }, (_, i) => ({
        id: `r${i}`,
        catalogueId: null,
        text: 't',
        clauses: [],
      })),
    ],
    [
      'a responsibility tagged with an unknown clause',
      ['responsibilities'],
      [{ id: 'r', catalogueId: null, text: 't', clauses: ['charisma'] }],
    ],
    [
      'a criterion with an unknown category',
      ['personSpec'],
      [{ id: 'c', text: 't', category: 'nice-to-have', assessedBy: [] }],
    ],
    ['a signatory answer given as a string', ['context', 'techCommitmentSignatory'], 'yes'],
  ])('%s', (_name, path, value) => {
    expect(parse(withField(path, value)).success).toBe(false);
  });

  it.each([null, undefined, 42, 'draft', [], {}])('a value that is not a draft: %j', (value) => {
    expect(parse(value).success).toBe(false);
  });
});

describe('the draft schema with hostile objects', () => {
  it('does not let a "__proto__" key change the prototype of the parsed draft', () => {
    const hostile = JSON.parse(
      JSON.stringify(makeDraft()).replace(
        '"context":{',
        '"context":{"__proto__":{"polluted":true},',
      ),
    );
    const parsed = parse(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (parsed.success)
      expect((parsed.data.context as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops unknown keys rather than keeping them', () => {
    const parsed = parse({ ...makeDraft(), extra: '<script>' });
    expect(parsed.success).toBe(true);
    if (parsed.success) expect('extra' in parsed.data).toBe(false);
  });
});

describe('the draft schema under fuzzing', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        (value) => {
          expect(() => parse(value)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts a draft after a JSON round trip, and the draft scores the same', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const parsed = parse(JSON.parse(JSON.stringify(draft)));
        expect(parsed.success).toBe(true);
        if (parsed.success) expect(scoreDraft(parsed.data)).toEqual(scoreDraft(draft));
      }),
      { numRuns: 100 },
    );
  });

  it('either rejects a draft with one answer replaced by junk, or accepts one that still scores', () => {
    const paths = [
      ['context', 'nation'],
      ['context', 'technicalCommunitySize'],
      ['remit', 'scope'],
      ['remit', 'areas'],
      ['authority', 'fte'],
      ['authority', 'gradeBand'],
      ['authority', 'seats'],
      ['authority', 'annualBudget'],
      ['responsibilities'],
      ['personSpec'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, junk) => {
        const parsed = parse(withField(path, junk));
        if (parsed.success) {
          const score = scoreDraft(parsed.data);
          expect(score.overall).toBeGreaterThanOrEqual(0);
          expect(score.overall).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });
});
