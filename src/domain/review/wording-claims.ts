/**
 * The clauses a user ticks on a responsibility of their own are a claim; its wording is what
 * scores (responsibility-worth.ts). This lists each ticked clause the wording does not show,
 * with a stronger sentence to use instead: the catalogue statement that evidences the clause
 * directly and is nearest in words to what the user wrote.
 */
import { CATALOGUE } from '../catalogue';
import type { CatalogueEntry } from '../catalogue-entry';
import { clauseById, type ClauseId } from '../definition';
import { wordingStrengths } from '../responsibility-worth';
import type { RoleDraft } from '../role-draft';

export interface UnsupportedClaim {
  readonly responsibilityId: string;
  readonly text: string;
  readonly clause: ClauseId;
  readonly clauseName: string;
  /** What the wording shows instead: "in part", or nothing. */
  readonly shown: 'in-part' | 'none';
  readonly suggestion: Pick<CatalogueEntry, 'id' | 'text'> | null;
}

const ENTRY_IDS = new Set(CATALOGUE.map((e) => e.id));
const words = (text: string) =>
  new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 3));

function suggestionFor(clause: ClauseId, text: string, chosen: ReadonlySet<string>) {
  const own = words(text);
  let best: CatalogueEntry | null = null;
  let bestShared = -1;
  for (const entry of CATALOGUE) {
    if (!entry.primary.includes(clause) || chosen.has(entry.id)) continue;
    const shared = [...words(entry.text)].filter((w) => own.has(w)).length;
    if (shared > bestShared) [best, bestShared] = [entry, shared];
  }
  return best ? { id: best.id, text: best.text } : null;
}

export function unsupportedClaims(draft: RoleDraft): UnsupportedClaim[] {
  const chosen = new Set(draft.responsibilities.flatMap((r) => r.catalogueId ?? []));
  return draft.responsibilities.flatMap((r) => {
    if (r.catalogueId && ENTRY_IDS.has(r.catalogueId)) return [];
    const read = wordingStrengths(r.text);
    return [...new Set(r.clauses)]
      .filter((clause) => read.get(clause) !== 'primary')
      .map((clause) => ({
        responsibilityId: r.id,
        text: r.text,
        clause,
        clauseName: clauseById(clause).name,
        shown: read.has(clause) ? ('in-part' as const) : ('none' as const),
        suggestion: suggestionFor(clause, r.text, chosen),
      }));
  });
}
