/**
 * The peers on this device, outside React: the shipped illustrative profiles plus every
 * imported pack, read from IndexedDB once, checked again (stored data is untrusted) and scored
 * once. Components subscribe through usePeerLibrary.
 */
import type { Peer } from '../../domain/peers/peer';
import { PEER_PACK_TYPE, PEER_PACK_VERSION, type PeerPackMeta } from '../../domain/peers/peer-pack';
import { SHIPPED_PEERS } from '../../domain/peers/shipped-peers';
import { validatePack } from '../../domain/peers/validate-pack';
import type { RoleDraft } from '../../domain/role-draft';
import { readPackIndex, readPackProfiles, removePack } from '../../store/peer-pack-db';
import { useKeystoneStore } from '../../store/keystone-store';
import { packPeers } from './pack-peers';
import { yieldToPage } from './yield-to-page';

export type PackStatus =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'unreadable'; why: string };

export interface LibrarySnapshot {
  peers: readonly Peer[];
  status: Record<string, PackStatus>;
}

const byPack = new Map<string, Peer[]>();
const started = new Set<string>();
let snapshot: LibrarySnapshot = { peers: SHIPPED_PEERS, status: {} };
const listeners = new Set<() => void>();

function publish(status: Record<string, PackStatus> = snapshot.status) {
  const packs = useKeystoneStore.getState().peerPacks;
  const imported = packs.flatMap((p) => byPack.get(p.id) ?? []);
  snapshot = {
    peers: imported.length === 0 ? SHIPPED_PEERS : [...SHIPPED_PEERS, ...imported],
    status,
  };
  listeners.forEach((l) => l());
}

const setStatus = (id: string, status: PackStatus) => publish({ ...snapshot.status, [id]: status });

// Packs removed elsewhere (for example "delete everything") leave the library at once.
useKeystoneStore.subscribe((state, previous) => {
  if (state.peerPacks === previous.peerPacks) return;
  const kept = new Set(state.peerPacks.map((p) => p.id));
  for (const id of [...byPack.keys()]) {
    if (!kept.has(id)) {
      byPack.delete(id);
      started.delete(id);
    }
  }
  publish();
});

export const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export const getSnapshot = () => snapshot;

async function loadPack(meta: PeerPackMeta) {
  if (started.has(meta.id)) return;
  started.add(meta.id);
  setStatus(meta.id, { kind: 'loading' });
  try {
    const profiles = await readPackProfiles(meta);
    if (!profiles)
      return setStatus(meta.id, {
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
      return setStatus(meta.id, {
        kind: 'unreadable',
        why: result.errors[0] ?? 'It could not be read.',
      });
    byPack.set(meta.id, await packPeers(meta.id, meta.illustrative, result.pack.profiles));
    setStatus(meta.id, { kind: 'ready' });
  } catch (error) {
    setStatus(meta.id, {
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
  byPack.set(meta.id, await packPeers(meta.id, meta.illustrative, profiles));
  useKeystoneStore.getState().setPeerPacks(packs);
  setStatus(meta.id, { kind: 'ready' });
}

export async function removeImported(meta: PeerPackMeta) {
  const { id } = meta;
  const packs = await removePack(meta);
  byPack.delete(id);
  started.delete(id);
  useKeystoneStore.getState().setPeerPacks(packs);
  const { [id]: _gone, ...rest } = snapshot.status;
  void _gone;
  publish(rest);
}
