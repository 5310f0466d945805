import { makeDraft } from '../../testing/make-draft';
import { STORAGE_KEY, useKeystoneStore } from '../keystone-store';
import { redo, undo } from '../history/history-store';
import {
  RESTORE_POINTS_KEY,
  restoreFromPoint,
  takeRestorePoint,
} from '../history/restore-point-store';
import { PERIODIC_MS } from '../history/restore-points';
import { readBackup, writeBackup } from './backup-file';
import { chooseOtherTab, chooseThisTab } from './cross-tab-sync';
import { deleteEverything } from './delete-everything';
import { applyBackup } from './restore-backup';
import { startStorageServices } from './storage-services';
import { writeEnvelope } from './saved-envelope';
import type { KeystoneData } from '../keystone-data';

let clock = 1_000_000;
let stop: () => void = () => undefined;
const store = () => useKeystoneStore.getState();
const names = () => store().order.map((id) => store().drafts[id]?.name);
const savedNames = () => {
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
    state: { order: string[]; drafts: Record<string, { name: string }> };
  } | null;
  return saved?.state.order.map((id) => saved.state.drafts[id]?.name) ?? [];
};
/** What another tab does: save its own version and let this tab hear of it. */
function otherTabSaves(draftNames: string[], announce = true) {
  const drafts = Object.fromEntries(
    draftNames.map((name, i) => [`o${i}`, makeDraft({ id: `o${i}`, name })]),
  );
  const raw = writeEnvelope({
    revision: 99,
    writer: 'other-tab',
    savedAt: '',
    version: 1,
    state: { drafts, order: Object.keys(drafts), currentId: 'o0', steps: {} },
  });
  localStorage.setItem(STORAGE_KEY, raw);
  if (!announce) return;
  window.dispatchEvent(
    new StorageEvent('storage', { key: STORAGE_KEY, newValue: raw, storageArea: localStorage }),
  );
}

