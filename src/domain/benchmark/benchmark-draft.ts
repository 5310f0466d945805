/**
 * A draft benchmarked against its peer set. Peers are scored once each (prepared-peer.ts) and
 * the peer set sorted once per filter (peer-set.ts), so this costs a few binary searches and one
 * pass over the peers: well within a frame for 10,000 of them.
 */
import type { Peer } from '../peers/peer';
import type { PeerFilter, RoleDraft } from '../role-draft';
import { insights, type Insight } from './insights';
import { nearestPeers, type NearestPeer } from './nearest-peers';
import { selectPeers } from './peer-set';
import { positions, type Position } from './positions';
import { profile, type Profiled } from './prepared-peer';
import { responsibilityPrevalence, seatPrevalence, type Prevalence } from './prevalence';

export interface Benchmark {
  description: string;
  count: number;
  /** How many of the peers are illustrative (shipped) profiles. */
  illustrativeCount: number;
  role: Profiled;
  positions: Position[];
  nearest: NearestPeer[];
  seats: Prevalence[];
  responsibilities: Prevalence[];
  insights: Insight[];
}

/** Benchmarks the draft against the peers its own filter selects, or against `filter` if given. */
export function benchmarkDraft(
  draft: RoleDraft,
  peers: readonly Peer[],
  filter: PeerFilter = draft.peerFilter,
): Benchmark {
  const set = selectPeers(peers, filter);
  const role = profile(draft);
  const placed = positions(role, set);
  const seats = seatPrevalence(role, set);
  const responsibilities = responsibilityPrevalence(role, set);
  return {
    description: set.description,
    count: set.members.length,
    illustrativeCount: set.illustrativeCount,
    role,
    positions: placed,
    nearest: nearestPeers(role, set),
    seats,
    responsibilities,
    insights: insights(placed, seats, responsibilities, set.members.length),
  };
}

/** Two or three drafts against the same peers: the first draft's peer set. */
export function compareDrafts(drafts: readonly RoleDraft[], peers: readonly Peer[]): Benchmark[] {
  const filter = drafts[0]?.peerFilter;
  if (!filter) return [];
  return drafts.map((draft) => benchmarkDraft(draft, peers, filter));
}
