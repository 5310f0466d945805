/**
 * Everything about keeping drafts safe, at the top of the main area: problems first (unreadable
 * data, a failed save, another tab's changes), then undo and redo, then a folded panel with
 * restore points, backups and "delete everything". Mounted once by the shell; no props. What
 * watches the store (undo, restore points, other tabs) is started by the app, not here.
 *
 * Note: each problem's notice loads only when there is that problem (issue 17: they bring the
 * other-tab, restore-point and backup code, which the first screen does not need). The line that
 * announces another tab's changes is always there, so screen readers hear it when it changes.
 */
import { Suspense, lazy, useState } from 'react';
import { useKeystoneStore } from '../../store/keystone-store';
import { UndoRedo } from './undo-redo';
import './storage.css';

const DevicePanel = lazy(() => import('./device-panel').then((m) => ({ default: m.DevicePanel })));
const ConflictNotice = lazy(() =>
  import('./conflict-notice').then((m) => ({ default: m.ConflictNotice })),
);
const SaveProblemNotice = lazy(() =>
  import('./save-problem-notice').then((m) => ({ default: m.SaveProblemNotice })),
);
const UnreadableNotice = lazy(() =>
  import('./unreadable-notice').then((m) => ({ default: m.UnreadableNotice })),
);

function Announcement() {
  const conflict = useKeystoneStore(({ storageStatus: s }) => s.conflict);
  const announcement = useKeystoneStore(({ storageStatus: s }) => s.announcement);
  return (
    <p
      className={announcement && !conflict ? 'storage-announcement' : 'visually-hidden'}
      role="status"
    >
      {conflict ? '' : announcement}
    </p>
  );
}

export function StorageNotices() {
  const [open, setOpen] = useState(false);
  const unreadable = useKeystoneStore(({ storageStatus: s }) => s.unreadable !== null);
  const saveProblem = useKeystoneStore(
    (s) => s.storageStatus.failure !== null || s.restorePointsSaveFailed,
  );
  const conflict = useKeystoneStore(({ storageStatus: s }) => s.conflict);
  return (
    <div className="storage-notices">
      <Suspense fallback={null}>
        {unreadable && <UnreadableNotice />}
        {saveProblem && <SaveProblemNotice />}
        {conflict && <ConflictNotice />}
      </Suspense>
      <Announcement />
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
