/**
 * US spellings and their en-GB forms, for a UK university's documents (DESIGN.md: en-GB).
 * Source: Oxford English Dictionary (British English); GOV.UK style guide, "Spelling".
 * Note: -ize is accepted by Oxford spelling, but UK universities and GOV.UK use -ise, so the
 * check follows the house usage and says so.
 */

export const SPELLING_SOURCE = 'GOV.UK style guide (-ise, -our, -re); Oxford English Dictionary';

/** Whole words (lower case) and their en-GB spelling. */
export const US_TO_GB: Readonly<Record<string, string>> = {
  color: 'colour',
  colors: 'colours',
  behavior: 'behaviour',
  behaviors: 'behaviours',
  behavioral: 'behavioural',
  favor: 'favour',
  favorable: 'favourable',
  honor: 'honour',
  labor: 'labour',
  neighbor: 'neighbour',
  center: 'centre',
  centers: 'centres',
  program: 'programme',
  programs: 'programmes',
  defense: 'defence',
  offense: 'offence',
  analyze: 'analyse',
  analyzes: 'analyses',
  analyzed: 'analysed',
  analyzing: 'analysing',
  catalog: 'catalogue',
  catalogs: 'catalogues',
  enrollment: 'enrolment',
  fulfill: 'fulfil',
  fulfills: 'fulfils',
  fulfillment: 'fulfilment',
  skillful: 'skilful',
  modeling: 'modelling',
  traveling: 'travelling',
  traveled: 'travelled',
  labeled: 'labelled',
  labeling: 'labelling',
  canceled: 'cancelled',
  aging: 'ageing',
  gray: 'grey',
  math: 'maths',
  practiced: 'practised',
  practicing: 'practising',
  mold: 'mould',
  counselor: 'counsellor',
  endeavor: 'endeavour',
  endeavors: 'endeavours',
  jewelry: 'jewellery',
  liter: 'litre',
  fiber: 'fibre',
  theater: 'theatre',
  percent: 'per cent',
};

/** Words that end in -ize in every spelling. */
export const IZE_KEPT: ReadonlySet<string> = new Set([
  'size',
  'seize',
  'prize',
  'capsize',
  'resize',
  'downsize',
  'oversize',
  'baize',
  'maize',
]);
