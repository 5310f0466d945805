/**
 * Hand-worked scores for three realistic roles. The arithmetic is written out so that a reader
 * can check it against scoring-rules.ts without running code: P = a responsibility that evidences
 * the clause directly (20), S = in part (8); responsibilities are capped per clause (empowered 20,
 * anticipates 70, the rest 60). Overall = weighted mean, empowered ×2, aligns ×1.5, others ×1
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

describe('an operational faculty technical manager', () => {
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
      'shared-facilities', // P investment, S aligns
      'equipment-lifecycle', // P anticipates, P investment
      'wellbeing', // P development, S workforce
    ]),
  });

  it('scores each clause as worked by hand', () => {
    expect(clauseScores(draft)).toEqual({
      // responsibilities 0; answers: delegated budget 10 + recruitment right 2 (grade 8 and a faculty line add nothing)
      empowered: [0, 12, 12],
      // responsibilities S8; answers: three technical areas 5
      aligns: [8, 5, 13],
      // responsibilities P20; answers: none
      anticipates: [20, 0, 20],
      advocates: [0, 0, 0],
      policies: [0, 0, 0],
      // responsibilities P20 + S8; answers: recruitment right 15
      workforce: [28, 15, 43],
      // responsibilities S8
      skills: [8, 0, 8],
      // responsibilities P20 + P20; answers: delegated budget 10
      investment: [40, 10, 50],
      // responsibilities P20 + P20
      development: [40, 0, 40],
    });
  });

  it('scores 19 overall: an operational lead', () => {
    // (12×2 + 13×1.5 + 20 + 0 + 0 + 43 + 8 + 50 + 40) / 10.5 = 204.5 / 10.5 = 19.48 → 19
    const result = scoreDraft(draft);
    expect(result.overall).toBe(19);
    expect(result.band.id).toBe('operational');
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
      'lead-technical-services', // P empowered, S aligns
      'operating-model', // P aligns, S investment, S policies
      'technical-strategy', // P aligns, S anticipates
      'workforce-plan', // P workforce, S anticipates, S aligns
      'tc-lead', // P advocates, S development, S policies
      'shared-facilities', // P investment, S aligns
      'skills-framework', // P skills, S anticipates, S development
      'career-pathways', // P development, S policies, S workforce
    ]),
  });

  it('scores each clause as worked by hand', () => {
    expect(clauseScores(draft)).toEqual({
      // responsibilities P20 (cap 20); answers: COO line 10 + grade 10 8 + delegated budget 10 + three rights 2×3
      empowered: [20, 34, 54],
      // responsibilities S8 + P20 + P20 + S8 + S8 = 64, capped at 60; answers: several 10 + institution 15 + 3 areas 5 + 5 areas 5 + plan 5
      aligns: [60, 40, 100],
      // responsibilities S8 ×3; answers: plan 10 + equipment 10 + research committee 5 + networks 5
      anticipates: [24, 30, 54],
      // responsibilities P20; answers: Technician Commitment 10 + networks 5
      advocates: [20, 15, 35],
      // responsibilities S8 ×3; answers: none (no grading right, people seat, policy remit or governance seat)
      policies: [24, 0, 24],
      // responsibilities P20 + S8; answers: recruitment 15 + plan 15
      workforce: [28, 30, 58],
      // responsibilities P20; answers: none
      skills: [20, 0, 20],
      // responsibilities S8 + P20; answers: equipment 15 + estates 10 + budget 10 + research 5
      investment: [28, 40, 68],
      // responsibilities S8 + S8 + P20; answers: none
      development: [36, 0, 36],
    });
  });

  it('scores 53 overall: a senior technical manager', () => {
    // (54×2 + 100×1.5 + 54 + 35 + 24 + 58 + 20 + 68 + 36) / 10.5 = 553 / 10.5 = 52.67 → 53
    const result = scoreDraft(draft);
    expect(result.overall).toBe(53);
    expect(result.band.id).toBe('senior-manager');
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
      'exec-member', // P empowered, S advocates, S aligns
      'workforce-plan', // P workforce, S anticipates, S aligns
      'tc-lead', // P advocates, S development, S policies
      'promotion-policy', // P policies, P development, S workforce
      'equipment-investment', // P investment, S empowered, S aligns
      'skills-framework', // P skills, S anticipates, S development
      'horizon-scanning', // P anticipates, S investment
      'costing-policy', // P policies, P investment, S workforce
      'leadership-programmes', // P development, S skills, S workforce
    ]),
  });

  it('scores each clause as worked by hand', () => {
    expect(clauseScores(draft)).toEqual({
      // responsibilities P20 + S8 = 28, capped at 20; answers: executive board 25 + Deputy VC line 10 +
      // grade 10 8 + above spine 7 + budget 10 + full budget 5 + five rights 2×5 = 75
      empowered: [20, 75, 95],
      // responsibilities P20 + S8 ×3 = 44; answers: 10 + 15 + 5 + 5 + 5 = 40
      aligns: [44, 40, 84],
      // responsibilities S8 ×3 + P20 = 44; answers: 10 + 10 + 5 + 5 = 30
      anticipates: [44, 30, 74],
      // responsibilities S8 + P20; answers: executive 10 + senate 5 + people 5 + TC 10 + UK ITSS 5 + networks 5
      advocates: [28, 40, 68],
      // responsibilities S8 + P20 + P20; answers: grading 15 + people 10 + policy 10 + senate 5
      policies: [48, 40, 88],
      // responsibilities P20 + S8 ×3; answers: recruitment 15 + plan 15 + people 5 + UK ITSS 5
      workforce: [44, 40, 84],
      // responsibilities P20 + S8; answers: training 20 + bodies 10 + education 5 + UK ITSS 5
      skills: [28, 40, 68],
      // responsibilities P20 + S8 + P20; answers: equipment 15 + estates 10 + budget 10 + research 5
      investment: [48, 40, 88],
      // responsibilities S8 + P20 + S8 + P20 = 56; answers: training 10 + grading 10 + UK ITSS 10 + bodies 5 (no EDI seat)
      development: [56, 35, 91],
    });
  });

  it('scores 84 overall: a strategic technical leader as defined', () => {
    // (95×2 + 84×1.5 + 74 + 68 + 88 + 84 + 68 + 88 + 91) / 10.5 = 877 / 10.5 = 83.52 → 84
    const result = scoreDraft(draft);
    expect(result.overall).toBe(84);
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
