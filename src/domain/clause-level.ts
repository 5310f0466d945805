/**
 * A word for a clause's score, so that no score is read from colour or bar length alone
 * (DESIGN.md, Type and colour). The thresholds follow the overall bands (75 and 35).
 */
export type ClauseLevel = 'strong' | 'partial' | 'weak' | 'none';

export function clauseLevel(score: number): ClauseLevel {
  if (score >= 75) return 'strong';
  if (score >= 35) return 'partial';
  if (score > 0) return 'weak';
  return 'none';
}

export const LEVEL_WORDS: Record<ClauseLevel, string> = {
  strong: 'Strong',
  partial: 'Partial',
  weak: 'Weak',
  none: 'Not evidenced',
};
