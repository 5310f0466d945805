/**
 * The role as schema.org JobPosting JSON-LD, for the institution's own site and job boards
 * (Google's required and recommended properties, PUBLISHING.md). The description is the job
 * description as HTML, as Google asks. Pure: the date posted comes from the caller.
 */
import { institutionName, roleTitle } from '../../domain/job-description/format';
import { closingDateOf } from '../../domain/job-pack/posting-text';
import { NATIONS } from '../../domain/options';
import type { RoleDraft } from '../../domain/role-draft';
import type { RoleDocument } from '../document-model';
import { escapeHtml } from './render-html';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The description: the document's headings, paragraphs and lists as simple HTML. */
function descriptionHtml(doc: RoleDocument): string {
  return doc.blocks
    .slice(1)
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`;
        case 'paragraph':
          return `<p>${escapeHtml(b.text)}</p>`;
        case 'list':
          return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
        case 'fields':
          return `<ul>${b.rows.map((r) => `<li>${escapeHtml(r.label)}: ${escapeHtml(r.value)}</li>`).join('')}</ul>`;
        case 'table':
          return `<ul>${b.rows.map((r) => `<li>${escapeHtml(r[0] ?? '')}</li>`).join('')}</ul>`;
        default:
          return '';
      }
    })
    .join('');
}

function employmentType(draft: RoleDraft): string[] {
  const types = [
    draft.authority.fte !== null && draft.authority.fte < 1 ? 'PART_TIME' : 'FULL_TIME',
  ];
  if (/fixed|temporary|secondment/i.test(draft.posting.contract)) types.push('TEMPORARY');
  return types;
}

function baseSalary(draft: RoleDraft): Json | undefined {
  const { salaryFrom: from, salaryTo: to } = draft.posting;
  if (from === null && to === null) return undefined;
  const value: Record<string, Json> = { '@type': 'QuantitativeValue', unitText: 'YEAR' };
  if (from !== null && to !== null && to > from)
    Object.assign(value, { minValue: from, maxValue: to });
  else value.value = from ?? to ?? 0;
  return { '@type': 'MonetaryAmount', currency: 'GBP', value };
}

/** `doc` is the candidate pack: what a job board shows is what applicants read. */
export function buildJobPosting(
  draft: RoleDraft,
  doc: RoleDocument,
  now: Date,
): Record<string, Json> {
  const institution = institutionName(draft.context.institutionName);
  const closing = closingDateOf(draft);
  const address: Record<string, Json> = { '@type': 'PostalAddress', addressCountry: 'GB' };
  if (draft.posting.location.trim()) address.addressLocality = draft.posting.location.trim();
  if (draft.context.nation) address.addressRegion = NATIONS.label(draft.context.nation);
  const employer = institution === 'the institution' ? 'The institution' : institution;
  const posting: Record<string, Json> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: roleTitle(draft.authority.title),
    description: descriptionHtml(doc),
    datePosted: now.toISOString().slice(0, 10),
    hiringOrganization: {
      '@type': 'Organization',
      name: employer,
    },
    jobLocation: { '@type': 'Place', address },
    employmentType: employmentType(draft),
    responsibilities: draft.responsibilities.map((r) => r.text).join('\n'),
  };
  // Google does not allow expired postings: the last moment of the closing day, UK time aside.
  if (closing) posting.validThrough = `${closing.toISOString().slice(0, 10)}T23:59:59Z`;
  const salary = baseSalary(draft);
  if (salary) posting.baseSalary = salary;
  const essential = draft.personSpec.filter((c) => c.category === 'essential').map((c) => c.text);
  if (essential.length > 0) posting.qualifications = essential.join('\n');
  if (draft.posting.reference.trim())
    posting.identifier = {
      '@type': 'PropertyValue',
      name: employer,
      value: draft.posting.reference.trim(),
    };
  if (draft.posting.hours.trim()) posting.workHours = draft.posting.hours.trim();
  return posting;
}

export function renderJobPosting(posting: Record<string, Json>): string {
  return `${JSON.stringify(posting, null, 2)}\n`;
}
