import { RESTORE_POINTS_KEY, readRestorePoints } from '../history/restore-point-store';
import { requestPersistence } from './persistence';
import { QUARANTINE_PREFIX } from './quarantine';
import { useKeystoneStore } from '../keystone-store';
import { initialStatus } from './storage-status-slice';

beforeEach(() => useKeystoneStore.getState().reportStatus(initialStatus));

const manager = (persisted: boolean, granted: boolean | Error) =>
  ({
    persisted: async () => persisted,
    persist: async () => {
      if (granted instanceof Error) throw granted;
      return granted;
    },
  }) as unknown as StorageManager;

describe('persistent storage', () => {
  it.each([
    ['already granted', manager(true, false), 'granted'],
    ['granted when asked', manager(false, true), 'granted'],
    ['refused', manager(false, false), 'not-granted'],
    ['an error asking', manager(false, new Error('no')), 'not-granted'],
    ['a browser without the API', undefined, 'unsupported'],
  ] as const)('reports %s', async (_name, storage, expected) => {
    expect(await requestPersistence(storage)).toBe(expected);
    expect(useKeystoneStore.getState().storageStatus.persistence).toBe(expected);
  });
});

describe('saved restore points', () => {
  it('keeps the readable ones, sets the raw text aside and reports the rest', () => {
    localStorage.setItem(RESTORE_POINTS_KEY, '[{"id":"p1"}]');
    expect(readRestorePoints(localStorage)).toEqual([]);
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(QUARANTINE_PREFIX));
    expect(kept.map((k) => localStorage.getItem(k))).toEqual(['[{"id":"p1"}]']);
    expect(useKeystoneStore.getState().storageStatus.unreadable?.problems).toEqual([
      'One saved restore point could not be read.',
    ]);
  });
});
