/**
 * Precision and recall of the wording checks on the labelled test set, counting each rule a
 * sentence should raise (with its multiplicity) against each finding raised.
 */
import { checkText } from '../../../src/domain/wording-checks/check-text';
import type { RuleId } from '../../../src/domain/wording-checks/finding';
import { LABELLED_SENTENCES, type LabelledSentence } from './labelled-sentences';

export interface Quality {
  readonly sentences: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly misses: readonly { text: string; expected: RuleId[]; found: RuleId[] }[];
}

const count = (rules: readonly RuleId[]) => {
  const m = new Map<RuleId, number>();
  for (const r of rules) m.set(r, (m.get(r) ?? 0) + 1);
  return m;
};

export function scoreLabelled(
  set: readonly LabelledSentence[] = LABELLED_SENTENCES,
  only?: (rule: RuleId) => boolean,
): Quality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: { text: string; expected: RuleId[]; found: RuleId[] }[] = [];
  for (const item of set) {
    const keep = (r: RuleId) => only?.(r) ?? true;
    const expected = item.expect.filter(keep);
    const found = checkText(item.text, { strength: item.duty })
      .map((f) => f.rule)
      .filter(keep);
    const want = count(expected);
    const got = count(found);
    for (const rule of new Set([...want.keys(), ...got.keys()])) {
      const w = want.get(rule) ?? 0;
      const g = got.get(rule) ?? 0;
      tp += Math.min(w, g);
      fp += Math.max(0, g - w);
      fn += Math.max(0, w - g);
    }
    if (JSON.stringify([...expected].sort()) !== JSON.stringify([...found].sort())) {
      misses.push({ text: item.text, expected: [...expected], found });
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    sentences: set.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    misses,
  };
}
