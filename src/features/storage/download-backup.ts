import { useKeystoneStore } from '../../store/keystone-store';
import { backupFileName, writeBackup } from '../../store/storage/backup-file';
import { downloadText } from '../../components/download-file';

/** Downloads every draft in this tab's memory (saved or not) with its restore points. */
export function downloadBackup(now = new Date()) {
  const text = writeBackup(
    useKeystoneStore.getState(),
    useKeystoneStore.getState().restorePoints,
    now,
  );
  downloadText(text, backupFileName(now));
}
