/**
 * Turns a checked pack into peers and scores them in chunks (scoring is the costly part), so a
 * pack of 10,000 is ready for benchmarking without freezing the page.
 */
import { preparePeer } from '../../domain/benchmark/prepared-peer';
import { peerKey, type Peer } from '../../domain/peers/peer';
import type { RoleDraft } from '../../domain/role-draft';
import { yieldToPage } from './yield-to-page';

const CHUNK = 500;

export async function packPeers(
  packId: string,
  illustrative: boolean,
  profiles: readonly RoleDraft[],
  pause: () => Promise<void> = yieldToPage,
): Promise<Peer[]> {
  const peers: Peer[] = [];
  for (let i = 0; i < profiles.length; i += 1) {
    if (i > 0 && i % CHUNK === 0) await pause();
    const peer: Peer = {
      key: peerKey(packId, profiles[i]!.id),
      packId,
      illustrative,
      shape: null,
      profile: profiles[i]!,
    };
    preparePeer(peer);
    peers.push(peer);
  }
  return peers;
}
