/** The contradictions in a draft, each with the wizard section where it is fixed. */
import type { Section } from './condition';
import { CLAIM_RULES } from './contradiction-rules-claims';
import { CONTRADICTION_RULES, type ContradictionRule } from './contradiction-rules';
import { REACH_RULES } from './contradiction-rules-reach';
import type { RoleDraft } from './role-draft';

export interface Contradiction {
  id: string;
  title: string;
  explanation: string;
  fix: string;
  /** The wizard section where the fix is made. */
  section: Section;
}

export const ALL_CONTRADICTION_RULES: readonly ContradictionRule[] = [
  ...CONTRADICTION_RULES,
  ...CLAIM_RULES,
  ...REACH_RULES,
];

export function findContradictions(draft: RoleDraft): Contradiction[] {
  return ALL_CONTRADICTION_RULES.filter((rule) => rule.applies(draft)).map((rule) => ({
    id: rule.id,
    title: rule.title,
    explanation: typeof rule.explanation === 'string' ? rule.explanation : rule.explanation(draft),
    fix: rule.fix,
    section: rule.section,
  }));
}
