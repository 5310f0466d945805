/**
 * Phrases that shut people out of an advert or job description for reasons the job does not
 * need: ableist idioms, age and origin proxies, gendered job words, and requirements that stand
 * in for ability. Each says why and what to write instead.
 *
 * Sources: the Equality Act 2010 (protected characteristics: age, disability, sex, race) and the
 * Equality and Human Rights Commission's employment statutory code of practice (2011), ch. 16
 * (recruitment: advertisements); ACAS, "Advertising a job" (2023), on years of experience and
 * age; GOV.UK style guide, "Words to avoid" and "Writing about disability".
 */

export interface PhraseRule {
  /** A regular expression source, matched case-insensitively on whole words. */
  readonly pattern: string;
  readonly why: string;
  /** What to write instead, replacing the matched words; null when only the writer can say. */
  readonly instead: string | null;
  readonly source: string;
}

const EHRC = 'EHRC Employment Statutory Code of Practice (2011), chapter 16; Equality Act 2010';
const ACAS = 'ACAS, “Advertising a job” (2023); Equality Act 2010, section 13 (age)';
const GOVUK_DISABILITY =
  'GOV.UK, “Inclusive language: words to use and avoid when writing about disability”';

export const EXCLUSIONARY_PHRASES: readonly PhraseRule[] = [
  {
    pattern: 'native\\s+(?:english\\s+)?speakers?',
    why: 'Asks for an origin, not a skill: it can exclude people by race or nationality.',
    instead: 'fluent in English',
    source: EHRC,
  },
  {
    pattern:
      'young(?:\\s+and\\s+|,\\s*)?(?:dynamic|energetic|vibrant)?\\s*(?:team|person|people|individuals?|professionals?)',
    why: 'Describes the age of the people wanted, which the Equality Act forbids unless justified.',
    instead: 'motivated team',
    source: ACAS,
  },
  {
    pattern: '(?:recent|new)\\s+graduates?',
    why: 'A proxy for age: it turns away experienced people with the same skills.',
    instead: 'graduates at any stage of their career',
    source: ACAS,
  },
  {
    pattern: 'digital\\s+natives?',
    why: 'A proxy for age.',
    instead: 'confident with digital tools',
    source: ACAS,
  },
  {
    pattern: 'energetic',
    why: 'Can read as a proxy for youth or for physical ability the work may not need.',
    instead: 'motivated',
    source: ACAS,
  },
  {
    pattern: 'able-bodied',
    why: 'Excludes disabled people; describe the task instead, with reasonable adjustments.',
    instead: null,
    source: GOVUK_DISABILITY,
  },
  {
    pattern: 'must\\s+be\\s+able\\s+to\\s+(?:stand|walk|lift|see|hear)',
    why: 'Names a body rather than the task; a disabled person may do the task another way, with adjustments.',
    instead: 'able to',
    source: GOVUK_DISABILITY,
  },
  {
    pattern: 'fit\\s+and\\s+healthy|physically\\s+fit',
    why: 'Screens out disabled people without saying what the work needs.',
    instead: null,
    source: GOVUK_DISABILITY,
  },
  {
    pattern: 'sanity\\s+checks?',
    why: 'An idiom that uses mental illness as a figure of speech.',
    instead: 'quick check',
    source: GOVUK_DISABILITY,
  },
  {
    pattern: 'blind\\s+spots?',
    why: 'An idiom that uses a disability as a figure of speech.',
    instead: 'gap',
    source: GOVUK_DISABILITY,
  },
  {
    pattern: 'turn(?:s|ed|ing)?\\s+a\\s+blind\\s+eye|fall(?:s|ing)?\\s+on\\s+deaf\\s+ears',
    why: 'An idiom that uses a disability as a figure of speech.',
    instead: null,
    source: GOVUK_DISABILITY,
  },
  {
    pattern: 'crazy|insane|lame|crippl(?:e|ed|ing)',
    why: 'Uses disability or mental illness as a figure of speech.',
    instead: null,
    source: GOVUK_DISABILITY,
  },
  { pattern: 'manpower', why: 'A gendered word for people.', instead: 'staffing', source: EHRC },
  { pattern: 'chairman', why: 'A gendered job word.', instead: 'chair', source: EHRC },
  { pattern: 'foreman', why: 'A gendered job word.', instead: 'supervisor', source: EHRC },
  {
    pattern: 'man-hours|man\\s+hours',
    why: 'A gendered word for time worked.',
    instead: 'working hours',
    source: EHRC,
  },
  {
    pattern: 'he\\s+or\\s+she|he\\/she|s\\/he',
    why: 'Leaves out people who use neither; "they" is standard in UK job documents.',
    instead: 'they',
    source: EHRC,
  },
  {
    pattern: 'his\\s+or\\s+her|his\\/her',
    why: 'Leaves out people who use neither; "their" is standard.',
    instead: 'their',
    source: EHRC,
  },
  {
    pattern: 'culture\\s+fit',
    why: 'Invites hiring people like those already there; name the values instead.',
    instead: 'shares our values',
    source: EHRC,
  },
  {
    pattern: 'work\\s+hard,?\\s+play\\s+hard',
    why: 'Signals long hours and a social life some candidates cannot share (carers, disabled people).',
    instead: null,
    source: EHRC,
  },
  {
    pattern: 'rock\\s?stars?|ninjas?',
    why: 'Slang that reads as addressed to one kind of candidate.',
    instead: 'expert',
    source: EHRC,
  },
  {
    pattern: '(?:clean|full)\\s+(?:uk\\s+)?driving\\s+licen[cs]e',
    why: 'Excludes people who cannot drive because of a disability; ask for it only when the job needs driving, and say why.',
    instead: 'the ability to travel between sites',
    source: EHRC,
  },
  {
    pattern: 'own\\s+(?:car|transport|vehicle)',
    why: 'Excludes people who cannot drive or afford a car; say what travel the job needs.',
    instead: 'the ability to travel between sites',
    source: EHRC,
  },
];

/** Requirements that stand in for the ability itself (issue 15, "needless requirements"). */
export const YEARS_PATTERN =
  "(?:(?:a\\s+)?minimum\\s+of\\s+|at\\s+least\\s+|over\\s+)?(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\+?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s+)?years?[’']?s?\\s+(?:of\\s+)?(?:(?:relevant|proven|professional|post-qualification|demonstrable|work|practical)\\s+){0,2}experience";

export const YEARS_WHY =
  'A count of years measures time served, not ability, and indirectly discriminates by age; describe the experience the job needs.';

export const DEGREE_PATTERN =
  '(?:(?:an?\\s+)?(?:(?:first|2:1|upper\\s+second)[- ]class\\s+)?(?:honours\\s+)?(?:degree|phd|doctorate|masters?|msc|bsc|ba)(?:\\s+(?:level\\s+)?(?:qualification\\s+)?)?)';

export const DEGREE_WHY =
  'A degree asked for alone turns away technicians whose expertise came through apprenticeships and work; add "or equivalent experience" unless the law or a professional body requires the degree.';

export { ACAS, EHRC };
