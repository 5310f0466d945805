/**
 * Person-specification criteria a UK university would set for a strategic technical leader,
 * split into essential and desirable with how each is assessed (DOMAIN.md §4–5). Suggestions
 * only: the user chooses, edits or writes their own.
 */
import type { AssessmentMethod, CriterionCategory } from './options';

export interface PersonSpecSuggestion {
  /** Stable id: never renamed. */
  id: string;
  text: string;
  category: CriterionCategory;
  assessedBy: readonly AssessmentMethod[];
}

export const PERSON_SPEC_SUGGESTIONS: readonly PersonSpecSuggestion[] = [
  {
    id: 'degree-or-equivalent',
    text: 'A degree in a scientific, engineering, creative or technical discipline, or equivalent professional experience.',
    category: 'essential',
    assessedBy: ['application'],
  },
  {
    id: 'professional-registration',
    text: 'Professional registration (such as RSciTech, RSci, CSci, EngTech, IEng or CEng) or a commitment to achieve it.',
    category: 'essential',
    assessedBy: ['application'],
  },
  {
    id: 'lead-technical-teams',
    text: 'Substantial experience of leading and managing technical teams, including technical managers, in a complex organisation.',
    category: 'essential',
    assessedBy: ['application', 'interview'],
  },
  {
    id: 'strategic-planning',
    text: 'A record of developing and delivering strategy, turning institutional goals into workforce, skills and investment plans.',
    category: 'essential',
    assessedBy: ['application', 'presentation'],
  },
  {
    id: 'budget-management',
    text: 'Experience of managing significant budgets and making the case for capital and equipment investment.',
    category: 'essential',
    assessedBy: ['application', 'interview'],
  },
  {
    id: 'influence-senior',
    text: 'The ability to influence and negotiate with senior academic and professional services leaders, and to hold one’s own at executive level.',
    category: 'essential',
    assessedBy: ['interview', 'presentation'],
  },
  {
    id: 'technician-commitment-knowledge',
    text: 'Knowledge of the Technician Commitment and of current issues for technical careers in UK higher education, including the TALENT Commission’s recommendations.',
    category: 'essential',
    assessedBy: ['interview'],
  },
  {
    id: 'edi-commitment',
    text: 'A demonstrable commitment to equality, diversity and inclusion, and to widening access to technical careers.',
    category: 'essential',
    assessedBy: ['application', 'interview'],
  },
  {
    id: 'leading-change',
    text: 'Experience of leading organisational change, engaging staff and trade unions throughout.',
    category: 'essential',
    assessedBy: ['application', 'interview'],
  },
  {
    id: 'communication',
    text: 'Excellent written and spoken communication, including presenting complex technical matters clearly to non-specialists.',
    category: 'essential',
    assessedBy: ['application', 'presentation'],
  },
  {
    id: 'health-safety',
    text: 'Sound knowledge of health and safety and regulatory compliance in laboratories, workshops or technical facilities.',
    category: 'essential',
    assessedBy: ['application', 'interview'],
  },
  {
    id: 'workforce-data',
    text: 'Experience of using workforce and service data to plan, forecast and report.',
    category: 'desirable',
    assessedBy: ['application', 'interview'],
  },
  {
    id: 'advance-he-fellowship',
    text: 'Advance HE fellowship (such as AFHEA or FHEA), or experience of supporting teaching.',
    category: 'desirable',
    assessedBy: ['application'],
  },
  {
    id: 'sector-networks',
    text: 'An established network in the sector, such as UK ITSS, regional technical managers’ networks or professional bodies.',
    category: 'desirable',
    assessedBy: ['application', 'interview'],
  },
  {
    id: 'leadership-programme',
    text: 'Completion of a leadership programme, such as UK ITSS’s Executive Programme in Strategic Technical Leadership or the Herschel Programme.',
    category: 'desirable',
    assessedBy: ['application'],
  },
  {
    id: 'research-costing',
    text: 'Experience of costing technical staff and equipment on research grants and of running shared facilities with cost recovery.',
    category: 'desirable',
    assessedBy: ['application', 'interview'],
  },
  {
    id: 'welsh-language',
    text: 'The ability to communicate in Welsh, or a willingness to learn (for posts in Wales).',
    category: 'desirable',
    assessedBy: ['application', 'interview'],
  },
];

export function personSpecSuggestion(id: string): PersonSpecSuggestion | undefined {
  return PERSON_SPEC_SUGGESTIONS.find((s) => s.id === id);
}
