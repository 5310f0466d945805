import { describe, expect, it } from 'vitest';
import labelled from '../../../tests/fixtures/role-sentences/role-sentences.json';
import { CLAUSE_IDS } from '../definition';
import { clauseQuality, type LabelledSentence } from './clause-quality';

interface Row extends LabelledSentence {
  readonly source: string;
  readonly why: string;
}
const set = labelled.sentences as Row[];

/**
 * Quality, not timing: the figures the reader reached on the labelled set, held so a change to
 * the cues cannot quietly make it read worse. Raise them when the reader improves.
 */
const HELD = {
  tuning: { precision: 0.91, recall: 0.96 },
  // Measured once, after tuning (0.75 / 0.733): recall rose from 0.711 and precision fell from
  // 0.762 when the cues were widened (verb forms, en-US words, wider person specifications).
  heldOut: { precision: 0.75, recall: 0.73 },
};

describe('the labelled set of role sentences', () => {
  it('has at least 200 sentences, each with a source, a reason and known clauses', () => {
    expect(set.length).toBeGreaterThanOrEqual(200);
    for (const sentence of set) {
      expect(Object.keys(labelled.sources)).toContain(sentence.source);
      expect(sentence.why.length).toBeGreaterThan(0);
      for (const clause of sentence.clauses) expect(CLAUSE_IDS).toContain(clause);
    }
  });

  it('keeps every fifth sentence aside, by a fixed rule', () => {
    set.forEach((sentence, i) => expect(sentence.heldOut).toBe(i % 5 === 4));
  });
});

describe('clause precision and recall', () => {
  it('holds on the part the cues were tuned on', () => {
    const q = clauseQuality(set.filter((s) => !s.heldOut));
    expect(q.precision).toBeGreaterThanOrEqual(HELD.tuning.precision);
    expect(q.recall).toBeGreaterThanOrEqual(HELD.tuning.recall);
  });

  it('holds on the fifth kept aside', () => {
    const q = clauseQuality(set.filter((s) => s.heldOut));
    expect(q.precision).toBeGreaterThanOrEqual(HELD.heldOut.precision);
    expect(q.recall).toBeGreaterThanOrEqual(HELD.heldOut.recall);
  });
});
