/**
 * Note: persist offers a save after every change to the store, also to the slices it does not
 * keep (saving status, undo, restore points). Only a change to a saved field is passed on, so
 * those slices never write the drafts again, nor loop through the status a save reports.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export function saveOnlyChanges<S extends object, R>(
  storage: PersistStorage<S, R>,
  /** The saved fields the store starts with, before anything is read. */
  initial: S,
): PersistStorage<S, R | undefined> {
  let last: S = initial;
  const unchanged = (next: S) =>
    (Object.keys(next) as (keyof S)[]).every((key) => Object.is(next[key], last[key]));
  const note = (value: StorageValue<S> | null) => {
    if (value) last = value.state;
    return value;
  };
  return {
    getItem: (name) => {
      const value = storage.getItem(name);
      return value !== null && 'then' in value ? value.then(note) : note(value);
    },
    setItem: (name, value) => {
      if (unchanged(value.state)) return;
      last = value.state;
      return storage.setItem(name, value);
    },
    removeItem: (name) => storage.removeItem(name),
  };
}
