/** Small wording helpers shared by the job-description sentences: lists, counts and money. */

/** "a", "a and b", "a, b and c" (no Oxford comma, as UK HR writes it). */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

import { groupedNumber } from '../grouped-number';
import { madeOnce } from '../made-once';

const whole = madeOnce(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }));

/** "1 technician", "1,250 technicians". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${whole().format(n)} ${n === 1 ? singular : plural}`;
}

/**
 * Pounds sterling as HR writes them: "£850,000", "£2.4 million" (whole pounds; millions to one
 * decimal). Note: without Intl, as the alignment on the first screen describes budget tiers with
 * it (issue 17).
 */
export function pounds(amount: number): string {
  if (amount >= 1_000_000) return `£${groupedNumber(Math.round(amount / 100_000) / 10)} million`;
  return `£${groupedNumber(Math.round(amount))}`;
}

/** Lower-cases the first letter so an option label can sit inside a sentence. */
export function inSentence(label: string): string {
  // Keep acronyms and proper nouns ("UK ITSS", "Council") as they are.
  if (/^[A-Z]{2}/.test(label) || /^(Council|Senate|Technician|Vice|Deputy|Pro-|Chief)/.test(label))
    return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The role's title, or a neutral stand-in when the draft has none yet. */
export function roleTitle(title: string): string {
  return title.trim() || 'Untitled role';
}

/** The institution's name, or "the institution" when the draft has none yet. */
export function institutionName(name: string): string {
  return name.trim() || 'the institution';
}
