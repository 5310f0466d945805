import fc from 'fast-check';
import { quantile, quartiles, sortedNumbers, standing } from './statistics';

const sorted = (values: number[]) => sortedNumbers(values);

describe('quantiles, interpolating between ranks', () => {
  it('gives the hand-computed quartiles of 1..8', () => {
    // Positions (n-1)p = 1.75, 3.5, 5.25 → 2.75, 4.5, 6.25.
    expect(quartiles(sorted([8, 1, 7, 2, 6, 3, 5, 4]))).toEqual({
      q1: 2.75,
      median: 4.5,
      q3: 6.25,
    });
  });

  it('gives the middle value of an odd set as its median', () => {
    expect(quantile(sorted([10, 30, 20, 50, 40]), 0.5)).toBe(30);
    expect(quartiles(sorted([10, 30, 20, 50, 40]))).toEqual({ q1: 20, median: 30, q3: 40 });
  });

  it('has nothing to say about no numbers, and skips unanswered ones', () => {
    expect(quartiles(sorted([]))).toBeNull();
    expect(quartiles(sorted([Number.NaN, 5]))).toEqual({ q1: 5, median: 5, q3: 5 });
  });
});

describe('standing among peers', () => {
  it('counts those below plus half of those level', () => {
    // 3 below (1, 2, 3), 2 level (4, 4), 1 above (9): (3 + 1) / 6 = 66.7%.
    const s = standing(sorted([1, 2, 3, 4, 4, 9]), 4);
    expect(s).toMatchObject({ below: 3, equal: 2, above: 1 });
    expect(s?.percentile).toBeCloseTo(66.667, 2);
  });

  it('places a value above every peer at 100 and below every peer at 0', () => {
    expect(standing(sorted([1, 2, 3]), 10)?.percentile).toBe(100);
    expect(standing(sorted([1, 2, 3]), 0)?.percentile).toBe(0);
    expect(standing(sorted([]), 0)).toBeNull();
  });
});

describe('properties', () => {
  const values = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 });

  it('a peer set of one: the peer is every quartile, and a level role sits at 50', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (v) => {
        const one = sorted([v]);
        expect(quartiles(one)).toEqual({ q1: v, median: v, q3: v });
        expect(standing(one, v)?.percentile).toBe(50);
      }),
    );
  });

  it('identical peers: any role level with them sits at exactly 50', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 50 }), (v, n) => {
        expect(standing(sorted(new Array<number>(n).fill(v)), v)?.percentile).toBe(50);
      }),
    );
  });

  it('quartiles are ordered and lie within the values; percentiles within 0–100', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: -10, max: 110 }), (list, v) => {
        const s = sorted(list);
        const q = quartiles(s)!;
        expect(s[0]! <= q.q1 && q.q1 <= q.median && q.median <= q.q3 && q.q3 <= s.at(-1)!).toBe(
          true,
        );
        const p = standing(s, v)!;
        expect(p.below + p.equal + p.above).toBe(list.length);
        expect(p.percentile).toBeGreaterThanOrEqual(0);
        expect(p.percentile).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('ties: raising a value never lowers its percentile', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 100 }), (list, v) => {
        const s = sorted(list);
        expect(standing(s, v + 1)!.percentile).toBeGreaterThanOrEqual(standing(s, v)!.percentile);
      }),
    );
  });
});
