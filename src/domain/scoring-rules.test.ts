import { fromCatalogue, makeDraft } from '../testing/make-draft';
import { catalogueEntry } from './catalogue';
import { describe as describeCondition, isMet } from './condition';
import { CLAUSE_IDS } from './definition';
import { responsibilityFromCatalogue } from './from-catalogue';
import { satisfy } from './satisfy';
import { scoreClause } from './score-clause';
import { bandFor, overallScore } from './score-draft';
import {
  BANDS,
  CLAUSE_WEIGHTS,
  RESPONSIBILITY_CAP,
  RESPONSIBILITY_POINTS,
  SIGNALS,
  TOP_BAND_MIN_EMPOWERED,
} from './scoring-rules';

describe('the scoring rules as data', () => {
  it.each(CLAUSE_IDS.map((clause) => [clause] as const))(
    'lets "%s" add up to exactly 100: its responsibility cap plus its answers',
    (clause) => {
      const fromAnswers = SIGNALS.filter((s) => s.clause === clause).reduce(
        (sum, s) => sum + s.points,
        0,
      );
      expect(RESPONSIBILITY_CAP[clause] + fromAnswers).toBe(100);
    },
  );

  it('gives every signal a unique id, positive points and a reason', () => {
    expect(new Set(SIGNALS.map((s) => s.id)).size).toBe(SIGNALS.length);
    for (const signal of SIGNALS) {
      expect(signal.points).toBeGreaterThan(0);
      expect(signal.because.length).toBeGreaterThan(5);
      expect(describeCondition(signal.condition).length).toBeGreaterThan(5);
    }
  });

  it('counts a direct responsibility for more than a supporting one', () => {
    expect(RESPONSIBILITY_POINTS.primary).toBeGreaterThan(RESPONSIBILITY_POINTS.secondary);
  });

  it('weights every clause and weights "empowered" most', () => {
    for (const clause of CLAUSE_IDS) expect(CLAUSE_WEIGHTS[clause]).toBeGreaterThan(0);
    const max = Math.max(...CLAUSE_IDS.map((c) => CLAUSE_WEIGHTS[c]));
    expect(CLAUSE_WEIGHTS.empowered).toBe(max);
  });

  it('orders bands highest first, ending at 0', () => {
    const mins = BANDS.map((b) => b.min);
    expect(mins).toEqual([...mins].sort((a, b) => b - a));
    expect(mins[mins.length - 1]).toBe(0);
  });
});

describe('bands', () => {
  it.each([
    [100, 100, 'strategic', false],
    [75, 60, 'strategic', false],
    [75, TOP_BAND_MIN_EMPOWERED - 1, 'partial', true],
    [74, 100, 'partial', false],
    [47, 0, 'partial', false],
    [46, 100, 'senior-manager', false],
    [20, 0, 'senior-manager', false],
    [19, 100, 'operational', false],
    [0, 0, 'operational', false],
  ])(
    'overall %i with empowered %i is "%s" (held back: %s)',
    (overall, empowered, band, heldBack) => {
      expect(bandFor(overall, empowered)).toEqual({
        band: BANDS.find((b) => b.id === band),
        heldBack,
      });
    },
  );

  it('weights the overall score: empowered counts double', () => {
    const zero = Object.fromEntries(CLAUSE_IDS.map((c) => [c, 0])) as Record<
      (typeof CLAUSE_IDS)[number],
      number
    >;
    // Total weight 2 + 1.5 + 7 × 1 = 10.5; 100 × 2 / 10.5 = 19.05 → 19.
    expect(overallScore({ ...zero, empowered: 100 })).toBe(19);
    // 100 × 1 / 10.5 = 9.52 → 10.
    expect(overallScore({ ...zero, skills: 100 })).toBe(10);
  });
});

