/**
 * Two tabs, one set of drafts. When another tab saves, this tab merges that save with its own
 * drafts (merge-tabs.ts): what only the other tab changed comes in, what only this tab changed
 * stays (and is saved), and this tab stays on the draft and step it shows. When both changed the
 * same field, or this tab holds edits it could not save, saving stops and the person chooses
 * which version to keep (never a silent overwrite). The adapter catches the other race: a save
 * from here that finds another tab's newer save in storage merges the same way, or is held back
 * for the same choice.
 */
import { STORAGE_KEY, useKeystoneStore } from '../keystone-store';
import type { KeystoneData } from '../keystone-data';
import { clearUndoHistory } from '../history/history-store';
import { quietly } from '../history/quiet';
import {
  RESTORE_POINTS_KEY,
  loadRestorePoints,
  takeRestorePoint,
} from '../history/restore-point-store';
import { forgetEverythingInMemory } from './delete-everything';
import { keystoneStorage } from './keystone-storage';
import { readSavedData } from './read-saved-data';
import { STORE_VERSION } from '../migrations';
import { mergeTabs, sameSave } from './merge-tabs';
import { revisionOf } from './saved-envelope';
import { reportStatus } from './storage-status-slice';

/** The drafts' saved text; undefined when storage cannot be read at all. */
function savedText(): string | null | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
}

/** Loads what is saved into this tab (another tab's save), replacing what is in memory. */
export function takeSavedVersion() {
  const raw = savedText();
  if (raw === undefined) return;
  if (raw === null) {
    forgetEverythingInMemory();
    return;
  }
  keystoneStorage.acceptSaved(STORAGE_KEY);
  quietly(() => {
    void useKeystoneStore.persist.rehydrate();
  });
  clearUndoHistory();
}

/** This tab's saved fields as they stand in memory. */
function inMemory(): KeystoneData {
  const { drafts, order, currentId, steps } = useKeystoneStore.getState();
  return { drafts, order, currentId, steps };
}

/** Puts merged data in memory without saving it again (it is saved, or about to be). */
function applyMerged(merged: KeystoneData) {
  if (sameSave(merged, inMemory()) && merged.currentId === inMemory().currentId) return;
  keystoneStorage.withoutSaving(() => quietly(() => useKeystoneStore.setState(merged)));
  clearUndoHistory();
}

/**
 * Merges another tab's save into this tab. Returns false, changing nothing, when both tabs
 * changed the same thing (the person must choose) or the save cannot be read.
 */
function mergeOtherTab(): 'merged' | 'unchanged' | 'clash' {
  const raw = savedText() ?? null;
  const saved = readSavedData(raw);
  if (saved.kind !== 'ok') return 'clash';
  const ours = inMemory();
  const merged = mergeTabs(keystoneStorage.base(revisionOf(raw)), ours, saved.data);
  if (!merged.ok) return 'clash';
  keystoneStorage.acceptSaved(STORAGE_KEY);
  const changed = !sameSave(merged.data, ours);
  applyMerged(merged.data);
  // This tab's own edits that the other tab's save lacked are saved now, with both.
  if (!sameSave(merged.data, saved.data)) {
    keystoneStorage.setItem(STORAGE_KEY, { state: merged.data, version: STORE_VERSION });
  }
  return changed ? 'merged' : 'unchanged';
}

/** Drafts in `a` that differ from the same draft in `b` (or that `b` lacks). */
function differing(a: KeystoneData['drafts'], b: KeystoneData['drafts']) {
  return Object.values(a).filter((draft) => JSON.stringify(b[draft.id]) !== JSON.stringify(draft));
}

function savedDrafts(): KeystoneData['drafts'] {
  const saved = readSavedData(savedText() ?? null);
  return saved.kind === 'ok' || saved.kind === 'damaged' ? saved.data.drafts : {};
}

/**
 * The person chose the other tab's version: this tab's differing drafts are kept first as
 * restore points, so even this choice loses nothing.
 */
export function chooseOtherTab() {
  const { drafts: ours, storageStatus } = useKeystoneStore.getState();
  // Note: not after a delete elsewhere: a restore point would save again what the person deleted.
  if (!storageStatus.deletedElsewhere) {
    for (const draft of differing(ours, savedDrafts())) takeRestorePoint(draft, 'before-other-tab');
  }
  takeSavedVersion();
  reportStatus({ deletedElsewhere: false });
}

/** The person chose this tab's version: the other tab's differing drafts become restore points. */
export function chooseThisTab() {
  const { drafts: ours, order, currentId, steps } = useKeystoneStore.getState();
  for (const draft of differing(savedDrafts(), ours)) takeRestorePoint(draft, 'from-other-tab');
  // After a delete elsewhere this tab may have nothing pending: what it shows is what it keeps.
  if (!keystoneStorage.hasUnsaved()) {
    keystoneStorage.setItem(STORAGE_KEY, {
      state: { drafts: ours, order, currentId, steps },
      version: STORE_VERSION,
    });
  }
  keystoneStorage.saveOver(STORAGE_KEY);
  reportStatus({ deletedElsewhere: false });
}

function onStorage(event: StorageEvent) {
  if (event.storageArea !== localStorage) return;
  if (event.key === RESTORE_POINTS_KEY) {
    loadRestorePoints();
    return;
  }
  // A null key means another tab cleared all storage for this site.
  if (event.key !== STORAGE_KEY && event.key !== null) return;
  if (keystoneStorage.hasUnsaved() || useKeystoneStore.getState().storageStatus.conflict) {
    keystoneStorage.holdForChoice();
    return;
  }
  const deleted = event.newValue === null;
  if (deleted && useKeystoneStore.getState().order.length > 0) {
    // Another tab deleted everything while this one holds drafts (perhaps edits made after that
    // tab last looked): nothing typed here goes without the person choosing it.
    keystoneStorage.holdForChoice();
    reportStatus({ deletedElsewhere: true });
    return;
  }
  if (deleted) takeSavedVersion();
  else {
    const outcome = mergeOtherTab();
    if (outcome === 'clash') {
      keystoneStorage.holdForChoice();
      return;
    }
    if (outcome === 'unchanged') return;
  }
  reportStatus({
    externalUpdates: useKeystoneStore.getState().storageStatus.externalUpdates + 1,
    announcement: deleted
      ? 'Everything Keystone kept on this device was deleted in another tab.'
      : 'Your drafts were updated with changes saved in another tab.',
  });
}

export function startCrossTabSync(): () => void {
  keystoneStorage.onMerged(applyMerged);
  window.addEventListener('storage', onStorage);
  // Note: the services start beside the first render (issue 17), so another tab may have saved
  // while this listener loaded, and its event is gone: what is saved now is read once, as that
  // event would have been (nothing changes when it is this tab's own data).
  const raw = savedText();
  if (raw)
    onStorage(
      new StorageEvent('storage', { key: STORAGE_KEY, newValue: raw, storageArea: localStorage }),
    );
  return () => window.removeEventListener('storage', onStorage);
}
