/**
 * A draft benchmarked against its peer set. Peers are scored once each (prepared-peer.ts) and
 * the peer set sorted once per filter (peer-set.ts), so this costs a few binary searches and one
 * pass over the peers: well within a frame for 10,000 of them.
 */
import type { Peer } from '../peers/peer';
import type { PeerFilter, RoleDraft } from '../role-draft';
import { insights, type Insight } from './insights';
import { nearestPeers, type NearestPeer } from './nearest-peers';
import { selectPeers, type PeerSet } from './peer-set';
import { positions, type Position } from './positions';
import { choosePeers, MIN_PEERS } from './role-peer-set';
import { profile, type Profiled } from './prepared-peer';
import { responsibilityPrevalence, seatPrevalence, type Prevalence } from './prevalence';

export interface Benchmark {
  description: string;
  count: number;
  /** How many of the peers are illustrative (shipped) profiles. */
  illustrativeCount: number;
  /** True when the peers were chosen from the role's own answers. */
  fromRole: boolean;
  /** What was left out of the role's answers to find enough peers, in words. */
  widened: string | null;
  /** Fewer than MIN_PEERS: no percentile, quartile or share is given. */
  tooFew: boolean;
  role: Profiled;
  positions: Position[];
  nearest: NearestPeer[];
  seats: Prevalence[];
  responsibilities: Prevalence[];
  insights: Insight[];
}

/**
 * Benchmarks the draft against the peers chosen for it (role-peer-set.ts: its own filter, or
 * peers like it), or against `filter` if given.
 */
export function benchmarkDraft(
  draft: RoleDraft,
  peers: readonly Peer[],
  filter?: PeerFilter,
): Benchmark {
  if (filter) return against(draft, selectPeers(peers, filter), false, null);
  const chosen = choosePeers(draft, peers);
  return against(draft, chosen.set, chosen.fromRole, chosen.widened);
}

function against(
  draft: RoleDraft,
  set: PeerSet,
  fromRole: boolean,
  widened: string | null,
): Benchmark {
  const role = profile(draft);
  const tooFew = set.members.length < MIN_PEERS;
  const placed = positions(role, set).map((p) =>
    // Below five peers a percentile or quartile would describe one or two roles, not a range.
    tooFew ? { ...p, standing: null, percentile: null, quartiles: null } : p,
  );
  const seats = seatPrevalence(role, set);
  const responsibilities = responsibilityPrevalence(role, set);
  return {
    description: set.description,
    count: set.members.length,
    illustrativeCount: set.illustrativeCount,
    fromRole,
    widened,
    tooFew,
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
  const first = drafts[0];
  if (!first) return [];
  const chosen = choosePeers(first, peers);
  return drafts.map((draft) => against(draft, chosen.set, chosen.fromRole, chosen.widened));
}
