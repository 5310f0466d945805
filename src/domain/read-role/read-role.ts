/**
 * Reads a job description written in an institution's own words (see reading.ts for what it
 * gives), in numbered pure steps: 1. split into headings, items and sentences; 2. read each
 * sentence's clauses, wording and nearest catalogue statement; 3. propose the facts it states.
 * Pure and synchronous: the same code runs in the browser and in `npm run read-role`.
 */
import { readWordingKind } from '../wording/wording-kind';
import { nearestStatement } from './nearest-statement';
import { readClauses } from './read-clauses';
import { readFacts } from './read-facts';
import type { ReadSentence, RoleReading } from './reading';
import { splitRoleText } from './split-role-text';

export function readRole(text: string): RoleReading {
  const sentences: ReadSentence[] = splitRoleText(text).map((part, i) => {
    const heading = part.kind === 'heading';
    const nearest = heading ? { catalogueId: null, similarity: 0 } : nearestStatement(part.text);
    const wording = readWordingKind(part.text);
    return {
      id: `s${i + 1}`,
      text: part.text,
      kind: part.kind,
      heading: part.heading,
      clauses: heading ? [] : readClauses(part.text, part.heading, wording),
      catalogueId: nearest.catalogueId,
      similarity: nearest.similarity,
      wording,
    };
  });
  return { sentences, facts: readFacts(sentences) };
}
