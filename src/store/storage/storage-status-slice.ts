/**
 * The one store's slice for what the person needs to know about saving, so that the storage
 * adapter can report problems without throwing them into React. The notices render from here.
 * Not saved: it describes this tab's saving, and persist's partialize leaves it out.
 */

export type Persistence = 'unknown' | 'granted' | 'not-granted' | 'unsupported';

export interface UnreadableData {
  /** Plain sentences: what could not be read, and why. */
  problems: string[];
  /** The untouched text that could not be read, for download. */
  raw: string;
  /** Where it was set aside, or null when there was no room to copy it. */
  keptUnder: string | null;
  /** True when no copy could be made, so saving is held back to leave the original in place. */
  savingHeld: boolean;
}

export interface StorageStatus {
  /** False while the latest edit exists only in this tab's memory. */
  saved: boolean;
  /** Why the latest save failed, if it did. */
  failure: null | 'full' | 'unavailable' | 'error';
  failureDetail: string;
  /** Another tab saved while this tab held edits it had not saved: the person must choose. */
  conflict: boolean;
  /**
   * With `conflict`: what the other tab did was delete everything, while this tab still held
   * drafts. The person chooses to keep them (saved again) or to let them go.
   */
  deletedElsewhere: boolean;
  /** Counts updates taken from another tab, so a polite message can announce each. */
  externalUpdates: number;
  unreadable: UnreadableData | null;
  persistence: Persistence;
  /** A short polite message about something done for the person (announced, then kept). */
  announcement: string;
}

export const initialStatus: StorageStatus = {
  saved: true,
  failure: null,
  failureDetail: '',
  conflict: false,
  deletedElsewhere: false,
  externalUpdates: 0,
  unreadable: null,
  persistence: 'unknown',
  announcement: '',
};

export interface StorageStatusSlice {
  storageStatus: StorageStatus;
  reportStatus: (patch: Partial<StorageStatus>) => void;
}

/**
 * Note: the storage adapter cannot import the store (the store imports the adapter), so its
 * reports reach the slice through this reference, set when the store is built. Reports made
 * before then are kept and become the slice's first state.
 */
let report: ((patch: Partial<StorageStatus>) => void) | null = null;
let early: Partial<StorageStatus> = {};

type Set = (recipe: (state: StorageStatusSlice) => Partial<StorageStatusSlice>) => void;

export const createStorageStatusSlice = (set: Set): StorageStatusSlice => {
  report = (patch) => set((s) => ({ storageStatus: { ...s.storageStatus, ...patch } }));
  return { storageStatus: { ...initialStatus, ...early }, reportStatus: report };
};

export function reportStatus(patch: Partial<StorageStatus>) {
  if (report) report(patch);
  else early = { ...early, ...patch };
}
