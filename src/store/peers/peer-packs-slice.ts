/**
 * The peer library in the one store: the imported packs' descriptions (source, date, size), and
 * once the library has been read, the peers ready to benchmark against with each pack's loading
 * status. The profiles live in IndexedDB (peer-pack-db.ts), which is also where the list is saved,
 * so none of this is part of the drafts' localStorage save (partialize leaves it out).
 * Note: the shipped illustrative peers join in peer-library.ts, which loads with the benchmark,
 * so that their data stays out of the start-up script.
 */
import type { Peer } from '../../domain/peers/peer';
import type { PeerPackMeta } from '../../domain/peers/peer-pack';

export type PackStatus =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'unreadable'; why: string };

export interface PeerLibrary {
  /** Shipped peers first, then each listed pack's peers in the order of the list. */
  peers: readonly Peer[];
  status: Record<string, PackStatus>;
  /** Each pack's peers, scored once when the pack was read. */
  byPack: Record<string, readonly Peer[]>;
}

export interface PeerPacksSlice {
  peerPacks: PeerPackMeta[];
  /** False until the list has been read from this device. */
  peerPacksLoaded: boolean;
  /** Null until the library is first used (peer-library.ts). */
  peerLibrary: PeerLibrary | null;
  setPeerPacks: (packs: PeerPackMeta[]) => void;
  setPeerLibrary: (library: PeerLibrary) => void;
}

type Set = (recipe: (state: PeerPacksSlice) => Partial<PeerPacksSlice>) => void;

export const createPeerPacksSlice = (set: Set): PeerPacksSlice => ({
  peerPacks: [],
  peerPacksLoaded: false,
  peerLibrary: null,
  setPeerPacks: (packs) => set(() => ({ peerPacks: packs, peerPacksLoaded: true })),
  setPeerLibrary: (library) => set(() => ({ peerLibrary: library })),
});
