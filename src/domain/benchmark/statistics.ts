/**
 * The few statistics benchmarking needs, on numbers sorted ascending. Definitions a person can
 * check by hand: quantiles interpolate linearly between ranks (as a spreadsheet's QUARTILE.INC
 * does); a percentile counts the peers below plus half of those level with the value.
 */

export interface Standing {
  below: number;
  equal: number;
  above: number;
  /** 0–100: share of peers below, counting ties as half. */
  percentile: number;
}

/** Index of the first element >= value (binary search, so 10,000 peers cost 14 steps). */
function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a value stands among sorted numbers; null when there are none. */
export function standing(sorted: ArrayLike<number>, value: number): Standing | null {
  const n = sorted.length;
  if (n === 0) return null;
  const below = lowerBound(sorted, value);
  const upTo = upperBound(sorted, value);
  const equal = upTo - below;
  return { below, equal, above: n - upTo, percentile: ((below + equal / 2) / n) * 100 };
}

/** The p-quantile (0 ≤ p ≤ 1) with linear interpolation; null when there are no numbers. */
export function quantile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const position = (n - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower]!;
  const b = sorted[upper]!;
  return a + (b - a) * (position - lower);
}

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

export function quartiles(sorted: ArrayLike<number>): Quartiles | null {
  const median = quantile(sorted, 0.5);
  if (median === null) return null;
  return { q1: quantile(sorted, 0.25)!, median, q3: quantile(sorted, 0.75)! };
}

/** Numbers sorted ascending, without the unanswered ones (NaN). */
export function sortedNumbers(values: Iterable<number>): Float64Array {
  const out: number[] = [];
  for (const v of values) if (!Number.isNaN(v)) out.push(v);
  return Float64Array.from(out).sort();
}
