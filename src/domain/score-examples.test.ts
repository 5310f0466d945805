/**
 * Hand-worked scores for three realistic roles. The arithmetic is written out so that a reader
 * can check it against scoring-rules.ts without running code: P = a responsibility that evidences
 * the clause directly (30), S = in part (12); responsibilities are capped per clause (empowered 0:
 * duties never earn it; anticipates 70, workforce 55, the rest 60). Rules version 2 (issue 12). Overall = weighted mean, empowered ×2, aligns ×1.5, others ×1
 * (total weight 10.5), rounded.
 */
import { fromCatalogueIds, makeDraft } from '../testing/make-draft';
import { CLAUSE_IDS, type ClauseId } from './definition';
import { scoreDraft } from './score-draft';

const clauseScores = (draft: Parameters<typeof scoreDraft>[0]) => {
  const result = scoreDraft(draft);
  return Object.fromEntries(
    CLAUSE_IDS.map((id) => [
      id,
      [
        result.clauses[id].fromResponsibilities,
        result.clauses[id].fromAnswers,
        result.clauses[id].score,
      ],
    ]),
  ) as Record<ClauseId, [number, number, number]>;
};

describe('a faculty technical manager', () => {
  const draft = makeDraft({
    context: {
      techCommitmentSignatory: true,
      technicalCommunitySize: 600,
      institutionType: 'research-intensive',
    },
    remit: {
      scope: 'one-faculty',
      areas: ['research-facilities', 'teaching-labs', 'workshops'],
      techniciansInRemit: 45,
      sites: 2,
    },
    authority: {
      title: 'Faculty Technical Manager',
      fte: 1,
      gradeBand: 'grade-8',
      reportsTo: 'faculty-head',
      seats: ['health-safety-committee'],
      budgetAuthority: 'delegated',
      annualBudget: 350_000,
      decisionRights: ['technical-recruitment'],
      directReports: 6,
    },
    responsibilities: fromCatalogueIds([
      'recruitment-retention', // P workforce
      'appraisal-development', // P development, S skills
      'shared-facilities', // P investment
      'equipment-lifecycle', // P anticipates, P investment
      'wellbeing', // S workforce
    ]),
  });

  it('scores each clause as worked by hand', () => {
    expect(clauseScores(draft)).toEqual({
      // responsibilities never count; answers: a dean's line 3 + grade 8 4 + delegated budget 3 +
      // £100,000 or more 3 + recruitment right 2
      empowered: [0, 15, 15],
      // responsibilities none; answers: three areas, but no authority or strategic work uses them
      aligns: [0, 0, 0],
      // responsibilities P30; answers: none
      anticipates: [30, 0, 30],
      advocates: [0, 0, 0],
      policies: [0, 0, 0],
      // responsibilities P30 + S12; answers: recruitment right 15 + twenty technicians or more 2
      workforce: [42, 17, 59],
      // responsibilities S12
      skills: [12, 0, 12],
      // responsibilities P30 + P30; answers: none (a budget under £1 million)
      investment: [60, 0, 60],
      // responsibilities P30
      development: [30, 0, 30],
    });
  });

  it('scores 21 overall: a senior technical manager', () => {
    // (15×2 + 0×1.5 + 30 + 0 + 0 + 59 + 12 + 60 + 30) / 10.5 = 221 / 10.5 = 21.05 → 21
    const result = scoreDraft(draft);
    expect(result.overall).toBe(21);
    expect(result.band.id).toBe('senior-manager');
    expect(result.heldBackByAuthority).toBe(false);
  });
});

describe('a head of technical services', () => {
  const draft = makeDraft({
    context: {
      techCommitmentSignatory: true,
      technicalCommunitySize: 450,
      institutionType: 'broad-based',
    },
    remit: {
      scope: 'institution',
      areas: ['research-facilities', 'teaching-labs', 'workshops', 'digital-research', 'clinical'],
      techniciansInRemit: 420,
      sites: 3,
      external: ['sector-networks', 'technician-commitment'],
    },
    authority: {
      title: 'Head of Technical Services',
      fte: 1,
      gradeBand: 'grade-10',
      reportsTo: 'coo-registrar',
      seats: ['research-committee', 'estates-committee', 'health-safety-committee'],
      budgetAuthority: 'delegated',
      annualBudget: 2_500_000,
      decisionRights: ['technical-recruitment', 'equipment-investment', 'workforce-plan'],
      directReports: 7,
    },
    responsibilities: fromCatalogueIds([
      'lead-technical-services', // S aligns
      'operating-model', // P aligns, S investment, S policies
      'technical-strategy', // P aligns, S anticipates
      'workforce-plan', // P workforce, S anticipates, S aligns
      'tc-lead', // P advocates, S development, S policies
      'shared-facilities', // P investment
      'skills-framework', // P skills, S anticipates, S development
      'career-pathways', // P development, S policies, S workforce
    ]),
  });

  it('scores each clause as worked by hand', () => {
    expect(clauseScores(draft)).toEqual({
      // responsibilities never count; answers: COO line 10 + within three steps 3 + grades 8, 9
      // and 10 4 + 4 + 6 + delegated 3 + £100,000 3 + £1 million 5 + three rights 2×3
      empowered: [0, 44, 44],
      // responsibilities S12 + P30 + P30 + S12 = 84, capped at 60; answers (the workforce plan uses
      // the remit): several 10 + institution 15 + 3 areas 5 + 5 areas 5 + plan 5
      aligns: [60, 40, 100],
      // responsibilities S12 ×3; answers: plan 10 + equipment 10 + research committee 5 + networks 5
      anticipates: [36, 30, 66],
      // responsibilities P30; answers: Technician Commitment 10 + networks 5
      advocates: [30, 15, 45],
      // responsibilities S12 ×3; answers: none (no grading right, people seat, policy remit or governance seat)
      policies: [36, 0, 36],
      // responsibilities P30 + S12; answers: recruitment 15 + plan 15 + 20 technicians 2 + 100 technicians 3
      workforce: [42, 35, 77],
      // responsibilities P30; answers: none
      skills: [30, 0, 30],
      // responsibilities S12 + P30; answers: equipment 15 + estates 10 + research 5 + £1 million 5
      investment: [42, 35, 77],
      // responsibilities S12 + S12 + P30; answers: none
      development: [54, 0, 54],
    });
  });

  it('scores 59 overall: strategic in part', () => {
    // (44×2 + 100×1.5 + 66 + 45 + 36 + 77 + 30 + 77 + 54) / 10.5 = 623 / 10.5 = 59.33 → 59
    const result = scoreDraft(draft);
    expect(result.overall).toBe(59);
    expect(result.band.id).toBe('partial');
  });
});

