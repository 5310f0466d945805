/**
 * The words that say how much of a duty a role holds, as data. A job-evaluation panel (HERA's
 * "Initiative and independence", Hay's "Accountability") reads "leads" and "supports" as
 * different jobs, so the job-description reader (issue 11) and the wording checks (issue 15)
 * both classify a sentence by these cues. This table is the only list: extend it here, never
 * write a second one.
 *
 * Each cue matches a whole word or phrase, case-insensitively, in en-GB or en-US spelling.
 */

/** How much of a duty a sentence gives the role. */
export type WordingKind = 'holds' | 'shares';

export interface WordingCue {
  /** The words as a pattern source (whole words; `\s+` between the words of a phrase). */
  readonly pattern: string;
  readonly kind: WordingKind;
  /** Why a panel reads it so; shown to users beside the finding. */
  readonly why: string;
}

const HOLDS = 'The role holds the outcome: a panel reads this as accountability.';
const SHARES =
  'The role helps someone else hold the outcome: a panel reads this as a contribution, not accountability.';

export const WORDING_CUES: readonly WordingCue[] = [
  { pattern: 'lead(?:s|ing)?|led', kind: 'holds', why: HOLDS },
  // Note: a bare "own" is most often the adjective ("its own team"): only the opening verb counts.
  { pattern: 'owns|owning|takes?\\s+ownership\\s+of|^\\s*own', kind: 'holds', why: HOLDS },
  { pattern: 'approv(?:e|es|ing|ed)', kind: 'holds', why: HOLDS },
  { pattern: 'decid(?:e|es|ing|ed)', kind: 'holds', why: HOLDS },
  { pattern: 'direct(?:s|ing)', kind: 'holds', why: HOLDS },
  {
    pattern: 'set(?:s|ting)?\\s+(?:the\\s+)?(?:strategy|strategic|direction|priorities)',
    kind: 'holds',
    why: HOLDS,
  },
  { pattern: 'accountable\\s+for', kind: 'holds', why: HOLDS },
  { pattern: 'authori[sz](?:e|es|ing|ed)', kind: 'holds', why: HOLDS },
  { pattern: 'champion(?:s|ing|ed)?', kind: 'holds', why: HOLDS },
  { pattern: 'support(?:s|ing|ed)?', kind: 'shares', why: SHARES },
  { pattern: 'assist(?:s|ing|ed)?', kind: 'shares', why: SHARES },
  { pattern: 'help(?:s|ing|ed)?', kind: 'shares', why: SHARES },
  { pattern: 'contribut(?:e|es|ing|ed)\\s+to', kind: 'shares', why: SHARES },
  { pattern: 'participat(?:e|es|ing|ed)\\s+in', kind: 'shares', why: SHARES },
  { pattern: 'liais(?:e|es|ing|ed)\\s+with', kind: 'shares', why: SHARES },
  { pattern: 'input\\s+(?:in)?to', kind: 'shares', why: SHARES },
  {
    pattern: 'responsible\\s+for',
    kind: 'shares',
    why: '"Responsible for" names a responsibility without saying whether the role decides it; a panel cannot tell how much of it the role holds.',
  },
];