beforeEach(async () => {
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
  deleteEverything();
  stop = startStorageServices();
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

describe('undo and redo', () => {
  it('takes back and replays edits, a burst of typing as one step', () => {
    const id = store().createDraft('Head of Technical Operations');
    clock += 5_000;
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
    clock += 5_000;
    store().renameDraft(id, 'Renamed');
    undo();
    clock += 5_000;
    store().updateDraft(id, (d) => ({ ...d }));
    expect(useKeystoneStore.getState().canRedo).toBe(true);
  });

  it('does not count moving between steps as an edit', () => {
    const id = store().createDraft('Role');
    clock += 5_000;
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
    clock += PERIODIC_MS / 2;
    store().renameDraft(id, 'v3');
    clock += PERIODIC_MS;
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
    const file = writeBackup(store(), useKeystoneStore.getState().restorePoints, new Date(clock));
    store().renameDraft(id, 'Renamed since the backup');
    clock += 5_000;
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

describe('another tab', () => {
  it('takes the other tab’s save when this tab has nothing unsaved', () => {
    store().createDraft('Mine');
    otherTabSaves(['Theirs']);
    expect(names()).toEqual(['Theirs']);
    expect(useKeystoneStore.getState().storageStatus).toMatchObject({
      conflict: false,
      externalUpdates: 1,
    });
    store().createDraft('Mine after theirs');
    expect(savedNames()).toEqual(['Theirs', 'Mine after theirs']);
  });

  it('asks when both tabs changed, and keeps the version not chosen as a restore point', () => {
    store().createDraft('Mine');
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store().createDraft('Mine, unsaved');
    setItem.mockRestore();
    otherTabSaves(['Theirs']);
    expect(useKeystoneStore.getState().storageStatus.conflict).toBe(true);
    expect(names()).toEqual(['Mine', 'Mine, unsaved']);
    store().createDraft('Still mine');
    expect(savedNames()).toEqual(['Theirs']);
    chooseThisTab();
    expect(savedNames()).toEqual(['Mine', 'Mine, unsaved', 'Still mine']);
    expect(useKeystoneStore.getState().restorePoints.map((p) => p.draft.name)).toContain('Theirs');
  });

  it('can take the other tab’s version instead, keeping this tab’s as restore points', () => {
    const id = store().createDraft('Mine');
    // The other tab saves; before this tab hears of it, this tab saves too (a race).
    otherTabSaves(['Theirs'], false);
    store().renameDraft(id, 'Mine, edited');
    expect(useKeystoneStore.getState().storageStatus.conflict).toBe(true);
    expect(savedNames()).toEqual(['Theirs']);
    chooseOtherTab();
    expect(names()).toEqual(['Theirs']);
    expect(useKeystoneStore.getState().storageStatus).toMatchObject({
      conflict: false,
      saved: true,
    });
    expect(useKeystoneStore.getState().restorePoints.map((p) => p.draft.name)).toContain(
      'Mine, edited',
    );
    store().createDraft('Next');
    expect(savedNames()).toEqual(['Theirs', 'Next']);
  });

  /** Another tab's save built on this tab's: `change` applied to what is saved now. */
  function otherTabChanges(change: (state: KeystoneData) => KeystoneData, announce = true) {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
      revision: number;
      version: number;
      state: KeystoneData;
    };
    const raw = writeEnvelope({
      revision: saved.revision + 1,
      writer: 'other-tab',
      savedAt: '',
      version: saved.version,
      state: change(saved.state),
    });
    localStorage.setItem(STORAGE_KEY, raw);
    if (announce)
      window.dispatchEvent(
        new StorageEvent('storage', { key: STORAGE_KEY, newValue: raw, storageArea: localStorage }),
      );
  }
  const rename = (id: string, name: string) => (state: KeystoneData) => ({
    ...state,
    drafts: { ...state.drafts, [id]: { ...state.drafts[id]!, name } },
  });

  it('merges a save racing its own: edits to different drafts both kept, no question asked', () => {
    const a = store().createDraft('A');
    const b = store().createDraft('B');
    // The other tab renames B; before this tab hears of it, this tab renames A.
    otherTabChanges(rename(b, 'B, renamed there'), false);
    store().renameDraft(a, 'A, renamed here');
    expect(store().storageStatus.conflict).toBe(false);
    expect(savedNames()).toEqual(['A, renamed here', 'B, renamed there']);
    expect(names()).toEqual(['A, renamed here', 'B, renamed there']);
    // A second change builds on the merge.
    store().renameDraft(a, 'A, renamed again');
    expect(savedNames()).toEqual(['A, renamed again', 'B, renamed there']);
  });

  it('stays on its own draft when the other tab switches draft and edits', () => {
    const a = store().createDraft('A');
    const b = store().createDraft('B');
    store().selectDraft(a);
    otherTabChanges((state) => ({ ...rename(b, 'B, renamed there')(state), currentId: b }));
    expect(store().currentId).toBe(a);
    expect(names()).toEqual(['A', 'B, renamed there']);
    expect(store().storageStatus).toMatchObject({ conflict: false, externalUpdates: 1 });
    store().renameDraft(a, 'A, typed here after');
    expect(savedNames()).toEqual(['A, typed here after', 'B, renamed there']);
  });

  it('keeps its last keys when the other tab saved on an older copy of storage', () => {
    const a = store().createDraft('A');
    const b = store().createDraft('B');
    const older = localStorage.getItem(STORAGE_KEY) ?? '';
    store().renameDraft(a, 'A, typed here');
    // The other tab's copy of storage had not caught up: it builds on the save before.
    localStorage.setItem(STORAGE_KEY, older);
    otherTabChanges(rename(b, 'B, renamed there'));
    expect(names()).toEqual(['A, typed here', 'B, renamed there']);
    expect(savedNames()).toEqual(['A, typed here', 'B, renamed there']);
    expect(store().storageStatus.conflict).toBe(false);
  });

  it('asks when both tabs typed into the same field', () => {
    const a = store().createDraft('A');
    otherTabChanges(rename(a, 'Typed there'), false);
    store().renameDraft(a, 'Typed here');
    expect(store().storageStatus.conflict).toBe(true);
    expect(savedNames()).toEqual(['Typed there']);
    expect(names()).toEqual(['Typed here']);
  });

  const otherTabDeletes = () => {
    localStorage.removeItem(STORAGE_KEY);
    window.dispatchEvent(
      new StorageEvent('storage', { key: STORAGE_KEY, newValue: null, storageArea: localStorage }),
    );
  };

  it('asks, rather than emptying itself, when another tab deletes everything', () => {
    store().createDraft('On a hot desk');
    otherTabDeletes();
    expect(names()).toEqual(['On a hot desk']);
    expect(store().storageStatus).toMatchObject({ conflict: true, deletedElsewhere: true });
    // An edit made meanwhile is held in this tab, not saved over the deletion unasked.
    store().renameDraft(store().order[0]!, 'Typed after the delete');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('saves its drafts again when the person keeps them', () => {
    store().createDraft('On a hot desk');
    otherTabDeletes();
    store().renameDraft(store().order[0]!, 'Typed after the delete');
    chooseThisTab();
    expect(savedNames()).toEqual(['Typed after the delete']);
    expect(store().storageStatus).toMatchObject({ conflict: false, deletedElsewhere: false });
  });

  it('empties itself, keeping no restore point, when the person lets them go', () => {
    store().createDraft('On a hot desk');
    otherTabDeletes();
    chooseOtherTab();
    expect(names()).toEqual([]);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('keystone'))).toEqual([]);
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

describe('a save another tab made while this one was starting', () => {
  it('is taken in when the services start, though its event came before the listener', () => {
    stop();
    otherTabSaves(['Saved while this tab loaded'], false);
    expect(names()).toEqual([]);
    stop = startStorageServices();
    expect(names()).toEqual(['Saved while this tab loaded']);
  });
});
