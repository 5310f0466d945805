import v1 from '../../../tests/fixtures/store-v1-first-release.json?raw';
import { MemoryStorage } from '../../testing/memory-storage';
import { makeDraft } from '../../testing/make-draft';
import { useKeystoneStore } from '../keystone-store';
import { STORE_VERSION } from '../migrations';
import type { KeystoneData } from '../keystone-data';
import { createKeystoneStorage } from './keystone-storage';
import { QUARANTINE_PREFIX, quarantinedKeys } from './quarantine';
import { initialStatus } from './storage-status-slice';

const KEY = 'keystone';
const data = (name: string): KeystoneData => {
  const draft = makeDraft({ id: 'd1', name });
  return { drafts: { d1: draft }, order: ['d1'], currentId: 'd1', steps: { d1: 'context' } };
};
const value = (name: string) => ({ state: data(name), version: STORE_VERSION });
const savedName = (area: Storage) =>
  (JSON.parse(area.getItem(KEY) ?? 'null') as { state: KeystoneData } | null)?.state.drafts.d1
    ?.name;

beforeEach(() => useKeystoneStore.getState().reportStatus(initialStatus));

describe('the storage adapter', () => {
  it('saves with a revision head and reads back what it saved', () => {
    const area = new MemoryStorage();
    const storage = createKeystoneStorage(() => area);
    expect(storage.getItem(KEY)).toBeNull();
    storage.setItem(KEY, value('First'));
    expect(area.getItem(KEY)).toMatch(/^\{"revision":1,"writer":"[\w-]+","savedAt"/);
    storage.setItem(KEY, value('Second'));
    expect(area.getItem(KEY)).toMatch(/^\{"revision":2,/);
    expect(storage.getItem(KEY)).toEqual(value('Second'));
  });

  it('reports a full storage without throwing, keeps the previous save whole, and retries', () => {
    const area = new MemoryStorage();
    const storage = createKeystoneStorage(() => area);
    storage.setItem(KEY, value('Saved'));
    area.quota = area.used + 10;
    expect(() => storage.setItem(KEY, value('A much longer name that does not fit'))).not.toThrow();
    expect(useKeystoneStore.getState().storageStatus).toMatchObject({
      saved: false,
      failure: 'full',
    });
    expect(storage.hasUnsaved()).toBe(true);
    expect(savedName(area)).toBe('Saved');
    area.quota = Number.POSITIVE_INFINITY;
    storage.retry(KEY);
    expect(savedName(area)).toBe('A much longer name that does not fit');
    expect(useKeystoneStore.getState().storageStatus).toMatchObject({ saved: true, failure: null });
  });

  it('reports storage that cannot be used at all', () => {
    const storage = createKeystoneStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.getItem(KEY)).toBeNull();
    expect(useKeystoneStore.getState().storageStatus.failure).toBe('unavailable');
  });

  it('sets unreadable data aside untouched, reports it, and only then saves over it', () => {
    const area = new MemoryStorage();
    const broken = v1.slice(0, 300);
    area.setItem(KEY, broken);
    const storage = createKeystoneStorage(() => area);
    expect(storage.getItem(KEY)).toBeNull();
    const [kept] = quarantinedKeys(area);
    expect(kept).toMatch(new RegExp(`^${QUARANTINE_PREFIX}`));
    expect(area.getItem(kept as string)).toBe(broken);
    expect(useKeystoneStore.getState().storageStatus.unreadable).toMatchObject({
      raw: broken,
      keptUnder: kept,
    });
    storage.setItem(KEY, value('Fresh start'));
    expect(savedName(area)).toBe('Fresh start');
    expect(area.getItem(kept as string)).toBe(broken);
    // Reloading again does not make a second copy.
    createKeystoneStorage(() => area).getItem(KEY);
    expect(quarantinedKeys(area)).toHaveLength(1);
  });

  it('holds saving back when there is no room to set unreadable data aside', () => {
    const area = new MemoryStorage();
    area.setItem(KEY, '{"state":');
    area.quota = area.used;
    const storage = createKeystoneStorage(() => area);
    storage.getItem(KEY);
    expect(useKeystoneStore.getState().storageStatus.unreadable?.savingHeld).toBe(true);
    area.quota = Number.POSITIVE_INFINITY;
    storage.setItem(KEY, value('Edit'));
    expect(area.getItem(KEY)).toBe('{"state":');
    expect(useKeystoneStore.getState().storageStatus.saved).toBe(false);
    storage.releaseHeld(KEY);
    expect(savedName(area)).toBe('Edit');
  });

  it('never writes over another tab’s save: it holds its own and asks', () => {
    const area = new MemoryStorage();
    const tabA = createKeystoneStorage(() => area);
    const tabB = createKeystoneStorage(() => area);
    tabA.getItem(KEY);
    tabB.getItem(KEY);
    tabA.setItem(KEY, value('From tab A'));
    tabB.setItem(KEY, value('From tab B'));
    expect(savedName(area)).toBe('From tab A');
    expect(useKeystoneStore.getState().storageStatus.conflict).toBe(true);
    expect(tabB.hasUnsaved()).toBe(true);
    tabB.saveOver(KEY);
    expect(savedName(area)).toBe('From tab B');
    expect(area.getItem(KEY)).toMatch(/^\{"revision":2,/);
  });

  it('builds on another tab’s save once it has accepted it', () => {
    const area = new MemoryStorage();
    const tabA = createKeystoneStorage(() => area);
    const tabB = createKeystoneStorage(() => area);
    tabA.setItem(KEY, value('From tab A'));
    tabB.acceptSaved(KEY);
    tabB.setItem(KEY, value('Then tab B'));
    expect(savedName(area)).toBe('Then tab B');
    expect(useKeystoneStore.getState().storageStatus.conflict).toBe(false);
  });

  it('writes nothing while told not to save', () => {
    const area = new MemoryStorage();
    const storage = createKeystoneStorage(() => area);
    storage.withoutSaving(() => storage.setItem(KEY, value('Not saved')));
    expect(area.getItem(KEY)).toBeNull();
  });
});
