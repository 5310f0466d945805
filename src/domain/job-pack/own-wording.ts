/**
 * The context and key relationships as the document prints them: the user's own wording when
 * they have edited it (draft.wording), else the generated starting point. The edited text is
 * plain: paragraphs split by blank lines; relationships one a line, a line ending in ":" naming
 * the group the lines after it belong to.
 */
import { contextSentences } from '../job-description/context-text';
import { keyRelationships, type KeyRelationships } from '../job-description/relationships';
import type { RoleDraft } from '../role-draft';

export const INSIDE = 'Inside the institution:';
export const OUTSIDE = 'Outside the institution:';

export function generatedContext(draft: RoleDraft): string {
  return contextSentences(draft).join(' ');
}

/** Plain text as paragraphs: split at blank lines, each one's spacing made single; none empty. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

export function contextParagraphs(draft: RoleDraft): string[] {
  const own = draft.wording.context;
  if (own === null) return [generatedContext(draft)].filter((p) => p !== '');
  return paragraphsOf(own);
}

export function relationshipsText(relationships: KeyRelationships): string {
  return [INSIDE, ...relationships.internal, '', OUTSIDE, ...relationships.external].join('\n');
}

export function generatedRelationships(draft: RoleDraft): string {
  return relationshipsText(keyRelationships(draft));
}

/** The edited list read back: lines before any group line, or under "Inside…", are internal. */
export function relationshipsOf(draft: RoleDraft): KeyRelationships {
  const own = draft.wording.relationships;
  if (own === null) return keyRelationships(draft);
  const result: KeyRelationships = { internal: [], external: [] };
  let group: keyof KeyRelationships = 'internal';
  for (const raw of own.split('\n')) {
    const line = raw.replace(/^\s*[-•*]\s*/, '').trim();
    if (line === '') continue;
    if (/^outside\b.*:$/i.test(line)) group = 'external';
    else if (/^inside\b.*:$/i.test(line)) group = 'internal';
    else result[group].push(line);
  }
  return result;
}
