/**
 * Everything about keeping drafts safe, at the top of the main area: problems first (unreadable
 * data, a failed save, another tab's changes), then undo and redo, then a folded panel with
 * restore points, backups and "delete everything". Mounted once by the shell; no props.
 */
import { useEffect } from 'react';
import { startStorageServices } from '../../store/storage/storage-services';
import { useStorageStatus } from '../../store/storage/storage-status';
import { BackupPanel } from './backup-panel';
import { ConflictNotice } from './conflict-notice';
import { DeleteEverything } from './delete-everything-dialog';
import { PersistenceStatus } from './persistence-status';
import { RestorePointsPanel } from './restore-points-panel';
import { SaveProblemNotice } from './save-problem-notice';
import { SetAsideData } from './set-aside-data';
import { UndoRedo } from './undo-redo';
import { UnreadableNotice } from './unreadable-notice';
import { useUnsavedWarning } from './use-unsaved-warning';
import './storage.css';

export function StorageNotices() {
  useEffect(() => startStorageServices(), []);
  const saved = useStorageStatus((s) => s.saved);
  const conflict = useStorageStatus((s) => s.conflict);
  useUnsavedWarning(!saved || conflict);
  return (
    <div className="storage-notices">
      <UnreadableNotice />
      <SaveProblemNotice />
      <ConflictNotice />
      <div className="storage-bar">
        <UndoRedo />
        <details className="storage-panel">
          <summary>Backups, restore points and this device</summary>
          <PersistenceStatus />
          <RestorePointsPanel />
          <BackupPanel />
          <SetAsideData />
          <DeleteEverything />
        </details>
      </div>
    </div>
  );
}
