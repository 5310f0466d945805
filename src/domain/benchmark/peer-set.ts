/**
 * The peers a draft is compared with: those matching its filter (draft.peerFilter; empty lists
 * mean "all"), with each dimension's values sorted once. The last result is remembered, so only a
 * change of filter or peers re-sorts; editing the draft itself does not.
 */
import { GRADE_BANDS, INSTITUTION_TYPES, NATIONS } from '../options';
import type { Peer } from '../peers/peer';
import type { PeerFilter } from '../role-draft';
import { DIMENSIONS } from './dimensions';
import { preparePeer, type PreparedPeer } from './prepared-peer';

export interface PeerSet {
  members: PreparedPeer[];
  /** Per dimension, the members' answered values sorted ascending. */
  sorted: Float64Array[];
  description: string;
  illustrativeCount: number;
}

export function matchesFilter(peer: Peer, filter: PeerFilter): boolean {
  const { context, authority } = peer.profile;
  const size = context.technicalCommunitySize;
  if (filter.institutionTypes.length > 0) {
    if (!context.institutionType || !filter.institutionTypes.includes(context.institutionType))
      return false;
  }
  if (filter.nations.length > 0 && (!context.nation || !filter.nations.includes(context.nation)))
    return false;
  if (filter.seniority.length > 0) {
    if (!authority.gradeBand || !filter.seniority.includes(authority.gradeBand)) return false;
  }
  if (filter.minCommunity !== null && (size === null || size < filter.minCommunity)) return false;
  if (filter.maxCommunity !== null && (size === null || size > filter.maxCommunity)) return false;
  return true;
}

const either = (labels: string[]) =>
  labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;

/** The filter in words: "Research-intensive institutions in England; Grade 10; …". */
export function describeFilter(filter: PeerFilter): string {
  const parts: string[] = [];
  if (filter.institutionTypes.length > 0)
    parts.push(`${either(filter.institutionTypes.map(INSTITUTION_TYPES.label))} institutions`);
  if (filter.nations.length > 0) parts.push(`in ${either(filter.nations.map(NATIONS.label))}`);
  if (filter.seniority.length > 0)
    parts.push(`at ${either(filter.seniority.map(GRADE_BANDS.label))}`);
  const { minCommunity: min, maxCommunity: max } = filter;
  const n = (v: number) => v.toLocaleString('en-GB');
  if (min !== null && max !== null) parts.push(`with ${n(min)} to ${n(max)} technical staff`);
  else if (min !== null) parts.push(`with at least ${n(min)} technical staff`);
  else if (max !== null) parts.push(`with at most ${n(max)} technical staff`);
  return parts.length === 0 ? 'All peers' : `Peers: ${parts.join(', ')}`;
}

const filterKey = (f: PeerFilter) =>
  JSON.stringify([f.institutionTypes, f.nations, f.seniority, f.minCommunity, f.maxCommunity]);

let last: { peers: readonly Peer[]; key: string; set: PeerSet } | null = null;

export function selectPeers(peers: readonly Peer[], filter: PeerFilter): PeerSet {
  const key = filterKey(filter);
  if (last && last.peers === peers && last.key === key) return last.set;
  const members: PreparedPeer[] = [];
  let illustrativeCount = 0;
  for (const peer of peers) {
    if (!matchesFilter(peer, filter)) continue;
    members.push(preparePeer(peer));
    if (peer.illustrative) illustrativeCount += 1;
  }
  const sorted = DIMENSIONS.map((_, d) => {
    const column = new Float64Array(members.length);
    let n = 0;
    for (const m of members) {
      const v = m.values[d]!;
      if (!Number.isNaN(v)) column[n++] = v;
    }
    return column.subarray(0, n).sort();
  });
  const set = { members, sorted, description: describeFilter(filter), illustrativeCount };
  last = { peers, key, set };
  return set;
}
