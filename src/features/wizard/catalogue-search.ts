/** The catalogue grouped by the clauses its responsibilities evidence directly, filtered by a search. */
import type { CatalogueEntry } from '../../domain/catalogue-entry';
import { CLAUSES, type Clause } from '../../domain/definition';

export interface CatalogueGroup {
  clause: Clause;
  entries: CatalogueEntry[];
}

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
  return CLAUSES.map((clause) => ({
    clause,
    entries: catalogue.filter((entry) => entry.primary.includes(clause.id) && matches(entry)),
  })).filter((group) => group.entries.length > 0);
}
