/**
 * The one store's slice saying whether "Undo" and "Redo" have anything to do. The steps
 * themselves are kept by history-store.ts; this slice is not saved (partialize leaves it out).
 */

export interface UndoSlice {
  canUndo: boolean;
  canRedo: boolean;
}

export const createUndoSlice = (): UndoSlice => ({
  canUndo: false,
  canRedo: false,
});
