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
  // The r, h, k and m sentences (698), after round 6 made the cues agree with the labelling
  // guide (0.857 / 0.89 before, 0.945 / 0.892 after).
  tuning: { precision: 0.94, recall: 0.89 },
  // The 180 n sentences gathered from published material (round 6) and labelled by the guide
  // before the reader saw them, read once after tuning on 7 December 2026: 0.767 / 0.627.
  heldOut: { precision: 0.76, recall: 0.62 },
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

  it('keeps aside exactly the sentences gathered for the last round (ids n1, n2, …), at least a fifth of the set', () => {
    for (const sentence of set) expect(sentence.heldOut).toBe(/^n\d+$/.test(sentence.id));
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
