/**
 * Imported peer packs on this device, in IndexedDB (10,000 profiles overflow localStorage): the
 * only module that touches idb-keyval. A pack's profiles are written in chunks, one after the
 * other inside ONE transaction with the list of packs, so the page can paint between chunks and
 * a pack is either wholly saved or not at all. What is read back is untrusted and checked again
 * by the caller.
 */
import {
  clear,
  createStore,
  delMany,
  get,
  getMany,
  promisifyRequest,
  type UseStore,
} from 'idb-keyval';
import type { PeerPackMeta } from '../../domain/peers/peer-pack';
import type { RoleDraft } from '../../domain/role-draft';
import { PACK_STORE_VERSION, migrateStoredProfiles } from './peer-pack-db-migrations';

const INDEX = 'packs';
/** Profiles per stored record: small enough that copying one never holds the page up. */
export const CHUNK = 1_000;
const chunkKey = (id: string, k: number) => `pack:${id}:${k}`;
const versionKey = (id: string) => `pack:${id}:version`;
const chunkKeys = (id: string, count: number) =>
  Array.from({ length: Math.max(1, Math.ceil(count / CHUNK)) }, (_, k) => chunkKey(id, k));

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
    Number.isInteger(m.count) &&
    m.count >= 0 &&
    m.count <= 100_000 &&
    typeof m.illustrative === 'boolean'
  );
};

/** The imported packs, oldest first; anything unreadable in the list is left out. */
export async function readPackIndex(): Promise<PeerPackMeta[]> {
  const list = await get<unknown>(INDEX, store());
  return Array.isArray(list) ? list.filter(isMeta) : [];
}

/**
 * A pack's profiles brought up to today's draft version (unchecked), or null when any part is
 * missing. Throws a MigrationError for a pack saved by a newer Keystone.
 */
export async function readPackProfiles(meta: PeerPackMeta): Promise<unknown[] | null> {
  const [version, ...chunks] = await getMany<unknown>(
    [versionKey(meta.id), ...chunkKeys(meta.id, meta.count)],
    store(),
  );
  if (!chunks.every(Array.isArray)) return null;
  return migrateStoredProfiles((chunks as unknown[][]).flat(), version);
}

export async function savePack(
  meta: PeerPackMeta,
  profiles: readonly RoleDraft[],
): Promise<PeerPackMeta[]> {
  const next = [...(await readPackIndex()).filter((p) => p.id !== meta.id), meta];
  const keys = chunkKeys(meta.id, profiles.length);
  await store()('readwrite', (objects) => {
    let k = 0;
    // Each put is issued from the previous one's success, so each copy is its own short task.
    const putNext = () => {
      if (k === keys.length) {
        objects.put(PACK_STORE_VERSION, versionKey(meta.id));
        objects.put(next, INDEX);
        return;
      }
      const request = objects.put(profiles.slice(k * CHUNK, (k + 1) * CHUNK), keys[k]!);
      k += 1;
      request.onsuccess = putNext;
    };
    putNext();
    return promisifyRequest(objects.transaction);
  });
  return next;
}

export async function removePack(meta: PeerPackMeta): Promise<PeerPackMeta[]> {
  const next = (await readPackIndex()).filter((p) => p.id !== meta.id);
  await store()('readwrite', (objects) => {
    objects.put(next, INDEX);
    return promisifyRequest(objects.transaction);
  });
  // Note: the list is updated first, so a failure here leaves unused bytes, never a listed pack without profiles.
  await delMany([versionKey(meta.id), ...chunkKeys(meta.id, meta.count)], store());
  return next;
}

/** For "delete everything on this device". */
export async function clearPeerPacks(): Promise<void> {
  await clear(store());
}
