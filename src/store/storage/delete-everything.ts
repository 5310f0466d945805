/**
 * "Delete everything on this device", for shared and hot-desk computers: every Keystone key in
 * this browser's storage (drafts, restore points, set-aside data), imported peer packs in
 * IndexedDB, and everything in memory.
 * Other open tabs see the drafts' key removed and clear themselves (cross-tab-sync.ts).
 */
import { useKeystoneStore, STORAGE_KEY } from '../keystone-store';
import { initialData } from '../keystone-data';
import { clearUndoHistory } from '../history/history-store';
import { quietly } from '../history/quiet';
import { keystoneStorage } from './keystone-storage';
import { initialStatus, reportStatus } from './storage-status-slice';
import { forgetInstitution } from '../institution/institution';

const isOurs = (key: string) =>
  key === STORAGE_KEY || key.startsWith(`${STORAGE_KEY}:`) || key.startsWith(`${STORAGE_KEY}-`);

function removeOurKeys(area: Storage) {
  const keys: string[] = [];
  for (let i = 0; i < area.length; i += 1) {
    const key = area.key(i);
    if (key !== null && isOurs(key)) keys.push(key);
  }
  for (const key of keys) area.removeItem(key);
}

/** Empties memory without writing anything (also used when another tab deleted everything). */
export function forgetEverythingInMemory() {
  forgetInstitution();
  keystoneStorage.removeItem(STORAGE_KEY);
  keystoneStorage.withoutSaving(() =>
    quietly(() => useKeystoneStore.setState({ ...initialData, peerPacks: [] })),
  );
  useKeystoneStore.setState({
    restorePoints: [],
    restorePointsSaveFailed: false,
    typedNumbers: {},
  });
  clearUndoHistory();
  reportStatus({
    ...initialStatus,
    persistence: useKeystoneStore.getState().storageStatus.persistence,
  });
}

/** Resolves once imported peer packs (IndexedDB) are gone too; memory and localStorage go at once. */
export async function deleteEverything(): Promise<void> {
  for (const area of [localStorage, sessionStorage]) {
    try {
      removeOurKeys(area);
    } catch {
      // Storage unavailable: nothing is kept there to delete.
    }
  }
  forgetEverythingInMemory();
  // Note: peer packs are not drafts but are still data about people; a browser without IndexedDB
  // has none. Their database code loads here, not at start (this module is on the start-up path).
  const packs = import('../peers/peer-pack-db')
    .then((db) => db.clearPeerPacks())
    .catch(() => undefined);
  reportStatus({
    announcement: 'Everything Keystone kept on this device has been deleted.',
  });
  await packs;
}
