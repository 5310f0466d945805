/** The storage services with another tab open: what each tab keeps, asks and merges. */
import {
  names,
  otherTabSaves,
  runStorageServicesEachTest,
  savedNames,
  services,
  store,
} from '../../testing/storage-services-setup';
import { STORAGE_KEY, useKeystoneStore } from '../keystone-store';
import { chooseOtherTab, chooseThisTab } from './cross-tab-sync';
import { startStorageServices } from './storage-services';
import { writeEnvelope } from './saved-envelope';
import type { KeystoneData } from '../keystone-data';

runStorageServicesEachTest();

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

describe('a save another tab made while this one was starting', () => {
  it('is taken in when the services start, though its event came before the listener', () => {
    services.stop();
    otherTabSaves(['Saved while this tab loaded'], false);
    expect(names()).toEqual([]);
    services.stop = startStorageServices();
    expect(names()).toEqual(['Saved while this tab loaded']);
  });
});
