/**
 * What evidences each of HERA's 14 elements and Hay's three factors in a draft, as data: the
 * words that point a sentence at an element, and what a panel is likely to ask for when the
 * draft gives nothing for it. Element and factor NAMES only: the HERA questionnaire and the Hay
 * guide charts are copyright and are neither used nor reproduced. Indicative, never a grade.
 *
 * Sources: HERA (Higher Education Role Analysis, ECC) element names, as in src/domain/options.ts;
 * Hay Group job evaluation, the three factors Know-how, Problem solving and Accountability.
 */
import type { HeraElement } from '../options';

export interface ElementCue {
  /** Words that point a sentence at the element (a pattern source, whole words, any case). */
  readonly pattern: string;
  /** What a panel is likely to ask for when nothing in the draft evidences the element. */
  readonly ask: string;
}

export const HERA_CUES: Readonly<Record<HeraElement, ElementCue>> = {
  communication: {
    pattern:
      'communicat\\w*|present\\w*|report(?:s|ing)?\\s+(?:to|on)|brief\\w*|advoca\\w*|persuad\\w*|negotiat\\w*|writ\\w*',
    ask: 'who the role must persuade or negotiate with, and what it writes or presents, for whom',
  },
  teamwork: {
    pattern: 'teams?|collaborat\\w*|motivat\\w*|together|colleagues',
    ask: 'the teams the role works in or leads, and how it motivates them',
  },
  liaison: {
    pattern:
      'liais\\w*|network\\w*|partner\\w*|external|represent\\w*|relationships?|stakeholders?|sector|national',
    ask: 'the networks and partners outside the team, and whether the role represents the institution',
  },
  'service-delivery': {
    pattern: 'services?|deliver\\w*|users?|customers?|facilit(?:y|ies)|operations?',
    ask: 'the services the role is accountable for and who uses them',
  },
  'decision-making': {
    // The verbs that decide ("approves", "decides", "sets the strategy") are not here: a
    // sentence worded as holding the outcome, read by the one cue table in src/domain/wording,
    // evidences this element (see `HOLDING_EVIDENCES`). These are the nouns of deciding.
    pattern:
      'decisions?|sign(?:s|ing)?[- ]off|sign(?:s|ing)?\\s+off|accountability|authority|mandate',
    ask: 'the decisions the role takes alone, those it recommends, and who else is consulted',
  },
  'planning-resources': {
    pattern:
      'plan\\w*|budgets?|resourc\\w*|allocat\\w*|schedul\\w*|invest\\w*|capital|£\\s?[\\d,]+',
    ask: 'the budget and staff the role plans, and how far ahead',
  },
  initiative: {
    pattern:
      'initiat\\w*|problems?|improv\\w*|innovat\\w*|anticipat\\w*|chang\\w*|transform\\w*|new',
    ask: 'problems the role solves without precedent, and the changes it starts',
  },
  analysis: {
    pattern:
      'analy\\w*|research\\w*|data|evidence|review\\w*|benchmark\\w*|assess\\w*|evaluat\\w*|audit\\w*',
    ask: 'the analysis the role does and what it informs',
  },
  'sensory-physical': {
    pattern: 'laborator(?:y|ies)|workshops?|equipment|instruments?|physical|manual|lift\\w*',
    ask: 'any sensory or physical demands of the work (often few for a strategic role: say so)',
  },
  'work-environment': {
    pattern: 'safety|hazard\\w*|environment\\w*|sites?|estates?|risks?|compliance|regulat\\w*',
    ask: 'the environments and risks the role works in or is accountable for',
  },
  pastoral: {
    pattern:
      'wellbeing|well-being|welfare|pastoral|mentor\\w*|coach\\w*|inclusi\\w*|equality|divers\\w*',
    ask: 'the care the role gives to the welfare of staff or students',
  },
  'team-development': {
    pattern:
      'develop\\w*|train\\w*|apprentic\\w*|careers?|progression|skills?|recruit\\w*|line[- ]manag\\w*|direct\\s+reports?',
    ask: 'how many people the role manages and develops, and its part in their careers',
  },
  'teaching-support': {
    pattern: 'teach\\w*|students?|learning|curricul\\w*|practical\\s+classes',
    ask: 'what the role does for teaching and learning, directly or through its teams',
  },
  knowledge: {
    pattern:
      'experience\\w*|knowledge|qualif\\w*|degree|expert\\w*|professional|registration|chartered|understanding',
    ask: 'the knowledge and experience the role needs, and how it is usually gained',
  },
};

/**
 * The elements a sentence evidences whenever the one wording table reads it as holding the
 * outcome (src/domain/wording: "leads", "approves", "decides"): a panel reads such a sentence as
 * a decision the role takes.
 */
export const HOLDING_EVIDENCES: readonly HeraElement[] = ['decision-making'];

export type HayFactor = 'know-how' | 'problem-solving' | 'accountability';

export interface HayFactorCue {
  readonly id: HayFactor;
  readonly name: string;
  /** What the factor weighs, in a line. */
  readonly weighs: string;
  /** The HERA elements whose evidence also evidences this factor. */
  readonly elements: readonly HeraElement[];
  readonly ask: string;
}

export const HAY_FACTORS: readonly HayFactorCue[] = [
  {
    id: 'know-how',
    name: 'Know-how',
    weighs: 'the knowledge, management breadth and skill with people the job needs',
    elements: [
      'knowledge',
      'communication',
      'liaison',
      'teamwork',
      'team-development',
      'teaching-support',
      'pastoral',
    ],
    ask: 'the depth and breadth of expertise, how many functions the role integrates, and the people skills it needs',
  },
  {
    id: 'problem-solving',
    name: 'Problem solving',
    weighs: 'the thinking the job needs: how new the problems are and how far policy guides it',
    elements: ['initiative', 'analysis', 'planning-resources'],
    ask: 'the problems the role solves where no policy applies, and what frames its thinking',
  },
  {
    id: 'accountability',
    name: 'Accountability',
    weighs: 'the freedom to act, the size of what the job affects, and how directly',
    elements: ['decision-making', 'service-delivery', 'planning-resources', 'work-environment'],
    ask: 'the budget and staff the role answers for, its freedom to act, and whether it decides or contributes',
  },
];

/**
 * Where the names come from, shown in the annex. The asks are Keystone's own plain reading of
 * what each element or factor covers, not words of either scheme.
 */
export const GRADING_SOURCES =
  'Element names: HERA (Higher Education Role Analysis), owned by ECC, as listed on universities’ own job-evaluation pages (St Andrews, Oxford). Factor names: the Hay Group guide chart method (now Korn Ferry), as described on universities’ job-evaluation pages (Sheffield). What a panel is likely to ask for is Keystone’s own reading, not words of either scheme.';

export const INDICATIVE =
  'Indicative only. This annex maps the draft’s own sentences and answers to the names of HERA’s 14 elements and Hay’s three factors, so a panel can find the evidence it asks for. It does not use or reproduce the HERA questionnaire or the Hay guide charts, it gives no score or level, and the panel sets the grade.';
