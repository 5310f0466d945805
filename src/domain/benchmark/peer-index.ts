/**
 * A list of peers laid out as columns of numbers (typed arrays), built once per list: filtering,
 * sorting and similarity then run over flat memory, which keeps 10,000 peers within a frame.
 */
import { GRADE_BANDS, INSTITUTION_TYPES, NATIONS, rank } from '../options';
import type { Peer } from '../peers/peer';
import { DIMENSIONS } from './dimensions';
import { RESPONSIBILITY_WORDS, preparePeer } from './prepared-peer';

export const D = DIMENSIONS.length;

export interface PeerIndex {
  peers: readonly Peer[];
  /** Row i holds peer i's value on each dimension (NaN where unanswered). */
  values: Float64Array;
  seats: Int32Array;
  /** RESPONSIBILITY_WORDS words per peer. */
  responsibilities: Uint32Array;
  /** Positions in the option lists; -1 where unanswered. */
  grade: Int8Array;
  type: Int8Array;
  nation: Int8Array;
  community: Float64Array;
  illustrative: Uint8Array;
  /**
   * Per dimension, the rows that answered it, in ascending order of value: sorted once, so a
   * change of filter only walks these lists instead of sorting again.
   */
  order: Int32Array[];
}

const cache = new WeakMap<readonly Peer[], PeerIndex>();

export function peerIndex(peers: readonly Peer[]): PeerIndex {
  const cached = cache.get(peers);
  if (cached) return cached;
  const n = peers.length;
  const index: PeerIndex = {
    peers,
    values: new Float64Array(n * D),
    seats: new Int32Array(n),
    responsibilities: new Uint32Array(n * RESPONSIBILITY_WORDS),
    grade: new Int8Array(n),
    type: new Int8Array(n),
    nation: new Int8Array(n),
    community: new Float64Array(n),
    illustrative: new Uint8Array(n),
    order: [],
  };
  peers.forEach((peer, i) => {
    const p = preparePeer(peer);
    const { context } = peer.profile;
    index.values.set(p.values, i * D);
    index.seats[i] = p.seats;
    index.responsibilities.set(p.responsibilities, i * RESPONSIBILITY_WORDS);
    index.grade[i] = p.gradeRank ?? -1;
    index.type[i] = context.institutionType
      ? rank(INSTITUTION_TYPES.ids, context.institutionType)
      : -1;
    index.nation[i] = context.nation ? rank(NATIONS.ids, context.nation) : -1;
    index.community[i] = context.technicalCommunitySize ?? Number.NaN;
    index.illustrative[i] = peer.illustrative ? 1 : 0;
  });
  index.order = DIMENSIONS.map((_, d) => sortedRows(index.values, n, d));
  cache.set(peers, index);
  return index;
}

const ROW_SPAN = 32_768;

/**
 * Rows with an answer on dimension d, by ascending value then row. Note: values are whole
 * numbers, so value and row pack into one exact double and sort natively (about ten times
 * faster than a comparator); anything else falls back to the comparator.
 */
function sortedRows(values: Float64Array, n: number, d: number): Int32Array {
  const keys = new Float64Array(n);
  let count = 0;
  let packable = n <= ROW_SPAN;
  for (let i = 0; i < n; i += 1) {
    const v = values[i * D + d]!;
    if (Number.isNaN(v)) continue;
    if (!Number.isInteger(v) || v < 0 || v > 1e9) packable = false;
    keys[count++] = v * ROW_SPAN + i;
  }
  if (packable) {
    const sorted = keys.subarray(0, count).sort();
    const rows = new Int32Array(count);
    for (let k = 0; k < count; k += 1) rows[k] = sorted[k]! % ROW_SPAN;
    return rows;
  }
  const rows: number[] = [];
  for (let i = 0; i < n; i += 1) if (!Number.isNaN(values[i * D + d]!)) rows.push(i);
  return Int32Array.from(rows.sort((a, b) => values[a * D + d]! - values[b * D + d]! || a - b));
}

/** Option ids as a bit set over their list, for quick "is one of" checks. */
export function bitsOf<T extends string>(ids: readonly T[], chosen: readonly T[]): number {
  let bits = 0;
  for (const id of chosen) bits |= 1 << rank(ids, id);
  return bits;
}

export const GRADE_IDS = GRADE_BANDS.ids;
