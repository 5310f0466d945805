/**
 * Imported peer packs in the one store: their descriptions only (source, date, size). The
 * profiles live in IndexedDB (peer-pack-db.ts), which is also where this list is saved, so it is
 * not part of the drafts' localStorage save.
 */
import type { PeerPackMeta } from '../domain/peers/peer-pack';

export interface PeerPacksSlice {
  peerPacks: PeerPackMeta[];
  /** False until the list has been read from this device. */
  peerPacksLoaded: boolean;
  setPeerPacks: (packs: PeerPackMeta[]) => void;
}

type Set = (recipe: (state: PeerPacksSlice) => Partial<PeerPacksSlice>) => void;

export const createPeerPacksSlice = (set: Set): PeerPacksSlice => ({
  peerPacks: [],
  peerPacksLoaded: false,
  setPeerPacks: (packs) => set(() => ({ peerPacks: packs, peerPacksLoaded: true })),
});
