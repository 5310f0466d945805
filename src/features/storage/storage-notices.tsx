/**
 * Everything about keeping drafts safe, at the top of the main area: problems first (unreadable
 * data, a failed save, another tab's changes), then undo and redo, then a folded panel with
 * restore points, backups and "delete everything". Mounted once by the shell; no props. What
 * watches the store (undo, restore points, other tabs) is started by the app, not here.
 */
import { Suspense, lazy, useState } from 'react';
import { ConflictNotice } from './conflict-notice';
import { SaveProblemNotice } from './save-problem-notice';
import { UndoRedo } from './undo-redo';
import { UnreadableNotice } from './unreadable-notice';
import './storage.css';

const DevicePanel = lazy(() => import('./device-panel').then((m) => ({ default: m.DevicePanel })));

export function StorageNotices() {
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
