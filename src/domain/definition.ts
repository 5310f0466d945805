/**
 * The definition Keystone is built around, quoted verbatim from the report, and read clause by
 * clause. Source: seed 000 (Harris and Noke, Wonkhe, quoting the report) and DOMAIN.md §1.
 */
import { CLAUSE_NAMES, type ClauseId } from './clause-names';

export const CITATION = {
  title: 'Strategic technical leadership: advocacy, empowerment and transformation',
  publisher: 'TALENT programme with the UK Institute for Technical Skills and Strategy (UK ITSS)',
  year: 2024,
  month: 'November',
  via: 'Quoted in “We need strategic technical leaders”, Catrin Harris and Hannah Noke, Wonkhe',
  method: '31 interviews across 20 UK institutions',
} as const;

export const DEFINITION_QUOTE =
  'An empowered decision-maker who aligns the technical workforce with the institution’s long-term goals by anticipating future needs, advocating for technicians, and shaping policies that impact both technical staff and the broader organisation. They play a pivotal role in strategic planning, particularly in areas such as workforce sustainability, skills development, and investment in technical resources, while ensuring technicians have access to meaningful development opportunities.';

export { CLAUSE_IDS, type ClauseId } from './clause-names';

export interface Clause {
  id: ClauseId;
  /** Short name, as the clause reads in the definition. */
  name: string;
  /** The words of the quote this clause stands for. */
  phrase: string;
  /** What evidences it in a real role (DOMAIN.md §1). */
  evidence: string;
  /** Why it matters, in a sentence an executive would accept. */
  why: string;
}

export const CLAUSES: readonly Clause[] = [
  {
    id: 'empowered',
    name: CLAUSE_NAMES.empowered,
    phrase: 'An empowered decision-maker',
    evidence:
      'A seat where decisions are made, a delegated budget, sign-off rights, a senior grade and a short reporting line to the head of the institution.',
    why: 'Without authority the role can only advise: the report’s leaders made a difference where the technical portfolio was integrated at executive level.',
  },
  {
    id: 'aligns',
    name: CLAUSE_NAMES.aligns,
    phrase: 'aligns the technical workforce with the institution’s long-term goals',
    evidence:
      'Owns a technical strategy tied to the institution’s strategy, across teaching and research, with an institution-wide remit.',
    why: 'A holistic view of technical roles across teaching and research gives consistent opportunities, operations and experiences.',
  },
  {
    id: 'anticipates',
    name: CLAUSE_NAMES.anticipates,
    phrase: 'anticipating future needs',
    evidence: 'Horizon scanning, skills-gap analysis, and workforce and equipment forecasting.',
    why: 'Technology changes how universities teach and research; the technical workforce has to be ready before the need arrives.',
  },
  {
    id: 'advocates',
    name: CLAUSE_NAMES.advocates,
    phrase: 'advocating for technicians',
    evidence:
      'Represents technicians in governance, leads visibility and recognition work and the Technician Commitment, and speaks for technicians in the sector.',
    why: 'Technicians have long lacked recognition, visibility and a voice where decisions are made.',
  },
  {
    id: 'policies',
    name: CLAUSE_NAMES.policies,
    phrase: 'shaping policies that impact both technical staff and the broader organisation',
    evidence:
      'Writes or approves job families, promotion routes, grant-costing rules and equipment-sharing policy.',
    why: 'Policy is where a leader’s influence lasts beyond one decision or one person.',
  },
  {
    id: 'workforce',
    name: CLAUSE_NAMES.workforce,
    phrase: 'strategic planning … workforce sustainability',
    evidence: 'Succession planning, recruitment and retention, apprenticeships and trainee routes.',
    why: 'Recruitment and retention are two of the hardest problems in technical careers.',
  },
  {
    id: 'skills',
    name: CLAUSE_NAMES.skills,
    phrase: 'strategic planning … skills development',
    evidence: 'Skills frameworks, training budgets and professional registration.',
    why: 'Skills decide what research and teaching an institution can support next.',
  },
  {
    id: 'investment',
    name: CLAUSE_NAMES.investment,
    phrase: 'strategic planning … investment in technical resources',
    evidence:
      'Equipment and facilities investment, shared facilities, avoiding duplicate equipment, cost recovery on grants.',
    why: 'Sound investment with less duplication saves money; cost recovery sustains the people behind the equipment.',
  },
  {
    id: 'development',
    name: CLAUSE_NAMES.development,
    phrase: 'ensuring technicians have access to meaningful development opportunities',
    evidence:
      'Career pathways, mentoring, knowledge-exchange placements and leadership programmes.',
    why: 'Technical job families often stop at grade 7 or 8: without routes onward, talent leaves.',
  },
];

export function clauseById(id: ClauseId): Clause {
  const clause = CLAUSES.find((c) => c.id === id);
  if (!clause) throw new Error(`Unknown clause ${id}`);
  return clause;
}
