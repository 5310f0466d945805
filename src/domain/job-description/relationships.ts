/**
 * Key relationships inside and outside the institution (DOMAIN.md §4–5), derived from the
 * reporting line, seats and remit the draft records.
 */
import { EXTERNAL_REMIT, REPORTING_LINES, SEATS, TECHNICAL_AREAS } from '../options';
import type { RoleDraft } from '../role-draft';
import { inSentence } from './format';

export interface KeyRelationships {
  internal: string[];
  external: string[];
}

export function keyRelationships(draft: RoleDraft): KeyRelationships {
  const internal: string[] = [];
  if (draft.authority.reportsTo) {
    internal.push(`${REPORTING_LINES.label(draft.authority.reportsTo)} (line manager)`);
  }
  for (const seat of draft.authority.seats)
    internal.push(`Members of the ${inSentence(SEATS.label(seat))}`);
  internal.push('Deans, heads of schools and directors of professional services');
  if (draft.remit.areas.length > 0) {
    internal.push(
      `Technical managers and technicians in ${draft.remit.areas.map((a) => inSentence(TECHNICAL_AREAS.label(a))).join('; ')}`,
    );
  } else {
    internal.push('Technical managers and technicians across the remit');
  }
  internal.push('Academic staff, research groups and students who rely on technical services');
  internal.push('Human resources, finance, estates, and health and safety teams');

  const external = draft.remit.external.map((e) => EXTERNAL_REMIT.label(e));
  if (
    draft.context.techCommitmentSignatory &&
    !draft.remit.external.includes('technician-commitment')
  ) {
    external.push('Technician Commitment (as the institution’s lead or its sponsor)');
  }
  if (external.length === 0) {
    external.push('Peers at other institutions and equipment suppliers');
  }
  return { internal, external };
}
