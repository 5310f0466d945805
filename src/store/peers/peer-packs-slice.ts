/**
 * The peer library in the one store: the imported packs' descriptions (source, date, size),
 * and the peers read and checked from every pack on this device, with each pack's loading
 * status. The shipped illustrative profiles join them where peers are used
 * (src/shared/use-peer-library.ts), so they load with those screens, not at start (issue 17). The profiles live in
 * IndexedDB (peer-pack-db.ts), which is also where the list is saved, so none of this is part
 * of the drafts' localStorage save (partialize leaves it out).
 */
import type { Peer } from '../../domain/peers/peer';
import type { PeerPackMeta } from '../../domain/peers/peer-pack';

export type PackStatus =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'unreadable'; why: string };

export interface PeerLibrary {
  /** Each listed pack's peers in the order of the list (the shipped ones are added on use). */
  peers: readonly Peer[];
  status: Record<string, PackStatus>;
  /** Each pack's peers, scored once when the pack was read. */
  byPack: Record<string, readonly Peer[]>;
}

export interface PeerPacksSlice {
  peerPacks: PeerPackMeta[];
  /** False until the list has been read from this device. */
  peerPacksLoaded: boolean;
  peerLibrary: PeerLibrary;
  setPeerPacks: (packs: PeerPackMeta[]) => void;
  /** A pack's status, and its peers once they are ready (undefined leaves them as they are). */
  setPackPeers: (id: string, status: PackStatus, peers?: readonly Peer[]) => void;
}

type Set = (recipe: (state: PeerPacksSlice) => Partial<PeerPacksSlice>) => void;

export const emptyLibrary: PeerLibrary = { peers: [], status: {}, byPack: {} };

/** The library for a list of packs: packs no longer listed (removed, deleted) leave it at once. */
export function libraryFor(
  packs: readonly PeerPackMeta[],
  byPack: Record<string, readonly Peer[]>,
  status: Record<string, PackStatus>,
): PeerLibrary {
  const keptPeers: Record<string, readonly Peer[]> = {};
  const keptStatus: Record<string, PackStatus> = {};
  for (const { id } of packs) {
    if (Object.hasOwn(byPack, id)) keptPeers[id] = byPack[id]!;
    if (Object.hasOwn(status, id)) keptStatus[id] = status[id]!;
  }
  const imported = packs.flatMap((p) => keptPeers[p.id] ?? []);
  return {
    peers: imported,
    status: keptStatus,
    byPack: keptPeers,
  };
}

export const createPeerPacksSlice = (set: Set): PeerPacksSlice => ({
  peerPacks: [],
  peerPacksLoaded: false,
  peerLibrary: emptyLibrary,
  setPeerPacks: (packs) =>
    set((s) => ({
      peerPacks: packs,
      peerPacksLoaded: true,
      peerLibrary: libraryFor(packs, s.peerLibrary.byPack, s.peerLibrary.status),
    })),
  setPackPeers: (id, status, peers) =>
    set((s) => {
      const byPack = peers ? { ...s.peerLibrary.byPack, [id]: peers } : s.peerLibrary.byPack;
      const listed = s.peerPacks.some((p) => p.id === id);
      // Note: a pack removed while it was loading is not brought back.
      if (!listed) return {};
      return {
        peerLibrary: libraryFor(s.peerPacks, byPack, { ...s.peerLibrary.status, [id]: status }),
      };
    }),
});
