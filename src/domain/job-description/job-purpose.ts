/**
 * The generated job purpose: one or two sentences in the words of the definition (DOMAIN.md §1,
 * §5), fitted to the role's remit. It is a starting point; the user's edit, kept in
 * draft.wording.jobPurpose, replaces it in every export.
 */
import { SCOPES, TECHNICAL_AREAS } from '../options';
import type { RoleDraft } from '../role-draft';
import { countOf, inSentence, institutionName, joinList } from './format';

function workforce(draft: RoleDraft): string {
  const institution = institutionName(draft.context.institutionName);
  const whose = institution === 'the institution' ? 'the institution’s' : `${institution}’s`;
  switch (draft.remit.scope) {
    case 'institution':
      return `${whose} technical workforce`;
    case 'several-faculties':
      return `the technical workforce of several faculties at ${institution}`;
    case 'one-faculty':
      return `the technical workforce of a faculty at ${institution}`;
    case 'facilities':
      return `the technical teams of ${inSentence(SCOPES.label('facilities'))} at ${institution}`;
    default:
      return `${whose} technical workforce`;
  }
}

function reach(draft: RoleDraft): string {
  const parts: string[] = [];
  if (draft.remit.techniciansInRemit !== null && draft.remit.techniciansInRemit > 0) {
    parts.push(`about ${countOf(draft.remit.techniciansInRemit, 'technician')}`);
  }
  if (draft.remit.areas.length > 0) {
    parts.push(
      `across ${joinList(draft.remit.areas.map((a) => inSentence(TECHNICAL_AREAS.label(a))))}`,
    );
  }
  return parts.length > 0 ? ` (${parts.join(' ')})` : '';
}

export function generateJobPurpose(draft: RoleDraft): string {
  const first = `To lead ${workforce(draft)}${reach(draft)}, aligning it with the institution’s long-term goals by anticipating future needs, advocating for technicians and shaping the policies that affect technical staff and the wider organisation.`;
  const second =
    'The postholder plays a leading part in strategic planning for workforce sustainability, skills development and investment in technical resources, and ensures that technicians have access to meaningful development opportunities.';
  return `${first} ${second}`;
}

/** The job purpose the document shows: the user's wording when they have written one. */
export function jobPurposeOf(draft: RoleDraft): string {
  const edited = draft.wording.jobPurpose;
  return edited !== null && edited.trim() !== '' ? edited : generateJobPurpose(draft);
}
