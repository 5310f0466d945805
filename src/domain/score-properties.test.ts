/** Properties the scoring must always hold, over generated drafts (fast-check). */
import fc from 'fast-check';
import { arbitraryDraft, arbitraryResponsibilities } from '../testing/arbitrary-draft';
import { fromCatalogue, makeDraft } from '../testing/make-draft';
import { CATALOGUE } from './catalogue';
import { CLAUSE_IDS } from './definition';
import {
  BUDGET_AUTHORITY,
  DECISION_RIGHTS,
  EXTERNAL_REMIT,
  GRADE_BANDS,
  REPORTING_DISTANCE,
  REPORTING_LINES,
  SCOPES,
  SEATS,
  TECHNICAL_AREAS,
  rank,
} from './options';
import type { RoleDraft } from './role-draft';
import { satisfySignal } from './satisfy';
import { scoreClause, type Raise } from './score-clause';
import { scoreDraft } from './score-draft';
import { BANDS, SIGNALS } from './scoring-rules';

const runs = { numRuns: 200 };

const scores = (draft: RoleDraft) => {
  const result = scoreDraft(draft);
  return {
    ...Object.fromEntries(CLAUSE_IDS.map((id) => [id, result.clauses[id].score])),
    overall: result.overall,
  };
};

const add = <T extends string>(order: readonly T[], list: readonly T[], id: T): T[] =>
  order.filter((x) => x === id || list.includes(x));

/** One step up in authority or remit: each gives the role more, never less. */
type Step = (draft: RoleDraft) => RoleDraft;
const withAuthority = (draft: RoleDraft, patch: Partial<RoleDraft['authority']>): RoleDraft => ({
  ...draft,
  authority: { ...draft.authority, ...patch },
});
const withRemit = (draft: RoleDraft, patch: Partial<RoleDraft['remit']>): RoleDraft => ({
  ...draft,
  remit: { ...draft.remit, ...patch },
});
const higher = <T extends string>(ids: readonly T[], current: T | null, pick: number): T => {
  const from = current === null ? 0 : rank(ids, current);
  return ids[from + (pick % (ids.length - from))]!;
};

const arbitraryAuthorityStep = (): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.constantFrom(...SEATS.ids).map(
      (seat): Step =>
        (d) =>
          withAuthority(d, { seats: add(SEATS.ids, d.authority.seats, seat) }),
    ),
    fc.constantFrom(...DECISION_RIGHTS.ids).map(
      (right): Step =>
        (d) =>
          withAuthority(d, {
            decisionRights: add(DECISION_RIGHTS.ids, d.authority.decisionRights, right),
          }),
    ),
    fc.nat().map(
      (pick): Step =>
        (d) =>
          withAuthority(d, { gradeBand: higher(GRADE_BANDS.ids, d.authority.gradeBand, pick) }),
    ),
    fc.nat().map(
      (pick): Step =>
        (d) =>
          withAuthority(d, {
            budgetAuthority: higher(BUDGET_AUTHORITY.ids, d.authority.budgetAuthority, pick),
          }),
    ),
    fc.constantFrom(...REPORTING_LINES.ids).map((line): Step => (d) => {
      const current = d.authority.reportsTo;
      const closer = current === null || REPORTING_DISTANCE[line] <= REPORTING_DISTANCE[current];
      return closer ? withAuthority(d, { reportsTo: line }) : d;
    }),
    fc.nat().map(
      (pick): Step =>
        (d) =>
          withRemit(d, { scope: higher(SCOPES.ids, d.remit.scope, pick) }),
    ),
    fc.constantFrom(...TECHNICAL_AREAS.ids).map(
      (area): Step =>
        (d) =>
          withRemit(d, { areas: add(TECHNICAL_AREAS.ids, d.remit.areas, area) }),
    ),
    fc.constantFrom(...EXTERNAL_REMIT.ids).map(
      (remit): Step =>
        (d) =>
          withRemit(d, { external: add(EXTERNAL_REMIT.ids, d.remit.external, remit) }),
    ),
  );

function apply(raise: Raise, draft: RoleDraft): RoleDraft {
  if (raise.kind === 'add-responsibility') {
    return {
      ...draft,
      responsibilities: [...draft.responsibilities, fromCatalogue(raise.catalogueId, 'raise')],
    };
  }
  const signal = SIGNALS.find((s) => s.id === raise.signalId)!;
  return satisfySignal(signal, draft);
}

const fullDraft = makeDraft({
  remit: {
    scope: 'institution',
    areas: [...TECHNICAL_AREAS.ids],
    external: [...EXTERNAL_REMIT.ids],
    techniciansInRemit: 800,
  },
  authority: {
    gradeBand: 'executive',
    reportsTo: 'vice-chancellor',
    seats: [...SEATS.ids],
    budgetAuthority: 'full',
    annualBudget: 12_000_000,
    decisionRights: [...DECISION_RIGHTS.ids],
    directReports: 8,
  },
  responsibilities: CATALOGUE.map((entry) => fromCatalogue(entry.id)),
});

