/**
 * What one responsibility is worth to each clause: the one definition that scoring,
 * peer scoring and the contradiction facts all read.
 */
import { CATALOGUE } from './catalogue';
import type { CatalogueEntry } from './catalogue-entry';
import { CLAUSE_IDS, type ClauseId } from './definition';
import type { Responsibility } from './role-draft';
import { readClauses } from './read-role/read-clauses';
import { RESPONSIBILITY_POINTS } from './scoring-rules';

export type Strength = keyof typeof RESPONSIBILITY_POINTS;

type Tagged = Pick<Responsibility, 'catalogueId' | 'clauses' | 'text'>;

/** Why: peer scoring looks entries up for every responsibility of up to 10,000 peers. */
const ENTRIES = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

/** How a catalogue entry evidences a clause; primary wins when an entry lists a clause twice. */
export function entryStrength(entry: CatalogueEntry, clause: ClauseId): Strength | null {
  if (entry.primary.includes(clause)) return 'primary';
  if (entry.secondary.includes(clause)) return 'secondary';
  return null;
}

/** What a responsibility's own wording earns one clause, and the words that earned it. */
export interface WordingEvidence {
  readonly strength: Strength;
  readonly cues: readonly string[];
}

/** Why: a draft is scored on every change; its own wording is read once per text. */
const READ = new Map<string, ReadonlyMap<ClauseId, WordingEvidence>>();

/**
 * What the wording of a responsibility the user wrote evidences, read by the job-description
 * reader (read-role/read-clauses.ts), with the words that triggered each clause: direct evidence
 * scores as a catalogue statement's primary clause, evidence in part as its secondary one.
 */
export function wordingEvidence(text: string): ReadonlyMap<ClauseId, WordingEvidence> {
  let read = READ.get(text);
  if (!read) {
    read = new Map(
      readClauses(text).map((c) => [
        c.id,
        { strength: c.strength === 'direct' ? 'primary' : 'secondary', cues: c.cues },
      ]),
    );
    if (READ.size > 5_000) READ.clear();
    READ.set(text, read);
  }
  return read;
}

/** The strengths alone of wordingEvidence. */
export function wordingStrengths(text: string): ReadonlyMap<ClauseId, Strength> {
  return new Map([...wordingEvidence(text)].map(([clause, e]) => [clause, e.strength]));
}

/**
 * A catalogue responsibility counts by the catalogue's tags, whatever tags are stored with it (the
 * catalogue's wording is checked, a stored tag is not); the user's own responsibility, or one whose
 * entry has left the catalogue, counts by what its wording evidences, at the catalogue's weights.
 * Note: the clauses a user ticks are a claim the review checks (review/wording-claims.ts), not points.
 */
export function strengthOf(responsibility: Tagged, clause: ClauseId): Strength | null {
  const entry = responsibility.catalogueId ? ENTRIES.get(responsibility.catalogueId) : undefined;
  if (entry) return entryStrength(entry, clause);
  return wordingEvidence(responsibility.text).get(clause)?.strength ?? null;
}

/**
 * The words of a responsibility's own wording that earned it the clause; none for a catalogue
 * responsibility, which counts by the catalogue's tags (see strengthOf).
 */
export function earningWords(responsibility: Tagged, clause: ClauseId): readonly string[] {
  if (responsibility.catalogueId && ENTRIES.has(responsibility.catalogueId)) return [];
  return wordingEvidence(responsibility.text).get(clause)?.cues ?? [];
}

/** True when the responsibility is about the clause itself, not merely in support of it. */
export const isDirect = (strength: Strength | null): boolean => strength === 'primary';

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
