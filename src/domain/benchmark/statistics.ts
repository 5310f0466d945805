/**
 * The few statistics benchmarking needs, on numbers sorted ascending. Definitions a person can
 * check by hand: quantiles of scores interpolate linearly between ranks (as a spreadsheet's
 * QUARTILE.INC does); quantiles of whole counts and ordered answers (grade, remit, budget level)
 * are always a value some peer has (the inverse of the empirical distribution, Hyndman and
 * Fan's type 1), so a median is never "1.5 seats" or half-way between two grades; a percentile
 * counts the peers below plus half of those level with the value (the mid-rank, which is how
 * percentile ranks treat ties).
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

/** The p-quantile that is always one of the values: the smallest with at least p of them at or below. */
export function quantileObserved(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(n * Math.min(1, Math.max(0, p))));
  return sorted[rank - 1]!;
}

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

/** Quartiles; `observed` for whole counts and ordered answers (see the note at the top). */
export function quartiles(sorted: ArrayLike<number>, observed = false): Quartiles | null {
  const q = observed ? quantileObserved : quantile;
  const median = q(sorted, 0.5);
  if (median === null) return null;
  return { q1: q(sorted, 0.25)!, median, q3: q(sorted, 0.75)! };
}

/** Numbers sorted ascending, without the unanswered ones (NaN). */
export function sortedNumbers(values: Iterable<number>): Float64Array {
  const out: number[] = [];
  for (const v of values) if (!Number.isNaN(v)) out.push(v);
  return Float64Array.from(out).sort();
}
