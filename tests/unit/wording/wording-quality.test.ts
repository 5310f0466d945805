/**
 * The checks against the labelled test set (tests/unit/wording/labelled-sentences.ts): precision and
 * recall are held here and reported by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { LABELLED_SENTENCES } from './labelled-sentences';
import { scoreLabelled } from './score-labelled';

describe('wording checks on the labelled set', () => {
  it('holds at least 100 sentences, each with its source', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(100);
    for (const item of LABELLED_SENTENCES) expect(item.source).not.toBe('');
  });

  it('finds what a careful reviewer would raise, and little else', () => {
    const quality = scoreLabelled();
    expect(quality.precision).toBeGreaterThanOrEqual(0.95);
    expect(quality.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('raises no false inclusive-language finding', () => {
    const inclusive = scoreLabelled(LABELLED_SENTENCES, (rule) =>
      ['gender-coded', 'exclusionary', 'needless-years', 'needless-degree'].includes(rule),
    );
    expect(inclusive.falsePositives).toBe(0);
  });
});
