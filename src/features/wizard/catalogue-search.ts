/** The catalogue grouped by the clauses its responsibilities evidence directly, filtered by a search. */
import type { CatalogueEntry } from '../../domain/catalogue-entry';
import { CLAUSES } from '../../domain/definition';

export interface CatalogueGroup {
  /** A clause id, or "other" for the statements that evidence no clause directly. */
  id: string;
  name: string;
  entries: CatalogueEntry[];
}

/**
 * Why a group of its own: running a facility, a team or a service is what most real roles hold,
 * and evidences no clause directly (issue 12), so it has no clause to sit under.
 */
export const OTHER_GROUP_NAME = 'Running facilities, services and teams (no clause directly)';

/** Every word of the query must appear in the responsibility or in the names of its clauses. */
export function searchCatalogue(
  catalogue: readonly CatalogueEntry[],
  query: string,
): CatalogueGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (entry: CatalogueEntry) => {
    const haystack = [
      entry.text,
      ...entry.primary.map((id) => CLAUSES.find((c) => c.id === id)?.name ?? ''),
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
  const byClause: CatalogueGroup[] = CLAUSES.map((clause) => ({
    id: clause.id,
    name: clause.name,
    entries: catalogue.filter((entry) => entry.primary.includes(clause.id) && matches(entry)),
  }));
  const other: CatalogueGroup = {
    id: 'other',
    name: OTHER_GROUP_NAME,
    entries: catalogue.filter((entry) => entry.primary.length === 0 && matches(entry)),
  };
  return [...byClause, other].filter((group) => group.entries.length > 0);
}
