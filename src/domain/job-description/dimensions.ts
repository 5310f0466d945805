/**
 * Authority and dimensions as HR writes them (DOMAIN.md §5): budget, staff, seats, decision
 * rights and sites, one sentence each. Only what the draft answers is stated.
 */
import { BUDGET_AUTHORITY, DECISION_RIGHTS, SEATS, TECHNICAL_AREAS } from '../options';
import type { RoleDraft } from '../role-draft';
import { countOf, inSentence, joinList, pounds } from './format';

function budget(draft: RoleDraft): string | null {
  const { budgetAuthority, annualBudget } = draft.authority;
  const amount = annualBudget !== null && annualBudget > 0 ? pounds(annualBudget) : null;
  switch (budgetAuthority) {
    case 'full':
      return `Budget: owns the technical budget${amount ? ` of ${amount} a year` : ''} and sets its priorities.`;
    case 'delegated':
      return `Budget: holds a delegated budget${amount ? ` of ${amount} a year` : ''}.`;
    case 'advises':
      return `Budget: advises on technical budgets held by others${amount ? ` (about ${amount} a year)` : ''}.`;
    case 'none':
      return `Budget: ${inSentence(BUDGET_AUTHORITY.label('none'))}.`;
    default:
      return amount ? `Budget: ${amount} a year.` : null;
  }
}

function staff(draft: RoleDraft): string | null {
  const { directReports } = draft.authority;
  const { techniciansInRemit } = draft.remit;
  const parts: string[] = [];
  if (directReports !== null) parts.push(`${countOf(directReports, 'direct report')}`);
  if (techniciansInRemit !== null)
    parts.push(`${countOf(techniciansInRemit, 'technician')} in remit`);
  return parts.length > 0 ? `Staff: ${parts.join('; ')}.` : null;
}

function sites(draft: RoleDraft): string | null {
  const { sites: count, areas } = draft.remit;
  const where = count !== null ? countOf(count, 'site') : null;
  const what =
    areas.length > 0 ? joinList(areas.map((a) => inSentence(TECHNICAL_AREAS.label(a)))) : null;
  if (!where && !what) return null;
  if (where && what) return `Sites and services: ${where}, covering ${what}.`;
  return `Sites and services: ${where ?? what}.`;
}

function seats(draft: RoleDraft): string | null {
  const names = draft.authority.seats.map((s) => SEATS.label(s));
  return names.length > 0 ? `Seats: member of the ${joinList(names.map(inSentence))}.` : null;
}

function decisionRights(draft: RoleDraft): string | null {
  const rights = draft.authority.decisionRights.map((r) => inSentence(DECISION_RIGHTS.label(r)));
  return rights.length > 0 ? `Decision rights: ${joinList(rights)}.` : null;
}

function time(draft: RoleDraft): string | null {
  const { fte } = draft.authority;
  if (fte === null) return null;
  return fte >= 1 ? 'Hours: full-time.' : `Hours: ${fte.toFixed(1)} full-time equivalent.`;
}

/** The dimensions of the role, in the order HR lists them. */
export function dimensionSentences(draft: RoleDraft): string[] {
  return [budget, staff, seats, decisionRights, sites, time]
    .map((line) => line(draft))
    .filter((line): line is string => line !== null);
}
