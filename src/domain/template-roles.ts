/**
 * The three realistic roles behind the templates, from operational to executive, built on
 * titles seen in the sector (DOMAIN.md §2). Illustrative, not any real institution's post;
 * every responsibility comes from the catalogue unless marked as the user's own.
 */
import { emptyDraft } from './empty-draft';
import { responsibilityFromCatalogue } from './from-catalogue';
import { personSpecSuggestion } from './person-spec-catalogue';
import type { Criterion, Responsibility, RoleDraft } from './role-draft';

const chosenFromCatalogue = (ids: readonly string[]): Responsibility[] =>
  ids.flatMap((catalogueId, index) => {
    const r = responsibilityFromCatalogue(catalogueId, `r${index + 1}-${catalogueId}`);
    return r ? [r] : [];
  });

const criteria = (ids: readonly string[]): Criterion[] =>
  ids.flatMap((id) => {
    const s = personSpecSuggestion(id);
    return s
      ? [{ id: `p-${id}`, text: s.text, category: s.category, assessedBy: [...s.assessedBy] }]
      : [];
  });

export function facultyManager(id: string, now: string): RoleDraft {
  const draft = emptyDraft(id, 'Faculty Technical Resources Manager', now);
  return {
    ...draft,
    context: {
      ...draft.context,
      nation: 'england',
      institutionType: 'broad-based',
      technicalCommunitySize: 400,
      techCommitmentSignatory: true,
    },
    remit: {
      scope: 'one-faculty',
      areas: ['research-facilities', 'teaching-labs', 'workshops'],
      techniciansInRemit: 38,
      sites: 1,
      external: [],
      targetLevel: null,
    },
    authority: {
      title: 'Faculty Technical Resources Manager',
      fte: 1,
      gradeBand: 'grade-8',
      reportsTo: 'faculty-head',
      seats: ['health-safety-committee'],
      budgetAuthority: 'delegated',
      annualBudget: 400_000,
      decisionRights: ['technical-recruitment', 'equipment-investment'],
      directReports: 5,
    },
    responsibilities: [
      ...chosenFromCatalogue([
        'recruitment-retention',
        'equipment-lifecycle',
        'shared-facilities',
        'appraisal-development',
        'knowledge-sharing',
        'wellbeing',
      ]),
      {
        id: 'r7-own',
        catalogueId: null,
        text: 'Deliver the faculty’s part of the institution’s Technician Commitment action plan.',
        clauses: ['advocates'],
        reason: '',
      },
    ],
    personSpec: criteria([
      'degree-or-equivalent',
      'lead-technical-teams',
      'budget-management',
      'health-safety',
      'communication',
      'professional-registration',
      'workforce-data',
    ]),
  };
}

export function headOfTechnicalServices(id: string, now: string): RoleDraft {
  const draft = emptyDraft(id, 'Head of Technical Services', now);
  return {
    ...draft,
    context: {
      ...draft.context,
      nation: 'scotland',
      institutionType: 'broad-based',
      technicalCommunitySize: 450,
      techCommitmentSignatory: true,
    },
    remit: {
      scope: 'institution',
      areas: ['research-facilities', 'teaching-labs', 'workshops', 'digital-research', 'clinical'],
      techniciansInRemit: 420,
      sites: 3,
      external: ['sector-networks', 'technician-commitment'],
      targetLevel: null,
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
    responsibilities: chosenFromCatalogue([
      'lead-technical-services',
      'operating-model',
      'technical-strategy',
      'workforce-plan',
      'tc-lead',
      'shared-facilities',
      'skills-framework',
      'career-pathways',
      'sector-voice',
    ]),
    personSpec: criteria([
      'degree-or-equivalent',
      'professional-registration',
      'lead-technical-teams',
      'strategic-planning',
      'budget-management',
      'influence-senior',
      'technician-commitment-knowledge',
      'edi-commitment',
      'research-costing',
      'sector-networks',
    ]),
  };
}

export function directorOfTechnicalStrategy(id: string, now: string): RoleDraft {
  const draft = emptyDraft(id, 'Director of Technical Strategy', now);
  return {
    ...draft,
    context: {
      ...draft.context,
      nation: 'england',
      institutionType: 'research-intensive',
      technicalCommunitySize: 900,
      techCommitmentSignatory: true,
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
      targetLevel: null,
    },
    authority: {
      title: 'University Director of Technical Strategy',
      fte: 1,
      gradeBand: 'executive',
      reportsTo: 'deputy-vc',
      seats: [
        'executive-board',
        'senate',
        'research-committee',
        'education-committee',
        'estates-committee',
        'people-committee',
        'edi-committee',
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
    responsibilities: chosenFromCatalogue([
      'technical-strategy',
      'exec-member',
      'workforce-plan',
      'tc-lead',
      'promotion-policy',
      'equipment-investment',
      'skills-framework',
      'horizon-scanning',
      'costing-policy',
      'leadership-programmes',
      'policy-influence',
    ]),
    personSpec: criteria([
      'degree-or-equivalent',
      'professional-registration',
      'lead-technical-teams',
      'strategic-planning',
      'budget-management',
      'influence-senior',
      'technician-commitment-knowledge',
      'edi-commitment',
      'leading-change',
      'leadership-programme',
      'sector-networks',
    ]),
  };
}
