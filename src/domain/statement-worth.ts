/**
 * What one responsibility statement is worth to each clause: the one definition that scoring,
 * peer scoring and the contradiction facts all read.
 */
import { CATALOGUE } from './catalogue';
import type { CatalogueEntry } from './catalogue-entry';
import { CLAUSE_IDS, type ClauseId } from './definition';
import type { Responsibility } from './role-draft';
import { RESPONSIBILITY_POINTS } from './scoring-rules';

export type Strength = keyof typeof RESPONSIBILITY_POINTS;

type Statement = Pick<Responsibility, 'catalogueId' | 'clauses'>;

/** Why: peer scoring looks entries up for every statement of up to 10,000 peers. */
const ENTRIES = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

/** How a catalogue entry evidences a clause; primary wins when an entry lists a clause twice. */
export function entryStrength(entry: CatalogueEntry, clause: ClauseId): Strength | null {
  if (entry.primary.includes(clause)) return 'primary';
  if (entry.secondary.includes(clause)) return 'secondary';
  return null;
}

/**
 * A catalogue statement counts by the catalogue's tags, whatever tags are stored with it (the
 * catalogue's wording is checked, a stored tag is not); the user's own statement, or one whose
 * entry has left the catalogue, counts by the tags the user gave it.
 */
export function strengthOf(statement: Statement, clause: ClauseId): Strength | null {
  const entry = statement.catalogueId ? ENTRIES.get(statement.catalogueId) : undefined;
  if (entry) return entryStrength(entry, clause);
  return statement.clauses.includes(clause) ? 'custom' : null;
}

/**
 * True when the statement is about the clause itself, not merely in support of it. Note: the
 * user's own statement is direct (they tagged it to say so) though it scores as support.
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

/** The points a statement gives each clause, in CLAUSE_IDS order (the same as strengthOf). */
export function worthOf(statement: Statement): readonly number[] {
  const fromCatalogue = statement.catalogueId ? ENTRY_WORTH.get(statement.catalogueId) : undefined;
  return fromCatalogue ?? CLAUSE_IDS.map((clause) => pointsOf(strengthOf(statement, clause)));
}

/**
 * The statements that count, in order. Why: a catalogue statement chosen twice (possible in an
 * imported file) is still one duty, so only its first copy counts.
 */
export function countedStatements<T extends Statement>(statements: readonly T[]): T[] {
  const chosen = new Set<string>();
  return statements.filter((statement) => {
    if (!statement.catalogueId) return true;
    if (chosen.has(statement.catalogueId)) return false;
    chosen.add(statement.catalogueId);
    return true;
  });
}