describe('scoring a clause', () => {
  it('counts a catalogue responsibility chosen twice only once', () => {
    const once = makeDraft({ responsibilities: [fromCatalogue('tc-lead', 'a')] });
    const twice = makeDraft({
      responsibilities: [fromCatalogue('tc-lead', 'a'), fromCatalogue('tc-lead', 'b')],
    });
    expect(scoreClause('advocates', twice).score).toBe(scoreClause('advocates', once).score);
    expect(scoreClause('advocates', once).score).toBe(RESPONSIBILITY_POINTS.primary);
  });

  it('scores the user’s own responsibility by what its wording evidences, not the clauses ticked', () => {
    const draft = makeDraft({
      responsibilities: [
        {
          id: 'own',
          catalogueId: null,
          text: 'Lead the Technician Commitment.',
          clauses: ['advocates', 'skills'],
          reason: '',
        },
      ],
    });
    expect(scoreClause('advocates', draft).score).toBe(RESPONSIBILITY_POINTS.primary);
    expect(scoreClause('advocates', draft).evidence).toEqual([
      {
        kind: 'responsibility',
        responsibilityId: 'own',
        text: 'Lead the Technician Commitment.',
        strength: 'primary',
        points: RESPONSIBILITY_POINTS.primary,
        cues: ['Technician Commitment'],
        fromJobDescription: false,
      },
    ]);
    expect(scoreClause('skills', draft).score).toBe(0);
  });

  it('reads a catalogue responsibility by the catalogue’s tags, not tags stored with it', () => {
    const draft = makeDraft({
      responsibilities: [{ ...fromCatalogue('tc-lead'), clauses: ['skills'] }],
    });
    expect(scoreClause('skills', draft).score).toBe(0);
    expect(scoreClause('advocates', draft).score).toBe(RESPONSIBILITY_POINTS.primary);
  });

  it('treats a responsibility whose catalogue entry no longer exists as the user’s own', () => {
    const draft = makeDraft({
      responsibilities: [
        {
          id: 'old',
          catalogueId: 'retired-responsibility',
          text: 'Support the training programme.',
          clauses: ['skills'],
          reason: '',
        },
      ],
    });
    expect(scoreClause('skills', draft).score).toBe(RESPONSIBILITY_POINTS.secondary);
  });

  it('builds a responsibility from the catalogue, or nothing for an unknown id', () => {
    expect(responsibilityFromCatalogue('mentoring', 'm1')).toEqual({
      id: 'm1',
      catalogueId: 'mentoring',
      text: catalogueEntry('mentoring')!.text,
      clauses: [],
      reason: '',
    });
    expect(responsibilityFromCatalogue('retired-responsibility', 'x')).toBeNull();
  });

  it('gives "empowered" nothing for responsibilities: authority evidences it, duties do not', () => {
    const draft = makeDraft({
      responsibilities: ['exec-member', 'budget-holder', 'approve-cases', 'technical-board'].map(
        (id) => fromCatalogue(id),
      ),
    });
    expect(scoreClause('empowered', draft)).toMatchObject({
      score: 0,
      fromResponsibilities: 0,
      fromAnswers: 0,
    });
  });

  it('states the full gain of a grade raise that also passes a lower rung', () => {
    const clause = scoreClause('empowered', makeDraft({ authority: { gradeBand: 'grade-8' } }));
    const aboveSpine = clause.raises.find(
      (r) => r.kind === 'change-answer' && r.signalId === 'emp-grade-above',
    );
    // Above the spine meets the grade-9 (4) and grade-10 (6) signals and its own (7).
    expect(aboveSpine?.gain).toBe(17);
  });

  it('records met answers as evidence, with the wizard section to change them', () => {
    const clause = scoreClause(
      'empowered',
      makeDraft({ authority: { seats: ['executive-board'] } }),
    );
    expect(clause.evidence).toContainEqual(
      expect.objectContaining({
        kind: 'answer',
        signalId: 'emp-exec',
        points: 30,
        section: 'authority',
      }),
    );
  });
});

describe('satisfying a condition', () => {
  it('changes nothing when the condition is met already', () => {
    const draft = makeDraft({ authority: { gradeBand: 'executive' } });
    expect(satisfy({ kind: 'grade-at-least', band: 'grade-9' }, draft)).toBe(draft);
  });

  it.each(SIGNALS.map((s) => [s.id, s] as const))(
    'meets the condition of signal %s from a blank draft',
    (_id, signal) => {
      expect(isMet(signal.condition, satisfy(signal.condition, makeDraft()))).toBe(true);
    },
  );

  it('chooses the furthest reporting line that still meets the condition', () => {
    const draft = satisfy(
      { kind: 'reporting-within', steps: 2 },
      makeDraft({ authority: { reportsTo: 'department-head' } }),
    );
    expect(draft.authority.reportsTo).toBe('deputy-vc');
  });

  it('adds only as many technical areas as needed', () => {
    const draft = satisfy(
      { kind: 'areas-at-least', count: 3 },
      makeDraft({ remit: { areas: ['clinical'] } }),
    );
    expect(draft.remit.areas).toHaveLength(3);
    expect(draft.remit.areas).toContain('clinical');
  });
});
