import { DIMENSIONS, type DimensionId } from './dimensions';
import { differenceText, middleHalfText, percentOf, whereItSits } from './position-words';
import { quartiles, standing } from './statistics';

const dim = (id: DimensionId) => DIMENSIONS.find((d) => d.id === id)!;

/** A position from the peers' values, as positions.ts makes it. */
function at(id: DimensionId, peers: number[], value: number) {
  const dimension = dim(id);
  const sorted = Float64Array.from(peers).sort();
  const s = standing(sorted, value);
  const percentile =
    s === null ? null : dimension.direction === 1 ? s.percentile : 100 - s.percentile;
  return {
    dimension,
    standing: s,
    percentile,
    quartiles: quartiles(sorted, dimension.scale !== 'score'),
  };
}

describe('benchmark figures in words', () => {
  it.each([
    // The widest remit, shared with most peers, is not "middle half".
    ['remit', [0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3], 3, 'Joint highest, with 73% of peers'],
    ['remit', [0, 1, 2, 2], 3, 'Above every peer'],
    ['seats', [1, 2, 3, 4, 5], 0, 'Below every peer'],
    ['seats', [0, 0, 3, 4, 5], 0, 'Joint lowest, with 40% of peers'],
    ['seats', [0, 1, 2, 3, 4, 5, 6, 7], 6, 'Top quartile'],
    ['seats', [0, 1, 2, 3, 4, 5, 6, 7], 1, 'Bottom quartile'],
    ['seats', [0, 1, 2, 3, 4, 5, 6, 7], 4, 'Middle half'],
    // Fewer steps from the head is stronger: one step, every peer further away.
    ['reporting', [2, 3, 3, 4, 4], 1, 'Above every peer'],
  ] as const)('places %s among %j with %d as “%s”', (id, peers, value, words) => {
    expect(whereItSits(at(id, [...peers], value))).toBe(words);
  });

  it.each([
    ['seats', [1, 2, 2, 1], '1 seat to 2 seats'],
    ['budget', [2, 2, 2, 2, 1], 'Holds a delegated budget (all of the middle half)'],
    ['grade', [2, 3, 3, 4, 4, 4], 'Grade 9 to Grade 10 (top of the pay spine)'],
  ] as const)('gives the middle half of %s %j as “%s”', (id, peers, words) => {
    expect(middleHalfText(at(id, [...peers], 0))).toBe(words);
  });

  it('gives whole things a whole median: never “1.5 seats” or half a grade', () => {
    expect(at('seats', [1, 2, 1, 2], 0).quartiles?.median).toBe(1);
    expect(dim('seats').format(at('seats', [1, 2, 1, 2], 0).quartiles!.median)).toBe('1 seat');
    expect(at('grade', [2, 3], 0).quartiles?.median).toBe(2);
    // Scores stay continuous: the median of 40 and 41 is 40.5.
    expect(at('overall', [40, 41], 0).quartiles?.median).toBe(40.5);
  });

  it.each([
    [0, 40.5, '41 below the median'],
    [53, 41, '12 above the median'],
    [41.4, 40.6, 'Level with the median'],
  ] as const)('says %d against a median of %d as “%s”', (value, median, words) => {
    expect(differenceText(value, median)).toBe(words);
  });

  it.each([
    [10, 10, '100%'],
    [0, 10, '0%'],
    [999, 1000, '99%'],
    [1, 1000, '1%'],
    [4, 11, '36%'],
  ] as const)('gives %d of %d as %s', (part, whole, words) => {
    expect(percentOf(part, whole)).toBe(words);
  });
});
