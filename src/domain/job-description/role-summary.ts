/** The facts at the head of a job description: title, grade, reporting line and remit. */
import { GRADE_BANDS, REPORTING_LINES, SCOPES } from '../options';
import type { RoleDraft } from '../role-draft';
import { countOf, roleTitle } from './format';

/** Job evaluation (DOMAIN.md §3): Keystone gathers evidence and never claims to set a grade. */
export const GRADE_NOTE =
  'The grade is as drafted. Grades are set by Human Resources through analytical job evaluation (HERA or Hay).';

export interface SummaryField {
  label: string;
  value: string;
}

const NOT_STATED = 'Not yet stated';

function responsibleFor(draft: RoleDraft): string {
  const parts: string[] = [];
  if (draft.remit.scope) parts.push(SCOPES.label(draft.remit.scope));
  if (draft.authority.directReports !== null)
    parts.push(countOf(draft.authority.directReports, 'direct report'));
  if (draft.remit.techniciansInRemit !== null) {
    parts.push(`${countOf(draft.remit.techniciansInRemit, 'technician')} in remit`);
  }
  return parts.length > 0 ? parts.join('; ') : NOT_STATED;
}

export function summaryFields(draft: RoleDraft): SummaryField[] {
  const { title, gradeBand, reportsTo } = draft.authority;
  const grade = gradeBand ? `${GRADE_BANDS.label(gradeBand)}, as drafted` : NOT_STATED;
  return [
    { label: 'Job title', value: roleTitle(title) },
    { label: 'Grade', value: grade },
    { label: 'Reports to', value: reportsTo ? REPORTING_LINES.label(reportsTo) : NOT_STATED },
    { label: 'Responsible for', value: responsibleFor(draft) },
  ];
}
