/**
 * Benchmark figures in words that read right: where a role sits when peers tie with it, a
 * middle half that says one thing once, a median of whole things that is whole, and a
 * difference with its sign spelled out. Used by the screen, the summary and the export.
 */
import type { Position } from './positions';

/** "36%", but never "100%" or "0%" unless it is every one or none of them. */
export function percentOf(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  if (part >= whole) return '100%';
  if (part <= 0) return '0%';
  return `${Math.min(99, Math.max(1, Math.round((part / whole) * 100)))}%`;
}

/** The quartile band, with ties at either end said as ties. */
export function whereItSits(p: Pick<Position, 'standing' | 'percentile' | 'dimension'>): string {
  const s = p.standing;
  if (!s || p.percentile === null) return 'No comparison';
  const n = s.below + s.equal + s.above;
  const under = p.dimension.direction === 1 ? s.below : s.above;
  const over = p.dimension.direction === 1 ? s.above : s.below;
  if (over === 0) {
    return s.equal === 0
      ? 'Above every peer'
      : `Joint highest, with ${percentOf(s.equal, n)} of peers`;
  }
  if (under === 0) {
    return s.equal === 0
      ? 'Below every peer'
      : `Joint lowest, with ${percentOf(s.equal, n)} of peers`;
  }
  if (p.percentile >= 75) return 'Top quartile';
  if (p.percentile < 25) return 'Bottom quartile';
  return 'Middle half';
}

/** "Holds a delegated budget", not "Holds a delegated budget to Holds a delegated budget". */
export function middleHalfText(p: Pick<Position, 'quartiles' | 'dimension'>): string {
  if (!p.quartiles) return '';
  const low = p.dimension.format(p.quartiles.q1);
  const high = p.dimension.format(p.quartiles.q3);
  return low === high ? `${low} (all of the middle half)` : `${low} to ${high}`;
}

/** The difference from the median as shown (both rounded first), with its sign in words. */
export function differenceText(value: number, median: number): string {
  const d = Math.round(value) - Math.round(median);
  if (d === 0) return 'Level with the median';
  return d > 0 ? `${d} above the median` : `${-d} below the median`;
}
