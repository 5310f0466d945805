import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { useKeystoneStore, STORAGE_KEY } from '../keystone-store';
import { saveOnlyChanges } from './save-only-changes';

interface Saved {
  a: number[];
  b: string;
}

function recording(stored: StorageValue<Saved> | null = null) {
  const writes: Saved[] = [];
  const storage: PersistStorage<Saved> = {
    getItem: () => stored,
    setItem: (_name, value) => void writes.push(value.state),
    removeItem: () => undefined,
  };
  return { storage, writes };
}

describe('saving only changes to saved fields', () => {
  const a = [1];

  it('passes on a change to any saved field, and skips an offer of the same fields', () => {
    const { storage, writes } = recording();
    const saving = saveOnlyChanges(storage, { a, b: '' });
    saving.setItem('k', { state: { a, b: '' }, version: 1 });
    saving.setItem('k', { state: { a, b: 'x' }, version: 1 });
    saving.setItem('k', { state: { a, b: 'x' }, version: 1 });
    saving.setItem('k', { state: { a: [1], b: 'x' }, version: 1 });
    expect(writes).toEqual([
      { a, b: 'x' },
      { a: [1], b: 'x' },
    ]);
  });

  it('counts what was read as already saved', () => {
    const read = { a: [2], b: 'read' };
    const { storage, writes } = recording({ state: read, version: 1 });
    const saving = saveOnlyChanges(storage, { a, b: '' });
    saving.getItem('k');
    saving.setItem('k', { state: { ...read }, version: 1 });
    expect(writes).toEqual([]);
  });

  it('never rewrites the drafts for a change to status, undo or restore points', () => {
    const id = useKeystoneStore.getState().createDraft('Director of Digital');
    const saved = localStorage.getItem(STORAGE_KEY);
    expect(saved).toContain(id);
    useKeystoneStore.getState().reportStatus({ announcement: 'Hello' });
    useKeystoneStore.setState({ canUndo: true, restorePoints: [] });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    expect(useKeystoneStore.getState().storageStatus.announcement).toBe('Hello');
  });
});
