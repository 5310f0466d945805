/**
 * The storage adapter given to zustand's persist: where drafts live, and why.
 *
 * Note: localStorage, not IndexedDB. Each setItem is synchronous and atomic: after a crash or a
 * closed tab the saved text is the whole previous save or the whole new one, never half of
 * either, and there is no window in which a save is "in flight". It also works from file:// in
 * the offline single-file build, and its `storage` event tells other tabs what changed, which
 * cross-tab-sync.ts builds on. Its few megabytes hold hundreds of drafts; when it is full, the
 * edit stays in memory and the person is told and offered a download (never an exception in React).
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { KeystoneData } from '../keystone-data';
import { STORE_VERSION } from '../migrations';
import { setAside } from './quarantine';
import { mergeTabs } from './merge-tabs';
import { readSavedData } from './read-saved-data';
import { revisionOf, tokenOf, writeEnvelope } from './saved-envelope';
import { reportStatus } from './storage-status-slice';

export interface KeystoneStorage extends PersistStorage<KeystoneData> {
  /** Another tab's save is now the one this tab builds on (call before rehydrating). */
  acceptSaved: (name: string) => void;
  /**
   * The base for merging another tab's save of revision `theirs`: the latest save this tab read
   * or wrote before that revision (what the other tab built on).
   */
  base: (theirs: number) => KeystoneData;
  /**
   * Tells the app that a save found another tab's newer save and wrote both merged (merge-tabs.ts):
   * memory must now hold `merged`, put there without saving again (it is saved).
   */
  onMerged: (apply: (merged: KeystoneData) => void) => void;
  /** Writes this tab's latest state over whatever is saved (the person chose this tab's). */
  saveOver: (name: string) => void;
  /** Lets saving resume over unreadable data that could not be copied aside (after download). */
  releaseHeld: (name: string) => void;
  /** Tries the held save again (after the person freed space). */
  retry: (name: string) => void;
  /** Holds saving until the person chooses between this tab's edits and another tab's. */
  holdForChoice: () => void;
  /** Runs a change to memory that must not be saved (emptying memory after a delete). */
  withoutSaving: (change: () => void) => void;
  /** True while this tab holds edits that are not saved. */
  hasUnsaved: () => boolean;
}

const newTabId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `t-${Math.random().toString(36).slice(2, 12)}`;

const isQuotaError = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22);

export function createKeystoneStorage(
  area: () => Storage,
  now: () => Date = () => new Date(),
): KeystoneStorage {
  const writer = newTabId();
  /** The save this tab last read or wrote; a different one in storage means another tab wrote. */
  let seen: string | null = null;
  let pending: StorageValue<KeystoneData> | null = null;
  let conflict = false;
  let held = false;
  let suspended = false;
  /**
   * The saves this tab last read or wrote, newest last. Note: one is not enough. Each tab has its
   * own copy of localStorage, brought up to date a moment after another tab writes, so a tab can
   * write a save built on an older one than this tab's last; the base for merging it is then the
   * save before this tab's last (its revision tells which), or this tab's last keys would be
   * taken as deleted.
   */
  const EMPTY: KeystoneData = { drafts: {}, order: [], currentId: null, steps: {} };
  let known: { revision: number; state: KeystoneData }[] = [];
  const remember = (revision: number, state: KeystoneData) => {
    known = [...known.filter((k) => k.revision < revision), { revision, state }].slice(-20);
  };
  let applyMerged: (merged: KeystoneData) => void = () => undefined;

  const readable = (raw: string | null): KeystoneData | null => {
    const result = readSavedData(raw);
    return result.kind === 'ok' ? result.data : null;
  };

  const read = (name: string): string | null => {
    try {
      return area().getItem(name);
    } catch {
      reportStatus({
        failure: 'unavailable',
        failureDetail: 'This browser does not allow saving here.',
      });
      return null;
    }
  };

  const write = (name: string, value: StorageValue<KeystoneData>, current: string | null) => {
    const text = writeEnvelope({
      revision: revisionOf(current) + 1,
      writer,
      savedAt: now().toISOString(),
      version: value.version ?? STORE_VERSION,
      state: value.state,
    });
    try {
      area().setItem(name, text);
      seen = tokenOf(text);
      remember(revisionOf(text), value.state);
      pending = null;
      reportStatus({ saved: true, failure: null, failureDetail: '' });
    } catch (error) {
      pending = value;
      const full = isQuotaError(error);
      reportStatus({
        saved: false,
        failure: full ? 'full' : 'error',
        failureDetail: full ? '' : error instanceof Error ? error.message : String(error),
      });
    }
  };

  const storage: KeystoneStorage = {
    getItem: (name) => {
      const raw = read(name);
      seen = tokenOf(raw);
      conflict = false;
      const result = readSavedData(raw);
      if (result.kind === 'ok') remember(revisionOf(raw), result.data);
      if (result.kind === 'empty') return null;
      if (result.kind !== 'ok' && raw !== null) {
        const keptUnder = setAside(area(), raw, now());
        held = keptUnder === null;
        reportStatus({
          unreadable: { problems: result.problems, raw, keptUnder, savingHeld: held },
        });
      }
      if (result.kind === 'unreadable') return null;
      return { state: result.data, version: STORE_VERSION };
    },

    setItem: (name, value) => {
      if (suspended) return;
      if (conflict || held) {
        pending = value;
        reportStatus({ saved: false });
        return;
      }
      const current = read(name);
      if (tokenOf(current) !== seen) {
        // Another tab saved since this tab last looked: never write over it unasked. Edits to
        // different drafts or fields are merged; the same field changed in both is a choice.
        const theirs = readable(current);
        const merged = theirs && mergeTabs(storage.base(revisionOf(current)), value.state, theirs);
        if (merged?.ok) {
          write(name, { state: merged.data, version: STORE_VERSION }, current);
          // At once, not later: a second change in this same task must build on the merge.
          applyMerged(merged.data);
          return;
        }
        conflict = true;
        pending = value;
        reportStatus({ saved: false, conflict: true });
        return;
      }
      write(name, value, current);
    },

    removeItem: (name) => {
      try {
        area().removeItem(name);
      } catch {
        // Nothing to remove when storage is unavailable.
      }
      seen = null;
      pending = null;
      conflict = false;
      held = false;
      known = [];
    },

    acceptSaved: (name) => {
      const raw = read(name);
      seen = tokenOf(raw);
      const data = readable(raw);
      if (data) remember(revisionOf(raw), data);
      pending = null;
      conflict = false;
      reportStatus({ saved: true, conflict: false, failure: null });
    },

    saveOver: (name) => {
      const value = pending;
      const current = read(name);
      seen = tokenOf(current);
      conflict = false;
      held = false;
      reportStatus({ conflict: false });
      if (value) write(name, value, current);
    },

    releaseHeld: (name) => {
      held = false;
      if (pending) storage.setItem(name, pending);
    },

    retry: (name) => {
      if (pending) storage.setItem(name, pending);
    },

    holdForChoice: () => {
      conflict = true;
      reportStatus({ conflict: true, saved: pending === null });
    },

    withoutSaving: (change) => {
      suspended = true;
      try {
        change();
      } finally {
        suspended = false;
      }
    },

    hasUnsaved: () => pending !== null,

    base: (theirs) =>
      known.findLast((k) => k.revision < theirs)?.state ?? known.at(-1)?.state ?? EMPTY,

    onMerged: (apply) => {
      applyMerged = apply;
    },
  };
  return storage;
}

/** The adapter the app uses: this browser's localStorage. */
export const keystoneStorage = createKeystoneStorage(() => localStorage);
