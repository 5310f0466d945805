/**
 * The peers a draft is compared with: those matching its filter (draft.peerFilter; empty lists
 * mean "all"), with each dimension's values sorted once. The last few results are remembered, so
 * only a new filter or new peers re-sort; editing the draft itself does not.
 */
import { GRADE_BANDS, INSTITUTION_TYPES, NATIONS } from '../options';
import { madeOnce } from '../made-once';
import type { Peer } from '../peers/peer';
import type { PeerFilter } from '../role-draft';
import { bitsOf, D, peerIndex, type PeerIndex } from './peer-index';

export interface PeerSet {
  index: PeerIndex;
  /** Rows of the index that match the filter. */
  members: Int32Array;
  /** Per dimension, the members' answered values sorted ascending. */
  sorted: Float64Array[];
  description: string;
  illustrativeCount: number;
}

const either = (labels: string[]) =>
  labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
const NUMBER = madeOnce(() => new Intl.NumberFormat('en-GB'));

/** The filter in words: "Peers at research-intensive institutions, in England, at Grade 10". */
export function describeFilter(filter: PeerFilter): string {
  const parts: string[] = [];
  if (filter.institutionTypes.length > 0)
    parts.push(
      `at ${either(filter.institutionTypes.map((t) => INSTITUTION_TYPES.label(t).toLowerCase()))} institutions`,
    );
  if (filter.nations.length > 0) parts.push(`in ${either(filter.nations.map(NATIONS.label))}`);
  if (filter.seniority.length > 0)
    parts.push(`at ${either(filter.seniority.map(GRADE_BANDS.label))}`);
  const { minCommunity: min, maxCommunity: max } = filter;
  const n = (v: number) => NUMBER().format(v);
  if (min !== null && max !== null) parts.push(`with ${n(min)} to ${n(max)} technical staff`);
  else if (min !== null) parts.push(`with at least ${n(min)} technical staff`);
  else if (max !== null) parts.push(`with at most ${n(max)} technical staff`);
  return parts.length === 0 ? 'All peers' : `Peers ${parts.join(', ')}`;
}

/** Bits of the chosen options, or -1 (every bit) when none is chosen. */
const allow = <T extends string>(ids: readonly T[], chosen: readonly T[]) =>
  chosen.length === 0 ? -1 : bitsOf(ids, chosen);

function matching(index: PeerIndex, filter: PeerFilter): Int32Array {
  const types = allow(INSTITUTION_TYPES.ids, filter.institutionTypes);
  const nations = allow(NATIONS.ids, filter.nations);
  const grades = allow(GRADE_BANDS.ids, filter.seniority);
  const min = filter.minCommunity ?? Number.NEGATIVE_INFINITY;
  const max = filter.maxCommunity ?? Number.POSITIVE_INFINITY;
  const sized = filter.minCommunity !== null || filter.maxCommunity !== null;
  const out = new Int32Array(index.peers.length);
  let n = 0;
  for (let i = 0; i < out.length; i += 1) {
    // An unanswered question (-1) passes only when that filter is open.
    const t = index.type[i]!;
    if (types !== -1 && (t < 0 || (types & (1 << t)) === 0)) continue;
    const v = index.nation[i]!;
    if (nations !== -1 && (v < 0 || (nations & (1 << v)) === 0)) continue;
    const g = index.grade[i]!;
    if (grades !== -1 && (g < 0 || (grades & (1 << g)) === 0)) continue;
    const size = index.community[i]!;
    if (sized && (Number.isNaN(size) || size < min || size > max)) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}

const filterKey = (f: PeerFilter) =>
  JSON.stringify([f.institutionTypes, f.nations, f.seniority, f.minCommunity, f.maxCommunity]);

/** The last few sets for one list of peers: the role's own peer set tries up to five filters. */
let cache: { peers: readonly Peer[]; sets: Map<string, PeerSet> } | null = null;
const CACHED = 8;

export function selectPeers(peers: readonly Peer[], filter: PeerFilter): PeerSet {
  const key = filterKey(filter);
  if (cache?.peers !== peers) cache = { peers, sets: new Map() };
  const hit = cache.sets.get(key);
  if (hit) return hit;
  const index = peerIndex(peers);
  const members = matching(index, filter);
  const inSet = new Uint8Array(index.peers.length);
  let illustrativeCount = 0;
  for (let m = 0; m < members.length; m += 1) {
    const i = members[m]!;
    inSet[i] = 1;
    illustrativeCount += index.illustrative[i]!;
  }
  // Note: imported constants copied to locals for the hot loops (module bindings may be getters).
  const width = D;
  const values = index.values;
  const sorted = index.order.map((rows, d) => {
    const column = new Float64Array(Math.min(rows.length, members.length));
    let n = 0;
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[k]!;
      if (inSet[row] === 1) column[n++] = values[row * width + d]!;
    }
    return column.subarray(0, n);
  });
  const set = { index, members, sorted, description: describeFilter(filter), illustrativeCount };
  if (cache.sets.size >= CACHED) cache.sets.delete(cache.sets.keys().next().value!);
  cache.sets.set(key, set);
  return set;
}

/** Whether one peer passes the filter (for tests and single checks). */
export function matchesFilter(peer: Peer, filter: PeerFilter): boolean {
  return matching(peerIndex([peer]), filter).length === 1;
}
