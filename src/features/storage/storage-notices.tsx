/**
 * Everything about keeping drafts safe, at the top of the main area: problems first (unreadable
 * data, a failed save, another tab's changes), then undo and redo, then a folded panel with
 * restore points, backups and "delete everything". Mounted once by the shell; no props.
 */
import { Suspense, lazy, useEffect, useState } from 'react';
import { startStorageServices } from '../../store/storage/storage-services';
import { useKeystoneStore } from '../../store/keystone-store';
import { ConflictNotice } from './conflict-notice';
import { SaveProblemNotice } from './save-problem-notice';
import { UndoRedo } from './undo-redo';
import { UnreadableNotice } from './unreadable-notice';
import { useUnsavedWarning } from './use-unsaved-warning';
import './storage.css';

const DevicePanel = lazy(() => import('./device-panel').then((m) => ({ default: m.DevicePanel })));

export function StorageNotices() {
  useEffect(() => startStorageServices(), []);
  const saved = useKeystoneStore(({ storageStatus: s }) => s.saved);
  const conflict = useKeystoneStore(({ storageStatus: s }) => s.conflict);
  useUnsavedWarning(!saved || conflict);
  const [open, setOpen] = useState(false);
  return (
    <div className="storage-notices">
      <UnreadableNotice />
      <SaveProblemNotice />
      <ConflictNotice />
      <div className="storage-bar">
        <UndoRedo />
        <details className="storage-panel" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>Backups, restore points and this device</summary>
          {open ? (
            <Suspense fallback={<p>Loading…</p>}>
              <DevicePanel />
            </Suspense>
          ) : null}
        </details>
      </div>
    </div>
  );
}
