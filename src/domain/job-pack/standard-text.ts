/**
 * The institution's own standard text (issue 14, item 3): four statements written once on this
 * device and printed in every draft's documents, both packs and the web page, after the person
 * specification, in this order. Keystone writes none of them: a blank one is left out, never
 * filled with wording of Keystone's. Plain text; paragraphs are split at blank lines, as the
 * edited context is.
 */
import { MAX_TEXT } from '../draft-fields/field-kinds';
import { paragraphsOf } from './own-wording';

export const STANDARD_TEXT_KEYS = [
  'equality',
  'rightToWork',
  'flexibleWorking',
  'technicianCommitment',
] as const;

export type StandardTextKey = (typeof STANDARD_TEXT_KEYS)[number];

export type StandardText = Readonly<Record<StandardTextKey, string>>;

/** The most characters one statement keeps: the limit of every other text field. */
export const MAX_STANDARD_TEXT = MAX_TEXT;

export const NO_STANDARD_TEXT: StandardText = {
  equality: '',
  rightToWork: '',
  flexibleWorking: '',
  technicianCommitment: '',
};

/** Each statement's heading in the documents, its field's label and what it is for. */
export const STANDARD_TEXT_FIELDS: Readonly<
  Record<StandardTextKey, { heading: string; hint: string }>
> = {
  equality: {
    heading: 'Equality, diversity and inclusion',
    hint: 'Your equality, diversity and inclusion statement, as your institution publishes it with every vacancy.',
  },
  rightToWork: {
    heading: 'Right to work and sponsorship',
    hint: 'What candidates need to know about the right to work in the UK, and whether this post can be sponsored for a Skilled Worker visa.',
  },
  flexibleWorking: {
    heading: 'Flexible working',
    hint: 'What your institution offers candidates in flexible working: hybrid, part-time or job-share, and how to ask.',
  },
  technicianCommitment: {
    heading: 'Technician Commitment',
    hint: 'Only if your institution is a signatory of the Technician Commitment: what it means for technical staff here. Leave it blank if it is not.',
  },
};

/** The statements the documents carry, in the fixed order; blank ones are left out. */
export function standardStatements(
  text: StandardText,
): { heading: string; paragraphs: string[] }[] {
  return STANDARD_TEXT_KEYS.map((key) => ({
    heading: STANDARD_TEXT_FIELDS[key].heading,
    paragraphs: paragraphsOf(text[key]),
  })).filter((s) => s.paragraphs.length > 0);
}
