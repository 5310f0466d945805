import { useKeystoneStore } from '../../store/keystone-store';
import { useRestorePoints } from '../../store/history/restore-point-store';
import { backupFileName, writeBackup } from '../../store/storage/backup-file';
import { downloadText } from './download-file';

/** Downloads every draft in this tab's memory (saved or not) with its restore points. */
export function downloadBackup(now = new Date()) {
  const text = writeBackup(useKeystoneStore.getState(), useRestorePoints.getState().points, now);
  downloadText(text, backupFileName(now));
}
