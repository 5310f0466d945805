/**
 * Reads a job description written in an institution's own words (see reading.ts for what it
 * gives). Pure and synchronous: the same code runs in the browser and in `npm run read-role`.
 */
import { readWordingKind } from '../wording/wording-kind';
import type { ReadSentence, RoleReading } from './reading';
import { splitRoleText } from './split-role-text';

export function readRole(text: string): RoleReading {
  const sentences: ReadSentence[] = splitRoleText(text).map((part, i) => ({
    id: `s${i + 1}`,
    text: part.text,
    kind: part.kind,
    heading: part.heading,
    clauses: [],
    catalogueId: null,
    similarity: 0,
    wording: readWordingKind(part.text),
  }));
  return { sentences, facts: [] };
}
