/**
 * Starts what watches the store for the life of the page: undo history, automatic restore
 * points, other tabs, and the request for persistent storage. Safe to start twice (React's
 * StrictMode mounts effects twice in development): each start returns its own stop.
 */
import { startUndoHistory } from '../history/history-store';
import { loadRestorePoints, startAutomaticRestorePoints } from '../history/restore-point-store';
import { startCrossTabSync } from './cross-tab-sync';
import { requestPersistence } from './persistence';

export function startStorageServices(): () => void {
  loadRestorePoints();
  const stops = [startUndoHistory(), startAutomaticRestorePoints(), startCrossTabSync()];
  void requestPersistence();
  return () => stops.forEach((stop) => stop());
}
