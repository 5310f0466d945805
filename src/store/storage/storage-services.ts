/**
 * Starts what watches the store for the life of the page: undo history, automatic restore
 * points, number texts that could not be read, other tabs, the warning before leaving unsaved
 * changes, and the request for persistent storage. Started once by the app (src/app/start-services.ts); each start returns
 * its own stop, so tests can run them around a single case.
 */
import { startUndoHistory } from '../history/history-store';
import { loadRestorePoints, startAutomaticRestorePoints } from '../history/restore-point-store';
import { startTypedNumbers } from '../typed/typed-numbers-store';
import { startCrossTabSync } from './cross-tab-sync';
import { requestPersistence } from './persistence';
import { startUnsavedWarning } from './unsaved-warning';

export function startStorageServices(): () => void {
  loadRestorePoints();
  const stops = [
    startUndoHistory(),
    startAutomaticRestorePoints(),
    startCrossTabSync(),
    startUnsavedWarning(),
    startTypedNumbers(),
  ];
  void requestPersistence();
  return () => stops.forEach((stop) => stop());
}
