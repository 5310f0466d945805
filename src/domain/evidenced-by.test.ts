import { makeDraft } from '../testing/make-draft';
import { answerRead, type AnswerField } from './condition';
import { CLAUSE_IDS } from './definition';
import { satisfy, satisfyNeeds } from './satisfy';
import { scoreClause } from './score-clause';
import { SIGNALS } from './scoring-rules';
import { clausesEvidencedBy } from './evidenced-by';

describe('which clauses a question evidences', () => {
  it.each<[AnswerField, string[]]>([
    [{ section: 'remit', field: 'scope' }, ['aligns']],
    [{ section: 'remit', field: 'areas' }, ['aligns']],
    [
      { section: 'remit', field: 'external' },
      ['anticipates', 'advocates', 'policies', 'workforce', 'skills', 'development'],
    ],
    [{ section: 'authority', field: 'gradeBand' }, ['empowered']],
    [{ section: 'authority', field: 'reportsTo' }, ['empowered']],
    [{ section: 'authority', field: 'budgetAuthority' }, ['empowered']],
    // The amount counts by its size (issue 12); the team led, towards the workforce.
    [{ section: 'authority', field: 'annualBudget' }, ['empowered', 'investment']],
    [{ section: 'remit', field: 'techniciansInRemit' }, ['workforce']],
    // Every clause but aligns: the research committee (anticipates, investment), the people
    // committee (workforce), education (skills) and EDI (development) committees count too.
    [{ section: 'authority', field: 'seats' }, CLAUSE_IDS.filter((c) => c !== 'aligns')],
    // Every clause but advocates: owning the workforce plan counts towards aligns and anticipates too.
    [
      { section: 'authority', field: 'decisionRights' },
      CLAUSE_IDS.filter((c) => c !== 'advocates'),
    ],
  ])('%o evidences %o, in the definition’s order', (answer, clauses) => {
    expect(clausesEvidencedBy(answer)).toEqual(clauses);
  });

  it.each<AnswerField>([
    { section: 'authority', field: 'title' },
    { section: 'authority', field: 'fte' },
    { section: 'authority', field: 'directReports' },
    { section: 'remit', field: 'sites' },
  ])('names no clause for %o, which no scoring rule reads', (answer) => {
    expect(clausesEvidencedBy(answer)).toEqual([]);
  });

  it.each(SIGNALS.map((signal) => [signal.id, signal] as const))(
    'reads "%s" from the one answer that meeting it changes, and that raises its clause',
    (_, signal) => {
      // What the signal also needs is met first, so that its own answer is the one change.
      const before = satisfyNeeds(signal.needs, makeDraft());
      const after = satisfy(signal.condition, before);
      const { section, field } = answerRead(signal.condition);
      const changed = (['remit', 'authority'] as const).flatMap((s) =>
        Object.entries(after[s])
          .filter(
            ([key, value]) => !Object.is(value, before[s][key as keyof (typeof before)[typeof s]]),
          )
          .map(([key]) => `${s}.${key}`),
      );
      expect(changed).toEqual([`${section}.${field}`]);
      expect(scoreClause(signal.clause, after).score).toBeGreaterThan(
        scoreClause(signal.clause, before).score,
      );
      expect(clausesEvidencedBy(answerRead(signal.condition))).toContain(signal.clause);
    },
  );
});
