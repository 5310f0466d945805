/** Where a role stands on each dimension among a peer set: percentile, median and quartiles. */
import { DIMENSIONS, type Dimension, type DimensionId } from './dimensions';
import type { PeerSet } from './peer-set';
import type { Profiled } from './prepared-peer';
import { quartiles, standing, type Quartiles, type Standing } from './statistics';

export interface Position {
  id: DimensionId;
  label: string;
  dimension: Dimension;
  /** This role's value; null when the draft leaves the question unanswered. */
  value: number | null;
  valueText: string;
  /** Peers that answered this question. */
  peers: number;
  standing: Standing | null;
  /**
   * 0–100 in the direction of strength (closer to the head counts as higher), or null when
   * either side is missing.
   */
  percentile: number | null;
  quartiles: Quartiles | null;
}

export function positions(role: Profiled, set: PeerSet): Position[] {
  return DIMENSIONS.map((dimension, d) => {
    const sorted = set.sorted[d]!;
    const raw = role.values[d]!;
    const value = Number.isNaN(raw) ? null : raw;
    const where = value === null ? null : standing(sorted, value);
    const percentile =
      where === null ? null : dimension.direction === 1 ? where.percentile : 100 - where.percentile;
    return {
      id: dimension.id,
      label: dimension.label,
      dimension,
      value,
      valueText: value === null ? 'Not answered' : dimension.format(value),
      peers: sorted.length,
      standing: where,
      percentile,
      quartiles: quartiles(sorted, dimension.scale !== 'score'),
    };
  });
}
