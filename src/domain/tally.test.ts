import fc from 'fast-check';
import { arbitraryDraft } from '../testing/arbitrary-draft';
import { ownResponsibility, fromCatalogue, makeDraft } from '../testing/make-draft';
import { CLAUSE_IDS, type ClauseId } from './definition';
import { scoreClause } from './score-clause';
import { RESPONSIBILITY_CAP, RESPONSIBILITY_POINTS, SIGNALS } from './scoring-rules';
import { capped, tally } from './tally';

const at = (numbers: number[], clause: ClauseId) => numbers[CLAUSE_IDS.indexOf(clause)];

describe('the tally', () => {
  it('is all zeros and no signal met for a blank draft', () => {
    const counts = tally(makeDraft());
    expect(counts.score).toEqual(CLAUSE_IDS.map(() => 0));
    expect(counts.met.every((met) => !met)).toBe(true);
  });

  it('adds responsibility points per clause, counts a repeat once and caps the total', () => {
    // Five responsibilities of the user's own whose wording evidences "empowered" directly:
    // 100 raw points, capped at 20.
    const own = [1, 2, 3, 4, 5].map((n) => ownResponsibility(`Sign off decision ${n}.`, []));
    const draft = makeDraft({
      responsibilities: [...own, fromCatalogue('tc-lead', 'a'), fromCatalogue('tc-lead', 'b')],
    });
    const counts = tally(draft);
    expect(at(counts.raw, 'empowered')).toBe(5 * RESPONSIBILITY_POINTS.primary);
    expect(at(counts.fromResponsibilities, 'empowered')).toBe(RESPONSIBILITY_CAP.empowered);
    expect(at(counts.raw, 'advocates')).toBe(RESPONSIBILITY_POINTS.primary);
  });

  it('adds the points of the signals met, and marks them met in SIGNALS order', () => {
    const draft = makeDraft({ authority: { seats: ['executive-board'] } });
    const counts = tally(draft);
    const met = SIGNALS.filter((_, s) => counts.met[s]).map((signal) => signal.id);
    expect(met).toEqual(['emp-exec', 'adv-exec']);
    expect(at(counts.fromAnswers, 'empowered')).toBe(30);
    expect(at(counts.score, 'advocates')).toBe(10);
  });

  it('scores a clause its capped responsibility points plus the points of its answers', () => {
    const draft = makeDraft({
      responsibilities: [1, 2, 3, 4, 5, 6, 7, 8].map((n) =>
        ownResponsibility(`Own skills framework ${n}.`, ['skills']),
      ),
      authority: { decisionRights: ['training-budget'] },
      remit: { external: ['professional-bodies', 'uk-itss'] },
    });
    expect(at(tally(draft).score, 'skills')).toBe(RESPONSIBILITY_CAP.skills + 20 + 10 + 5);
  });

  it('is what scoreClause’s evidence adds up to, for any draft', () => {
    const sum = (points: number[]) => points.reduce((total, p) => total + p, 0);
    fc.assert(
      fc.property(arbitraryDraft(), fc.constantFrom(...CLAUSE_IDS), (draft, clause) => {
        const { evidence, fromResponsibilities, fromAnswers } = scoreClause(clause, draft);
        const points = (kind: string) =>
          evidence.filter((e) => e.kind === kind).map((e) => e.points);
        expect(fromResponsibilities).toBe(capped(clause, sum(points('responsibility'))));
        expect(fromAnswers).toBe(sum(points('answer')));
      }),
      { numRuns: 200 },
    );
  });
});
