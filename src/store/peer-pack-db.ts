/**
 * Imported peer packs on this device, in IndexedDB (10,000 profiles overflow localStorage): the
 * only module that touches idb-keyval. The list of packs and each pack's profiles are written in
 * one transaction, so a pack is either wholly saved or not at all. What is read back is
 * untrusted and checked again by the caller.
 */
import { clear, createStore, del, get, setMany, type UseStore } from 'idb-keyval';
import type { PeerPackMeta } from '../domain/peers/peer-pack';
import type { RoleDraft } from '../domain/role-draft';

const INDEX = 'packs';
const body = (id: string) => `pack:${id}`;

let db: UseStore | null = null;
const store = () => (db ??= createStore('keystone-peer-packs', 'packs'));

const isMeta = (v: unknown): v is PeerPackMeta => {
  if (v === null || typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  return (
    ['id', 'name', 'source', 'createdAt', 'importedAt', 'fileName'].every(
      (k) => typeof m[k] === 'string' && (m[k] as string).length <= 1000,
    ) &&
    (m.format === 'json' || m.format === 'csv') &&
    typeof m.count === 'number' &&
    typeof m.illustrative === 'boolean'
  );
};

/** The imported packs, oldest first; anything unreadable in the list is left out. */
export async function readPackIndex(): Promise<PeerPackMeta[]> {
  const list = await get<unknown>(INDEX, store());
  return Array.isArray(list) ? list.filter(isMeta) : [];
}

/** A pack's profiles as stored (unchecked), or null when they are missing. */
export async function readPackProfiles(id: string): Promise<unknown[] | null> {
  const profiles = await get<unknown>(body(id), store());
  return Array.isArray(profiles) ? profiles : null;
}

export async function savePack(
  meta: PeerPackMeta,
  profiles: readonly RoleDraft[],
): Promise<PeerPackMeta[]> {
  const index = (await readPackIndex()).filter((p) => p.id !== meta.id);
  const next = [...index, meta];
  await setMany(
    [
      [body(meta.id), profiles],
      [INDEX, next],
    ],
    store(),
  );
  return next;
}

export async function removePack(id: string): Promise<PeerPackMeta[]> {
  const next = (await readPackIndex()).filter((p) => p.id !== id);
  await setMany([[INDEX, next]], store());
  // Note: the list is updated first, so a failure here leaves unused bytes, never a listed pack without profiles.
  await del(body(id), store());
  return next;
}

/** For "delete everything on this device". */
export async function clearPeerPacks(): Promise<void> {
  await clear(store());
}
