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
  // The r, h, k, m and n sentences (878), after round 7's tuning on all of them (0.915 / 0.842
  // before, 0.936 / 0.912 after).
  tuning: { precision: 0.93, recall: 0.91 },
  // The 342 p and q sentences gathered from published material (round 7) by two labellers and
  // labelled by the guide before the reader saw them, read once after tuning on 7 December 2026:
  // 0.657 / 0.677.
  heldOut: { precision: 0.65, recall: 0.67 },
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

  it('keeps aside exactly the sentences gathered for the last round (ids p1, p2, … and q1, q2, …), at least a fifth of the set', () => {
    for (const sentence of set) expect(sentence.heldOut).toBe(/^[pq]\d+$/.test(sentence.id));
    expect(set.filter((s) => s.heldOut).length * 5).toBeGreaterThanOrEqual(set.length);
  });
});

describe('clause precision and recall', () => {
  it('holds on the part the cues were tuned on', () => {
    const q = clauseQuality(set.filter((s) => !s.heldOut));
    expect(q.precision).toBeGreaterThanOrEqual(HELD.tuning.precision);
    expect(q.recall).toBeGreaterThanOrEqual(HELD.tuning.recall);
  });

  it('holds on the part kept aside', () => {
    const q = clauseQuality(set.filter((s) => s.heldOut));
    expect(q.precision).toBeGreaterThanOrEqual(HELD.heldOut.precision);
    expect(q.recall).toBeGreaterThanOrEqual(HELD.heldOut.recall);
  });
});
