/**
 * The answer lists of the job pack (issue 14): ids stored in drafts, never renamed, and the labels
 * people read. Kept apart from options.ts because nothing here is scored.
 */
import type { Choices } from './draft-fields/field-kinds';

/**
 * The Welsh Language Standards (No. 6) Regulations 2017, as Welsh universities apply them: every
 * post is in exactly one of four categories (Swansea University's Welsh language standards pages;
 * the Commissioner found a breach where a fifth was invented). Never add a fifth.
 */
const WELSH = [
  { id: 'essential', label: 'Welsh essential' },
  { id: 'learn', label: 'Welsh to be learnt on appointment' },
  { id: 'desirable', label: 'Welsh desirable' },
  { id: 'not-necessary', label: 'Welsh not necessary' },
] as const;

export type WelshCategory = (typeof WELSH)[number]['id'];

export const WELSH_CATEGORIES: Choices<WelshCategory> & {
  list: readonly { id: WelshCategory; label: string }[];
} = {
  ids: WELSH.map((o) => o.id) as unknown as readonly [WelshCategory, ...WelshCategory[]],
  list: WELSH,
  label: (id) => WELSH.find((o) => o.id === id)?.label ?? id,
};

/** Said in every advert of a Welsh institution (the standards' duty on recruitment). */
export const WELSH_APPLICATIONS_WELCOME =
  'Applications may be made in Welsh, and an application made in Welsh will not be treated less favourably than one made in English.';
