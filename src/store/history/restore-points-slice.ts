/**
 * The one store's slice holding restore points in memory. Note: they are saved apart from the
 * drafts, under a key of their own by restore-point-store.ts, so persist's partialize leaves
 * them out and the drafts' save stays small and fast.
 */
import type { RestorePoint } from './restore-points';

export interface RestorePointsSlice {
  restorePoints: RestorePoint[];
  /** True when the latest save of restore points found no room, even after making some. */
  restorePointsSaveFailed: boolean;
}

export const createRestorePointsSlice = (): RestorePointsSlice => ({
  restorePoints: [],
  restorePointsSaveFailed: false,
});
