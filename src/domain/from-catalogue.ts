import { catalogueEntry } from './catalogue';
import type { Responsibility } from './role-draft';

/**
 * A responsibility that takes a catalogue entry's wording. Its clauses stay empty: the
 * catalogue entry carries them, so later changes to the catalogue's tags reach saved drafts.
 * Returns null for an id the catalogue does not hold.
 */
export function responsibilityFromCatalogue(
  catalogueId: string,
  id: string,
): Responsibility | null {
  const entry = catalogueEntry(catalogueId);
  return entry ? { id, catalogueId, text: entry.text, clauses: [], reason: '' } : null;
}