describe('scoring properties', () => {
  it('keeps every clause score and the overall score a whole number within 0–100', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        for (const value of Object.values(scores(draft))) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
      runs,
    );
  });

  it('never lowers a clause score when a responsibility is added', () => {
    fc.assert(
      fc.property(arbitraryDraft(), arbitraryResponsibilities(3), (draft, extra) => {
        const before = scores(draft);
        const after = scores({ ...draft, responsibilities: [...draft.responsibilities, ...extra] });
        for (const key of Object.keys(before) as (keyof typeof before)[]) {
          expect(after[key]).toBeGreaterThanOrEqual(before[key]!);
        }
      }),
      runs,
    );
  });

  it('never lowers any score, the empowered score included, when the role gains authority or remit', () => {
    fc.assert(
      fc.property(
        arbitraryDraft(),
        fc.array(arbitraryAuthorityStep(), { minLength: 1, maxLength: 4 }),
        (draft, steps) => {
          const before = scores(draft);
          const after = scores(steps.reduce((d, step) => step(d), draft));
          for (const key of Object.keys(before) as (keyof typeof before)[]) {
            expect(after[key]).toBeGreaterThanOrEqual(before[key]!);
          }
        },
      ),
      runs,
    );
  });

  it('gives the same result for the same draft, every time', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        expect(scoreDraft(structuredClone(draft))).toEqual(scoreDraft(draft));
      }),
      { numRuns: 100 },
    );
  });

  it('places the empty draft in the lowest band with every clause at 0', () => {
    const result = scoreDraft(makeDraft());
    expect(result.band.id).toBe(BANDS[BANDS.length - 1]!.id);
    expect(result.overall).toBe(0);
    for (const id of CLAUSE_IDS) expect(result.clauses[id].score).toBe(0);
  });

  it('places a full-authority, full-catalogue draft in the top band with every clause at 100', () => {
    const result = scoreDraft(fullDraft);
    expect(result.band.id).toBe(BANDS[0]!.id);
    expect(result.overall).toBe(100);
    expect(result.heldBackByAuthority).toBe(false);
    for (const id of CLAUSE_IDS) {
      expect(result.clauses[id].score).toBe(100);
      expect(result.clauses[id].raises).toEqual([]);
    }
  });

  it('lets every clause reach 100 from its own responsibilities and answers', () => {
    for (const clause of CLAUSE_IDS) {
      const draft = makeDraft({
        responsibilities: CATALOGUE.filter((e) => e.primary.includes(clause)).map((e) =>
          fromCatalogue(e.id),
        ),
      });
      const withAnswers = SIGNALS.filter((s) => s.clause === clause).reduce(
        (d, s) => satisfySignal(s, d),
        draft,
      );
      expect(scoreClause(clause, withAnswers).score).toBe(100);
    }
  });

  it.each(CATALOGUE.map((e) => [e.id, e.primary.length + e.secondary.length > 0] as const))(
    'raises some clause when "%s" is added to a blank draft if it is tagged (%s), and none if not',
    (id, tagged) => {
      const result = scoreDraft(makeDraft({ responsibilities: [fromCatalogue(id)] }));
      expect(CLAUSE_IDS.some((clause) => result.clauses[clause].score > 0)).toBe(tagged);
    },
  );

  it('raises a clause by exactly the stated gain when a suggested change is made', () => {
    fc.assert(
      fc.property(
        arbitraryDraft(),
        fc.constantFrom(...CLAUSE_IDS),
        fc.nat(),
        (draft, clause, pick) => {
          const before = scoreClause(clause, draft);
          if (before.raises.length === 0) return;
          const raise = before.raises[pick % before.raises.length]!;
          expect(raise.gain).toBeGreaterThan(0);
          expect(scoreClause(clause, apply(raise, draft)).score).toBe(before.score + raise.gain);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('lists raises largest gain first', () => {
    fc.assert(
      fc.property(arbitraryDraft(), fc.constantFrom(...CLAUSE_IDS), (draft, clause) => {
        const gains = scoreClause(clause, draft).raises.map((r) => r.gain);
        expect(gains).toEqual([...gains].sort((a, b) => b - a));
      }),
      runs,
    );
  });

  it('never lets the top band go to a role without enough authority', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const result = scoreDraft(draft);
        if (result.band.id === 'strategic')
          expect(result.clauses.empowered.score).toBeGreaterThanOrEqual(60);
      }),
      runs,
    );
  });
});
