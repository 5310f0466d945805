/** The storage services: undo and redo, restore points, backups and deleting everything. */
import {
  names,
  runStorageServicesEachTest,
  savedNames,
  services,
  store,
} from '../../testing/storage-services-setup';
import { useKeystoneStore } from '../keystone-store';
import { redo, undo } from '../history/history-store';
import {
  RESTORE_POINTS_KEY,
  restoreFromPoint,
  takeRestorePoint,
} from '../history/restore-point-store';
import { PERIODIC_MS } from '../history/restore-points';
import { readBackup, writeBackup } from './backup-file';
import { deleteEverything } from './delete-everything';
import { applyBackup } from './restore-backup';

runStorageServicesEachTest();

describe('undo and redo', () => {
  it('takes back and replays edits, a burst of typing as one step', () => {
    const id = store().createDraft('Head of Technical Operations');
    services.clock += 5_000;
    store().renameDraft(id, 'Head of Technical');
    store().renameDraft(id, 'Head of Technical Strategy');
    expect(useKeystoneStore.getState()).toMatchObject({ canUndo: true, canRedo: false });
    undo();
    expect(names()).toEqual(['Head of Technical Operations']);
    expect(savedNames()).toEqual(['Head of Technical Operations']);
    undo();
    expect(names()).toEqual([]);
    redo();
    redo();
    expect(names()).toEqual(['Head of Technical Strategy']);
    expect(useKeystoneStore.getState().canRedo).toBe(false);
  });

  it('does not count writing the same answers again as an edit, so redo survives it', () => {
    const id = store().createDraft('Role');
    services.clock += 5_000;
    store().renameDraft(id, 'Renamed');
    undo();
    services.clock += 5_000;
    store().updateDraft(id, (d) => ({ ...d }));
    expect(useKeystoneStore.getState().canRedo).toBe(true);
  });

  it('does not count moving between steps as an edit', () => {
    const id = store().createDraft('Role');
    services.clock += 5_000;
    store().setStep(id, 'remit');
    undo();
    expect(names()).toEqual([]);
  });
});

describe('restore points', () => {
  it('keeps a deleted draft, which can be brought back', () => {
    const id = store().createDraft('Faculty Technical Resources Manager');
    store().deleteDraft(id);
    const [kept] = useKeystoneStore
      .getState()
      .restorePoints.filter((p) => p.kind === 'before-delete');
    expect(kept?.draft.name).toBe('Faculty Technical Resources Manager');
    expect(localStorage.getItem(RESTORE_POINTS_KEY)).toContain(
      'Faculty Technical Resources Manager',
    );
    restoreFromPoint(kept!.id);
    expect(names()).toEqual(['Faculty Technical Resources Manager']);
  });

  it('keeps the version before editing began, then one every few minutes while editing', () => {
    const id = store().createDraft('v1');
    store().renameDraft(id, 'v2');
    services.clock += PERIODIC_MS / 2;
    store().renameDraft(id, 'v3');
    services.clock += PERIODIC_MS;
    store().renameDraft(id, 'v4');
    expect(useKeystoneStore.getState().restorePoints.map((p) => p.draft.name)).toEqual([
      'v1',
      'v4',
    ]);
  });

  it('restores a named point, keeping the present version as another', () => {
    const id = store().createDraft('Before the board');
    const named = takeRestorePoint(store().drafts[id]!, 'named', 'Agreed with HR');
    store().updateDraft(id, (d) => ({ ...d, authority: { ...d.authority, fte: 0.5 } }));
    restoreFromPoint(named.id);
    expect(store().drafts[id]?.authority.fte).toBeNull();
    const kinds = useKeystoneStore.getState().restorePoints.map((p) => p.kind);
    expect(kinds).toContain('before-restore');
  });
});

describe('backups', () => {
  it('round-trips every draft and restore point, and replaces only after keeping a copy', () => {
    const id = store().createDraft('Director of Technical Strategy');
    takeRestorePoint(store().drafts[id]!, 'named', 'First version');
    const file = writeBackup(
      store(),
      useKeystoneStore.getState().restorePoints,
      new Date(services.clock),
    );
    store().renameDraft(id, 'Renamed since the backup');
    services.clock += 5_000;
    const read = readBackup(new TextEncoder().encode(file));
    if (!read.ok) throw new Error(read.error);
    expect(applyBackup(read.drafts, read.restorePoints)).toEqual({ added: 0, replaced: 1 });
    expect(names()).toEqual(['Director of Technical Strategy']);
    const kept = useKeystoneStore.getState().restorePoints.find((p) => p.kind === 'before-import');
    expect(kept?.draft.name).toBe('Renamed since the backup');
    undo();
    expect(names()).toEqual(['Renamed since the backup']);
  });
});

describe('delete everything', () => {
  it('removes every Keystone key and empties memory, leaving other sites’ keys alone', () => {
    const id = store().createDraft('Confidential role');
    takeRestorePoint(store().drafts[id]!, 'named', 'x');
    localStorage.setItem('keystone:unreadable:2026-01-01T00:00:00.000Z', '{');
    localStorage.setItem('another-app', 'kept');
    deleteEverything();
    expect(Object.keys(localStorage)).toEqual(['another-app']);
    expect(names()).toEqual([]);
    expect(useKeystoneStore.getState().restorePoints).toEqual([]);
    expect(useKeystoneStore.getState().canUndo).toBe(false);
  });
});
