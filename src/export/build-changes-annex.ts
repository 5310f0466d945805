/**
 * The optional annex "Changes from the current job description" (issue 11): each sentence of
 * the job description the draft was started from, beside what the revised role says instead and
 * the clauses of the definition that line serves. Derived from the draft: the original text, the
 * sentence each responsibility came from, and the responsibilities as they are now.
 */
import { catalogueEntry } from '../domain/catalogue';
import { CLAUSES, type ClauseId } from '../domain/definition';
import { splitRoleText } from '../domain/read-role/split-role-text';
import type { Responsibility, RoleDraft } from '../domain/role-draft';
import type { Block } from './document-model';

export const CHANGES_ANNEX_TITLE = 'Changes from the current job description';

const clauseNames = (ids: readonly ClauseId[]) =>
  ids.length === 0
    ? 'None'
    : [...new Set(ids)].map((id) => CLAUSES.find((c) => c.id === id)?.name ?? id).join('; ');

/** The clauses a responsibility serves: its catalogue entry's, or those its own words claim. */
function servedBy(r: Responsibility): string {
  const entry = r.catalogueId ? catalogueEntry(r.catalogueId) : undefined;
  return clauseNames(entry ? [...entry.primary, ...entry.secondary] : r.clauses);
}

export const hasOriginal = (draft: RoleDraft) => draft.original.text.trim() !== '';

export function changesAnnexBlocks(draft: RoleDraft): Block[] {
  if (!hasOriginal(draft)) return [];
  const byId = new Map(draft.responsibilities.map((r) => [r.id, r]));
  const fromSentence = new Map<string, Responsibility[]>();
  const traced = new Set<string>();
  for (const link of draft.fromOriginal) {
    const r = byId.get(link.id);
    if (!r) continue;
    traced.add(r.id);
    fromSentence.set(link.sentence, [...(fromSentence.get(link.sentence) ?? []), r]);
  }
  const rows: string[][] = [];
  for (const part of splitRoleText(draft.original.text)) {
    if (part.kind === 'heading') continue;
    const made = fromSentence.get(part.text) ?? [];
    if (made.length === 0) rows.push([part.text, 'Left out of the revised role.', '']);
    for (const r of made)
      rows.push([part.text, r.text === part.text ? 'Kept as written.' : r.text, servedBy(r)]);
  }
  for (const r of draft.responsibilities)
    if (!traced.has(r.id)) rows.push(['Not in the current job description.', r.text, servedBy(r)]);
  const from = draft.original.fileName ? ` (${draft.original.fileName})` : '';
  return [
    { kind: 'heading', level: 2, text: CHANGES_ANNEX_TITLE, pageBreakBefore: true },
    {
      kind: 'paragraph',
      text: `Each sentence of the job description this role was revised from${from}, beside what the revised role says instead and the clauses of the definition it serves.`,
    },
    {
      kind: 'table',
      caption: CHANGES_ANNEX_TITLE,
      columns: [
        { header: 'Current job description', weight: 5 },
        { header: 'Revised role', weight: 5 },
        { header: 'Clauses it serves', weight: 3 },
      ],
      rows,
    },
  ];
}
