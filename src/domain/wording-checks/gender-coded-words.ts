/**
 * Gender-coded words in job adverts, as word stems ("*" = any ending).
 *
 * Source: Danielle Gaucher, Justin Friesen and Aaron C. Kay (2011), "Evidence that gendered
 * wording in job advertisements exists and sustains gender inequality", Journal of Personality
 * and Social Psychology 101(1), 109–128, Appendix A. The lists are reproduced as published, for
 * analysis and with attribution; they are facts from the paper, not code, and the same lists are
 * reproduced under the MIT licence by Kat Matfield's Gender Decoder
 * (gender-decoder.katmatfield.com). Licence note: the word lists are cited, not relicensed.
 *
 * Note: raw lists misfire in this sector. The report's definition needs "lead", "leader",
 * "decision" and "champion", and the sector's frames ("Technician Commitment", "responsibilities")
 * hit "commit*" and "respon*". Those are in FRAME_STEMS below: the balance reading counts them
 * apart, and no sentence is flagged for them.
 */

export const GAUCHER_SOURCE =
  'Gaucher, Friesen and Kay (2011), Journal of Personality and Social Psychology 101(1), Appendix A';

export const MASCULINE_STEMS: readonly string[] = [
  'active',
  'adventurous',
  'aggress*',
  'ambitio*',
  'analy*',
  'assert*',
  'athlet*',
  'autonom*',
  'boast*',
  'challeng*',
  'compet*',
  'confident',
  'courag*',
  'decide',
  'decisive',
  'decision*',
  'determin*',
  'dominant',
  'domina*',
  'force*',
  'greedy',
  'headstrong',
  'hierarch*',
  'hostil*',
  'impulsive',
  'independen*',
  'individual*',
  'intellect*',
  'lead*',
  'logic',
  'masculine',
  'objective',
  'opinion',
  'outspoken',
  'persist',
  'principle*',
  'reckless',
  'stubborn',
  'superior',
  'self-confiden*',
  'self-sufficien*',
  'self-relian*',
];

export const FEMININE_STEMS: readonly string[] = [
  'affectionate',
  'child*',
  'cheer*',
  'commit*',
  'communal',
  'compassion*',
  'connect*',
  'considerate',
  'cooperat*',
  'depend*',
  'emotiona*',
  'empath*',
  'feminine',
  'flatterable',
  'gentle',
  'honest',
  'interpersonal',
  'interdependen*',
  'interpersona*',
  'kind',
  'kinship',
  'loyal*',
  'modesty',
  'nag',
  'nurtur*',
  'pleasant*',
  'polite',
  'quiet*',
  'respon*',
  'sensitiv*',
  'submissive',
  'support*',
  'sympath*',
  'tender*',
  'together*',
  'trust*',
  'understand*',
  'warm*',
  'whin*',
  'yield*',
];

/**
 * Words the definition or the sector's frames require, or that a job description needs for its
 * own structure: known to the check, counted apart, never flagged for being there.
 * "support*" and "respon*" are read for grading strength instead (wording-cues.ts).
 */
export const FRAME_STEMS: readonly string[] = [
  'lead*',
  'decide',
  'decision*',
  'champion*',
  'commit*',
  'respon*',
  'support*',
  'analy*',
  'objective',
  'individual*',
  'principle*',
  'depend*',
  'connect*',
  'together*',
  'trust*',
  'understand*',
  'active',
  'determin*',
  'intellect*',
  'compet*',
  'challeng*',
  'independen*',
  'child*',
  'kind',
];

/**
 * The coded words a reviewer would strike from a person specification or advert, because they
 * describe a temperament rather than the work, each with a neutral rewrite.
 */
export const CODED_REWRITES: Readonly<Record<string, string>> = {
  aggressive: 'proactive',
  assertive: 'articulate',
  ambitious: 'motivated',
  competitive: 'results-focused',
  dominant: 'leading',
  dominating: 'leading',
  decisive: 'clear-thinking',
  'self-reliant': 'self-motivated',
  'self-confident': 'self-assured',
  headstrong: 'persistent',
  forceful: 'persuasive',
  outspoken: 'candid',
  stubborn: 'persistent',
  hostile: 'demanding',
  adventurous: 'open to new ideas',
  reckless: 'bold',
  impulsive: 'quick to act',
  greedy: 'driven',
  boastful: 'self-assured',
  nurturing: 'encouraging',
  submissive: 'flexible',
  sympathetic: 'attentive',
  gentle: 'calm',
  warm: 'approachable',
  cheerful: 'positive',
  affectionate: 'approachable',
};
