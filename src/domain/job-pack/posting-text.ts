/**
 * The job pack's facts as the institution writes them (issue 14): its own titles beside the
 * structured answers, the salary, the closing date. Where a real title is missing, the answer's
 * label stands in, without the "as drafted" of the internal pack.
 */
import { GRADE_BANDS, REPORTING_LINES } from '../options';
import { WELSH_CATEGORIES } from '../posting-options';
import type { RoleDraft } from '../role-draft';
import { madeOnce } from '../made-once';

const money = madeOnce(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }));
const longDate = madeOnce(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/** "£78,000 to £92,000 a year", "£78,000 a year", or '' when none is given. */
export function salaryText(draft: RoleDraft): string {
  const { salaryFrom: from, salaryTo: to } = draft.posting;
  const pounds = (n: number) => `£${money().format(n)}`;
  if (from !== null && to !== null && to > from) return `${pounds(from)} to ${pounds(to)} a year`;
  const one = from ?? to;
  return one === null ? '' : `${pounds(one)} a year`;
}

/** A real calendar date written YYYY-MM-DD, as the date field gives it; null otherwise. */
export function closingDateOf(draft: RoleDraft): Date | null {
  const text = draft.posting.closingDate;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}

/** "15 January 2027", or '' when no valid date is set. */
export function closingDateText(draft: RoleDraft): string {
  const date = closingDateOf(draft);
  return date ? longDate().format(date) : '';
}

export function reportsToText(draft: RoleDraft): string {
  const own = draft.posting.managerTitle.trim();
  if (own) return own;
  return draft.authority.reportsTo ? REPORTING_LINES.label(draft.authority.reportsTo) : '';
}

export function gradeText(draft: RoleDraft): string {
  const own = draft.posting.gradeName.trim();
  if (own) return own;
  return draft.authority.gradeBand ? GRADE_BANDS.label(draft.authority.gradeBand) : '';
}

/** The Welsh-language category, asked only of institutions in Wales. */
export function welshText(draft: RoleDraft): string {
  if (draft.context.nation !== 'wales' || draft.posting.welshLanguage === null) return '';
  return WELSH_CATEGORIES.label(draft.posting.welshLanguage);
}

export interface PostingFact {
  label: string;
  value: string;
}

/** The facts at the head of the candidate's job description, in the order job packs give them. */
export function postingFacts(draft: RoleDraft): PostingFact[] {
  const p = draft.posting;
  const facts: PostingFact[] = [
    { label: 'Job title', value: draft.authority.title.trim() },
    { label: 'Department', value: p.department.trim() },
    { label: 'Grade', value: gradeText(draft) },
    { label: 'Salary', value: salaryText(draft) },
    { label: 'Reports to', value: reportsToText(draft) },
    { label: 'Location', value: p.location.trim() },
    { label: 'Hours', value: p.hours.trim() },
    { label: 'Contract', value: p.contract.trim() },
    { label: 'Welsh language', value: welshText(draft) },
    { label: 'Closing date', value: closingDateText(draft) },
    { label: 'Reference', value: p.reference.trim() },
  ];
  return facts.filter((f) => f.value !== '');
}
