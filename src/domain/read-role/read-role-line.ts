/**
 * What `npm run read-role` prints for one file: the reading of its text, the draft Keystone
 * would make from it with every duty kept in its own words and every fact accepted (the
 * defaults of "Start from an existing job description"), that draft in the exchange format, and
 * its score. The same code as the screen; the command only reads the files.
 */
import type { ClauseId } from '../definition';
import { toExchange } from '../exchange/draft-exchange';
import type { ExchangeEnvelope } from '../exchange/exchange-envelope';
import { scoreDraft } from '../score-draft';
import { draftFromReading } from './draft-from-reading';
import type { ClauseStrength, ProposedFact } from './reading';
import { readRole } from './read-role';

export interface RoleLine {
  file: string;
  sentences: {
    text: string;
    clauses: { id: ClauseId; strength: ClauseStrength; cues: readonly string[] }[];
    catalogueId: string | null;
    similarity: number;
  }[];
  facts: readonly ProposedFact[];
  draft: ExchangeEnvelope;
  score: { overall: number; band: string; clauses: Record<string, number> };
}

export function readRoleLine(file: string, text: string, now: string): RoleLine {
  const reading = readRole(text);
  const name = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const draft = draftFromReading(
    reading,
    { text, fileName: file.replace(/^.*[\\/]/, '') },
    { name, sentences: {}, facts: reading.facts.map((_, i) => i) },
    { id: 'read-role', now },
  );
  const score = scoreDraft(draft);
  return {
    file,
    sentences: reading.sentences
      .filter((s) => s.kind !== 'heading')
      .map((s) => ({
        text: s.text,
        clauses: s.clauses.map((c) => ({ id: c.id, strength: c.strength, cues: c.cues })),
        catalogueId: s.catalogueId,
        similarity: s.similarity,
      })),
    facts: reading.facts,
    draft: toExchange(draft, { exportedAt: now }),
    score: {
      overall: score.overall,
      band: score.band.id,
      clauses: Object.fromEntries(Object.values(score.clauses).map((c) => [c.clause, c.score])),
    },
  };
}
