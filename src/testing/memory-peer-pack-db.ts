/**
 * An in-memory stand-in for src/store/peers/peer-pack-db.ts (Node has no IndexedDB), for tests:
 *   vi.mock('…/store/peers/peer-pack-db', () => import('…/testing/memory-peer-pack-db'));
 * and `savedPacks.clear()` before each test.
 */
import type { PeerPackMeta } from '../domain/peers/peer-pack';

/** What the stand-in holds: 'packs' → the list; a pack id → its profiles. */
export const savedPacks = new Map<string, unknown>();

const list = () => (savedPacks.get('packs') as PeerPackMeta[] | undefined) ?? [];

export const readPackIndex = async () => list();

export const readPackProfiles = async (meta: { id: string }) => savedPacks.get(meta.id) ?? null;

export const savePack = async (meta: PeerPackMeta, profiles: unknown[]) => {
  const next = [...list(), meta];
  savedPacks.set(meta.id, profiles);
  savedPacks.set('packs', next);
  return next;
};

export const removePack = async ({ id }: { id: string }) => {
  const next = list().filter((p) => p.id !== id);
  savedPacks.set('packs', next);
  savedPacks.delete(id);
  return next;
};

export const clearPeerPacks = async () => savedPacks.clear();
