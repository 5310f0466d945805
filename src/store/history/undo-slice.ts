/**
 * The one store's slice saying whether "Undo" and "Redo" have anything to do. The steps
 * themselves are kept by history-store.ts; this slice is not saved (partialize leaves it out).
 */
import type { StateCreator } from 'zustand';
import type { KeystoneState } from '../keystone-store';

export interface UndoSlice {
  canUndo: boolean;
  canRedo: boolean;
}

export const createUndoSlice: StateCreator<KeystoneState, [], [], UndoSlice> = () => ({
  canUndo: false,
  canRedo: false,
});
