/**
 * Plain-English insights that name the outliers: where the role stands out from its peers
 * ("Remit broader than 80% of peers", "Less budget authority than 90% of peers (bottom quartile)") and
 * what most peers have that it lacks. Most striking first.
 */
import { percentOf } from './position-words';
import type { Position } from './positions';
import type { Prevalence } from './prevalence';
import { MIN_PEERS } from './role-peer-set';

export interface Insight {
  text: string;
  /** 0–1: how far from typical; orders the list. */
  strength: number;
}

/** Outside the middle of this band a position is worth saying. */
const HIGH = 0.8;
const LOW = 0.25;
/** A seat or responsibility this common among peers is worth noting when the role lacks it. */
const COMMON = 0.6;

function positionInsight(p: Position): Insight | null {
  const s = p.standing;
  if (!s || p.peers < MIN_PEERS) return null;
  const n = s.below + s.equal + s.above;
  const beaten = (p.dimension.direction === 1 ? s.below : s.above) / n;
  const beating = (p.dimension.direction === 1 ? s.above : s.below) / n;
  if (beaten >= HIGH) {
    return {
      text: `${p.dimension.more} than ${beaten === 1 ? 'every peer' : `${percentOf(beaten * n, n)} of peers`}.`,
      strength: beaten,
    };
  }
  if (beating > 1 - LOW && p.percentile !== null && p.percentile < LOW * 100) {
    return {
      text: `${p.dimension.less} than ${beating === 1 ? 'every peer' : `${percentOf(beating * n, n)} of peers`} (bottom quartile).`,
      strength: beating,
    };
  }
  return null;
}

function missingInsight(item: Prevalence, what: 'seat' | 'responsibility'): Insight | null {
  if (item.inRole || item.share < COMMON) return null;
  const text =
    what === 'seat'
      ? `${item.shareText} sit on the ${item.label.charAt(0).toLowerCase()}${item.label.slice(1)}; this role does not.`
      : `${item.shareText} hold “${item.label}”; this role does not.`;
  // Note: weighted below positions of equal share, since a missing item is one answer, not a dimension.
  return { text, strength: item.share * 0.95 };
}

export function insights(
  positions: readonly Position[],
  seats: readonly Prevalence[],
  responsibilities: readonly Prevalence[],
  peerCount: number,
): Insight[] {
  if (peerCount === 0) {
    return [
      { text: 'No peers match the chosen peer set: widen the filters to compare.', strength: 1 },
    ];
  }
  if (peerCount < MIN_PEERS) {
    return [
      {
        text: `Only ${peerCount} ${peerCount === 1 ? 'peer is' : 'peers are'} in the set, fewer than ${MIN_PEERS}: too few for percentiles, quartiles or shares to mean anything, so none are given. Widen the peer set or import peer profiles.`,
        strength: 1,
      },
    ];
  }
  const out: Insight[] = [];
  for (const p of positions) {
    const insight = positionInsight(p);
    if (insight) out.push(insight);
  }
  for (const s of seats) {
    const insight = missingInsight(s, 'seat');
    if (insight) out.push(insight);
  }
  for (const d of responsibilities) {
    const insight = missingInsight(d, 'responsibility');
    if (insight) out.push(insight);
  }
  return out.sort((a, b) => b.strength - a.strength);
}
