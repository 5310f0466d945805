/**
 * Migrations of the peer packs kept in IndexedDB (peer-pack-db.ts). Each pack's profiles carry
 * the version they were saved in under a key of their own; packs saved by the first release have
 * none and are version 1.
 */
import type { ContainerFormat } from '../../domain/migrations/container-migrations';
import { draftsInList, migrateContainer } from '../../domain/migrations/container-migrations';

export const PACK_STORE_VERSION = 3;

export const PACK_STORE_FORMAT: ContainerFormat = {
  version: PACK_STORE_VERSION,
  what: 'peer pack saved on this device',
  first: 1,
  // 1 → 2: unchanged; each profile gains the (always empty) review record of draft version 2.
  // 2 → 3: unchanged; each profile takes draft version 3.
  steps: { 1: (saved) => saved, 2: (saved) => saved },
  draftVersionIn: { 1: 1, 2: 2, 3: 3 },
  eachDraft: draftsInList('profiles'),
};

/** Stored profiles brought up to today's draft version; still unchecked. */
export function migrateStoredProfiles(profiles: unknown[], version: unknown): unknown[] {
  const migrated = migrateContainer(PACK_STORE_FORMAT, { profiles }, version ?? 1);
  return Array.isArray(migrated.profiles) ? migrated.profiles : [];
}
