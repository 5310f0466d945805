/**
 * Changes the app makes itself (undo, redo, loading another tab's save, deleting everything)
 * must not be recorded as edits or trigger automatic restore points. They run inside `quietly`.
 */
let depth = 0;

export function quietly<T>(change: () => T): T {
  depth += 1;
  try {
    return change();
  } finally {
    depth -= 1;
  }
}

export const isQuiet = () => depth > 0;