describe('an executive director of technical strategy', () => {
  const draft = makeDraft({
    context: {
      techCommitmentSignatory: true,
      technicalCommunitySize: 900,
      institutionType: 'research-intensive',
    },
    remit: {
      scope: 'institution',
      areas: [
        'research-facilities',
        'teaching-labs',
        'workshops',
        'creative-media',
        'digital-research',
        'clinical',
      ],
      techniciansInRemit: 850,
      sites: 4,
      external: [
        'sector-networks',
        'uk-itss',
        'technician-commitment',
        'professional-bodies',
        'policy',
      ],
    },
    authority: {
      title: 'Director of Technical Strategy',
      fte: 1,
      gradeBand: 'above-spine',
      reportsTo: 'deputy-vc',
      seats: [
        'executive-board',
        'senate',
        'research-committee',
        'education-committee',
        'estates-committee',
        'people-committee',
      ],
      budgetAuthority: 'full',
      annualBudget: 9_500_000,
      decisionRights: [
        'technical-recruitment',
        'grading-promotion',
        'equipment-investment',
        'workforce-plan',
        'training-budget',
      ],
      directReports: 9,
    },
    responsibilities: fromCatalogueIds([
      'technical-strategy', // P aligns, S anticipates
      'exec-member', // P advocates, S aligns
      'workforce-plan', // P workforce, S anticipates, S aligns
      'tc-lead', // P advocates, S development, S policies
      'promotion-policy', // P policies, P development, S workforce
      'equipment-investment', // P investment, S aligns
      'skills-framework', // P skills, S anticipates, S development
      'horizon-scanning', // P anticipates
      'costing-policy', // P policies, P investment, S workforce
      'leadership-programmes', // P development, S skills, S workforce
    ]),
  });

  it('scores each clause as worked by hand', () => {
    expect(clauseScores(draft)).toEqual({
      // responsibilities never count; answers: executive board 30 + Deputy VC line 10 + within
      // three steps 3 + grades 4 + 4 + 6 + 7 + delegated 3 + £100,000 3 + £1 million 5 +
      // £5 million 5 + full budget 5 + five rights 2×5 = 95
      empowered: [0, 95, 95],
      // responsibilities P30 + S12 ×3 = 66, capped at 60; answers: 10 + 15 + 5 + 5 + 5 = 40
      aligns: [60, 40, 100],
      // responsibilities S12 ×3 + P30 = 66; answers: 10 + 10 + 5 + 5 = 30
      anticipates: [66, 30, 96],
      // responsibilities P30 + P30; answers: executive 10 + senate 5 + people 5 + TC 10 + UK ITSS 5 + networks 5
      advocates: [60, 40, 100],
      // responsibilities S12 + P30 + P30 = 72, capped at 60; answers: grading 15 + people 10 + policy 10 + senate 5
      policies: [60, 40, 100],
      // responsibilities P30 + S12 ×3 = 66, capped at 55; answers: recruitment 15 + plan 15 + people 5 +
      // UK ITSS 5 + 20 technicians 2 + 100 technicians 3
      workforce: [55, 45, 100],
      // responsibilities P30 + S12; answers: training 20 + bodies 10 + education 5 + UK ITSS 5
      skills: [42, 40, 82],
      // responsibilities P30 + P30; answers: equipment 15 + estates 10 + research 5 + £1 million 5 + £5 million 5
      investment: [60, 40, 100],
      // responsibilities S12 + P30 + S12 + P30 = 84, capped at 60; answers: training 10 + grading 10 +
      // UK ITSS 10 + bodies 5 (no EDI seat)
      development: [60, 35, 95],
    });
  });

  it('scores 96 overall: a strategic technical leader as defined', () => {
    // (95×2 + 100×1.5 + 96 + 100 + 100 + 100 + 82 + 100 + 95) / 10.5 = 1013 / 10.5 = 96.48 → 96
    const result = scoreDraft(draft);
    expect(result.overall).toBe(96);
    expect(result.band.id).toBe('strategic');
  });

  it('drops to "strategic in part" when the executive authority is taken away', () => {
    const withoutAuthority = makeDraft({
      ...draft,
      authority: {
        ...draft.authority,
        seats: ['senate'],
        budgetAuthority: 'advises',
        gradeBand: 'grade-9',
      },
    });
    const result = scoreDraft(withoutAuthority);
    expect(result.clauses.empowered.score).toBeLessThan(60);
    expect(result.band.id).not.toBe('strategic');
  });
});
