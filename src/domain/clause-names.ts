/**
 * The definition's nine clauses by id, each with the short name it is shown by. The rest of each
 * clause (its words in the quote, its evidence and why it matters) is in definition.ts; this part
 * alone is on the start-up path, as the draft's field table labels clauses with it (issue 17).
 */

export const CLAUSE_IDS = [
  'empowered',
  'aligns',
  'anticipates',
  'advocates',
  'policies',
  'workforce',
  'skills',
  'investment',
  'development',
] as const;

export type ClauseId = (typeof CLAUSE_IDS)[number];

/** Short name, as the clause reads in the definition. */
export const CLAUSE_NAMES: Readonly<Record<ClauseId, string>> = {
  empowered: 'Empowered decision-maker',
  aligns: 'Aligns the technical workforce with long-term goals',
  anticipates: 'Anticipates future needs',
  advocates: 'Advocates for technicians',
  policies: 'Shapes policies for technical staff and the wider organisation',
  workforce: 'Strategic planning: workforce sustainability',
  skills: 'Strategic planning: skills development',
  investment: 'Strategic planning: investment in technical resources',
  development: 'Ensures access to meaningful development',
};
