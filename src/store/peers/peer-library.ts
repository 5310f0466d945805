/**
 * Loading the peer library into the one store: the list of packs from IndexedDB once, then each
 * pack's profiles, checked again (stored data is untrusted) and scored once. Components read
 * `peerLibrary` from the store (usePeerLibrary); these functions are the only writers.
 */
import { PEER_PACK_TYPE, PEER_PACK_VERSION, type PeerPackMeta } from '../../domain/peers/peer-pack';
import { validatePack } from '../../domain/peers/validate-pack';
import type { RoleDraft } from '../../domain/role-draft';
import { useKeystoneStore } from '../keystone-store';
import { packPeers } from './pack-peers';
import { readPackIndex, readPackProfiles, removePack } from './peer-pack-db';
import type { Peer } from '../../domain/peers/peer';
import { SHIPPED_PEERS } from '../../domain/peers/shipped-peers';
import type { PackStatus, PeerLibrary } from './peer-packs-slice';
import { yieldToPage } from './yield-to-page';

/** The shipped illustrative peers alone: the library before any pack is read. */
export const SHIPPED_LIBRARY: PeerLibrary = { peers: SHIPPED_PEERS, status: {}, byPack: {} };

/** The library for a list of packs: packs no longer listed (removed, deleted) leave it at once. */
function libraryFor(
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
    peers: imported.length === 0 ? SHIPPED_PEERS : [...SHIPPED_PEERS, ...imported],
    status: keptStatus,
    byPack: keptPeers,
  };
}

const current = () => useKeystoneStore.getState().peerLibrary ?? SHIPPED_LIBRARY;

/** A pack's status, and its peers once they are ready (undefined leaves them as they are). */
function setPack(id: string, status: PackStatus, peers?: readonly Peer[]) {
  const state = useKeystoneStore.getState();
  // Note: a pack removed while it was loading is not brought back.
  if (!state.peerPacks.some((p) => p.id === id)) return;
  const library = current();
  const byPack = peers ? { ...library.byPack, [id]: peers } : library.byPack;
  state.setPeerLibrary(libraryFor(state.peerPacks, byPack, { ...library.status, [id]: status }));
}

/** Packs whose loading has started in this tab, so each is read once. */
const started = new Set<string>();

// Packs removed elsewhere (for example "delete everything") leave the library at once, and may
// be read again if imported again.
useKeystoneStore.subscribe((state, previous) => {
  if (state.peerPacks === previous.peerPacks) return;
  const kept = new Set(state.peerPacks.map((p) => p.id));
  for (const id of [...started]) if (!kept.has(id)) started.delete(id);
  const { byPack, status } = state.peerLibrary ?? SHIPPED_LIBRARY;
  if (
    Object.keys(byPack).some((id) => !kept.has(id)) ||
    Object.keys(status).some((id) => !kept.has(id))
  )
    state.setPeerLibrary(libraryFor(state.peerPacks, byPack, status));
});

async function loadPack(meta: PeerPackMeta) {
  if (started.has(meta.id)) return;
  started.add(meta.id);
  setPack(meta.id, { kind: 'loading' });
  try {
    const profiles = await readPackProfiles(meta);
    if (!profiles)
      return setPack(meta.id, {
        kind: 'unreadable',
        why: 'Its profiles are missing from this device.',
      });
    const { id, importedAt, fileName, format, count, ...header } = meta;
    void [id, importedAt, fileName, format, count];
    const result = await validatePack(
      { type: PEER_PACK_TYPE, version: PEER_PACK_VERSION, ...header, profiles },
      { pause: yieldToPage },
    );
    if (!result.ok)
      return setPack(meta.id, {
        kind: 'unreadable',
        why: result.errors[0] ?? 'It could not be read.',
      });
    const peers = await packPeers(meta.id, meta.illustrative, result.pack.profiles);
    setPack(meta.id, { kind: 'ready' }, peers);
  } catch (error) {
    setPack(meta.id, {
      kind: 'unreadable',
      why: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Reads the list of packs (once) and then each pack's profiles. */
export async function loadLibrary() {
  const state = useKeystoneStore.getState();
  if (!state.peerPacksLoaded) {
    try {
      state.setPeerPacks(await readPackIndex());
    } catch {
      // Note: without IndexedDB (some private windows) the shipped peers still work.
      state.setPeerPacks([]);
    }
  }
  await Promise.all(useKeystoneStore.getState().peerPacks.map(loadPack));
}

/** After a successful import: the new pack's peers join the library. */
export async function addImported(
  packs: PeerPackMeta[],
  meta: PeerPackMeta,
  profiles: readonly RoleDraft[],
) {
  started.add(meta.id);
  const peers = await packPeers(meta.id, meta.illustrative, profiles);
  useKeystoneStore.getState().setPeerPacks(packs);
  setPack(meta.id, { kind: 'ready' }, peers);
}

export async function removeImported(meta: PeerPackMeta) {
  const packs = await removePack(meta);
  started.delete(meta.id);
  useKeystoneStore.getState().setPeerPacks(packs);
}
