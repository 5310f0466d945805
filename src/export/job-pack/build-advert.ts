/**
 * The job advert, in the shape UK university job boards take (PUBLISHING.md: jobs.ac.uk,
 * Oxford's 3,500-character limit "for most external job boards"): title, grade and salary,
 * location, hours and contract, closing date, a summary, what the role will do, who we are
 * looking for, how to apply. Plain text, so it pastes into any board's form. Generated as a
 * starting point; the user's edit (draft.wording.advert) replaces it.
 */
import { institutionName, roleTitle } from '../../domain/job-description/format';
import { jobPurposeOf } from '../../domain/job-description/job-purpose';
import {
  closingDateText,
  gradeText,
  salaryText,
  welshText,
} from '../../domain/job-pack/posting-text';
import { WELSH_APPLICATIONS_WELCOME } from '../../domain/posting-options';
import type { RoleDraft } from '../../domain/role-draft';

export const MAX_ADVERT = 3_500;
/** What the role will do and who we seek: the first few of each, as adverts list them. */
const MOST_ITEMS = 6;

const bullets = (items: readonly string[]) => items.map((item) => `• ${item.trim()}`).join('\n');

function facts(draft: RoleDraft): string[] {
  const p = draft.posting;
  const where = [p.department.trim(), institutionName(draft.context.institutionName)]
    .filter((t) => t !== '' && t !== 'the institution')
    .join(', ');
  const pay = [gradeText(draft), salaryText(draft)].filter((t) => t !== '').join(': ');
  const terms = [p.hours.trim(), p.contract.trim()].filter((t) => t !== '').join('; ');
  const lines: [string, string][] = [
    ['', where],
    ['Grade and salary', pay],
    ['Location', p.location.trim()],
    ['Hours and contract', terms],
    ['Closing date', closingDateText(draft)],
    ['Reference', p.reference.trim()],
  ];
  return lines.filter(([, v]) => v !== '').map(([k, v]) => (k ? `${k}: ${v}` : v));
}

function advertWith(draft: RoleDraft, items: number, summary: string): string {
  const does = draft.responsibilities.map((r) => r.text).slice(0, items);
  const seeks = draft.personSpec
    .filter((c) => c.category === 'essential')
    .map((c) => c.text)
    .slice(0, items);
  const welsh = welshText(draft);
  const apply = [
    draft.posting.howToApply.trim(),
    closingDateText(draft) ? `The closing date is ${closingDateText(draft)}.` : '',
  ]
    .filter((t) => t !== '')
    .join(' ');
  const parts = [
    roleTitle(draft.authority.title),
    facts(draft).join('\n'),
    summary,
    does.length > 0 ? `What the role will do\n${bullets(does)}` : '',
    seeks.length > 0 ? `Who we are looking for\n${bullets(seeks)}` : '',
    draft.context.nation === 'wales'
      ? [welsh ? `Welsh language: ${welsh}.` : '', WELSH_APPLICATIONS_WELCOME]
          .filter((t) => t !== '')
          .join(' ')
      : '',
    apply ? `How to apply\n${apply}` : '',
  ];
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** The generated advert: as many items as fit in MAX_ADVERT, then a shorter summary if need be. */
export function generateAdvert(draft: RoleDraft): string {
  const summary = jobPurposeOf(draft).trim();
  for (let items = MOST_ITEMS; items >= 1; items -= 1) {
    const text = advertWith(draft, items, summary);
    if (text.length <= MAX_ADVERT) return text;
  }
  const short = advertWith(draft, 1, '');
  const room = MAX_ADVERT - short.length - 3;
  const clipped = room > 40 ? `${summary.slice(0, room - 1).trimEnd()}…` : '';
  return advertWith(draft, 1, clipped).slice(0, MAX_ADVERT);
}

/** The advert the user downloads: their own wording when they have written one. */
export function advertOf(draft: RoleDraft): string {
  const own = draft.wording.advert;
  return own !== null && own.trim() !== '' ? own : generateAdvert(draft);
}
