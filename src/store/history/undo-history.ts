/**
 * Undo and redo as pure functions over snapshots. Typing produces one store update per key
 * press; updates to the same draft within `coalesceMs` of each other make one step, so "Undo"
 * takes back a burst of typing rather than one letter.
 */

export interface UndoHistory<T> {
  past: T[];
  future: T[];
  /** When the last step was recorded, and which draft it touched (for coalescing). */
  lastAt: number;
  lastKey: string | null;
}

export const UNDO_LIMIT = 100;
export const COALESCE_MS = 1000;

export const emptyHistory = <T>(): UndoHistory<T> => ({
  past: [],
  future: [],
  lastAt: 0,
  lastKey: null,
});

/** Records that the state was `previous` before an edit to `key` made at `at` (ms). */
export function recordEdit<T>(
  history: UndoHistory<T>,
  previous: T,
  key: string,
  at: number,
): UndoHistory<T> {
  const coalesce =
    key === history.lastKey && at - history.lastAt < COALESCE_MS && history.past.length > 0;
  const past = coalesce ? history.past : [...history.past, previous].slice(-UNDO_LIMIT);
  return { past, future: [], lastAt: at, lastKey: key };
}

export function undoStep<T>(history: UndoHistory<T>, current: T) {
  const state = history.past.at(-1);
  if (state === undefined) return null;
  return {
    state,
    history: {
      past: history.past.slice(0, -1),
      future: [current, ...history.future],
      lastAt: 0,
      lastKey: null,
    },
  };
}

export function redoStep<T>(history: UndoHistory<T>, current: T) {
  const [state, ...future] = history.future;
  if (state === undefined) return null;
  return {
    state,
    history: { past: [...history.past, current], future, lastAt: 0, lastKey: null },
  };
}
