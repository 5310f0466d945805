/**
 * What one responsibility is worth to each clause: the one definition that scoring,
 * peer scoring and the contradiction facts all read.
 */
import { CATALOGUE } from './catalogue';
import type { CatalogueEntry } from './catalogue-entry';
import { CLAUSE_IDS, type ClauseId } from './definition';
import type { Responsibility } from './role-draft';
import { RESPONSIBILITY_POINTS } from './scoring-rules';

export type Strength = keyof typeof RESPONSIBILITY_POINTS;

type Tagged = Pick<Responsibility, 'catalogueId' | 'clauses'>;

/** Why: peer scoring looks entries up for every responsibility of up to 10,000 peers. */
const ENTRIES = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

/** How a catalogue entry evidences a clause; primary wins when an entry lists a clause twice. */
export function entryStrength(entry: CatalogueEntry, clause: ClauseId): Strength | null {
  if (entry.primary.includes(clause)) return 'primary';
  if (entry.secondary.includes(clause)) return 'secondary';
  return null;
}

/**
 * A catalogue responsibility counts by the catalogue's tags, whatever tags are stored with it (the
 * catalogue's wording is checked, a stored tag is not); the user's own responsibility, or one whose
 * entry has left the catalogue, counts by the tags the user gave it.
 */
export function strengthOf(responsibility: Tagged, clause: ClauseId): Strength | null {
  const entry = responsibility.catalogueId ? ENTRIES.get(responsibility.catalogueId) : undefined;
  if (entry) return entryStrength(entry, clause);
  return responsibility.clauses.includes(clause) ? 'custom' : null;
}

/**
 * True when the responsibility is about the clause itself, not merely in support of it. Note: the
 * user's own responsibility is direct (they tagged it to say so) though it scores as support.
 */
export const isDirect = (strength: Strength | null): boolean =>
  strength === 'primary' || strength === 'custom';

const pointsOf = (strength: Strength | null): number =>
  strength ? RESPONSIBILITY_POINTS[strength] : 0;

/** Each entry's worth, worked out once. */
const ENTRY_WORTH = new Map(
  CATALOGUE.map((entry) => [
    entry.id,
    CLAUSE_IDS.map((clause) => pointsOf(entryStrength(entry, clause))),
  ]),
);

/** The points a responsibility gives each clause, in CLAUSE_IDS order (the same as strengthOf). */
export function worthOf(responsibility: Tagged): readonly number[] {
  const fromCatalogue = responsibility.catalogueId
    ? ENTRY_WORTH.get(responsibility.catalogueId)
    : undefined;
  return fromCatalogue ?? CLAUSE_IDS.map((clause) => pointsOf(strengthOf(responsibility, clause)));
}

/**
 * The responsibilities that count, in order. Why: a catalogue responsibility chosen twice (possible in an
 * imported file) is still one responsibility, so only its first copy counts.
 */
export function countedResponsibilities<T extends Tagged>(responsibilities: readonly T[]): T[] {
  const chosen = new Set<string>();
  return responsibilities.filter((responsibility) => {
    if (!responsibility.catalogueId) return true;
    if (chosen.has(responsibility.catalogueId)) return false;
    chosen.add(responsibility.catalogueId);
    return true;
  });
}
