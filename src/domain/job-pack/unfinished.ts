/**
 * What is unfinished before a job pack goes out (issue 14, item 7): open contradictions,
 * unanswered steps, no salary or closing date, a person specification with no essential
 * criterion, and for a Welsh institution no Welsh-language category. Each names where it is
 * fixed: a wizard step, or the job pack's details on the export screen.
 */
import type { Section } from '../condition';
import { findContradictions } from '../contradictions';
import type { RoleDraft } from '../role-draft';
import { stepComplete } from '../steps/step-completion';
import { closingDateOf } from './posting-text';

export interface Unfinished {
  id: string;
  text: string;
  where: Section | 'details';
}

const STEPS: readonly [Section, string][] = [
  ['context', 'Institution context'],
  ['remit', 'Remit'],
  ['authority', 'Seniority and authority'],
  ['responsibilities', 'Responsibilities'],
];

export function unfinishedForExport(draft: RoleDraft): Unfinished[] {
  const items: Unfinished[] = findContradictions(draft).map((c) => ({
    id: `contradiction-${c.id}`,
    text: `Open contradiction: ${c.title}`,
    where: c.section,
  }));
  for (const [step, label] of STEPS) {
    if (!stepComplete(step, draft))
      items.push({ id: `step-${step}`, text: `The “${label}” step is not finished.`, where: step });
  }
  if (!draft.personSpec.some((c) => c.category === 'essential' && c.text.trim() !== '')) {
    items.push({
      id: 'no-essential',
      text: 'The person specification has no essential criteria.',
      where: 'person-spec',
    });
  }
  const { salaryFrom, salaryTo } = draft.posting;
  if (salaryFrom === null && salaryTo === null)
    items.push({ id: 'no-salary', text: 'No salary is given.', where: 'details' });
  if (closingDateOf(draft) === null)
    items.push({ id: 'no-closing-date', text: 'No closing date is given.', where: 'details' });
  if (draft.context.nation === 'wales' && draft.posting.welshLanguage === null) {
    items.push({
      id: 'no-welsh-category',
      text: 'No Welsh-language category is chosen: every post in a Welsh institution needs one.',
      where: 'details',
    });
  }
  return items;
}
