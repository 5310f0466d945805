/**
 * Notices shown once per device ("your scores moved, and why"): whether one has been seen, kept
 * in its own localStorage key beside the drafts (`keystone:seen:<id>`), so it is never part of a
 * draft, a backup or a file, and "Delete everything" removes it with the rest.
 */
import { STORAGE_KEY } from '../keystone-store';

const keyOf = (id: string) => `${STORAGE_KEY}:seen:${id}`;

export function hasSeen(id: string): boolean {
  try {
    return localStorage.getItem(keyOf(id)) !== null;
  } catch {
    // Note: storage that cannot be read (blocked, private mode) shows the notice again; harmless.
    return false;
  }
}

export function markSeen(id: string): void {
  try {
    localStorage.setItem(keyOf(id), new Date().toISOString());
  } catch {
    // Full or blocked storage: the notice may show once more next time; nothing is lost.
  }
}
