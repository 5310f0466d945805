import { keepFocus } from '../../components/keep-focus';
import { STORAGE_KEY, useKeystoneStore } from '../../store/keystone-store';
import { keystoneStorage } from '../../store/storage/keystone-storage';
import { releaseHeldRestorePoints } from '../../store/history/restore-point-store';
import { downloadText } from '../../components/download-file';

/** Saved data that could not be read: what, where it was kept, and a way to download it. */
export function UnreadableNotice() {
  const unreadable = useKeystoneStore(({ storageStatus: s }) => s.unreadable);
  if (!unreadable) return null;
  const download = () => downloadText(unreadable.raw, 'keystone-unreadable-data.txt', 'text/plain');
  const dismiss = () => {
    useKeystoneStore.getState().reportStatus({ unreadable: null });
    keepFocus();
  };
  const startSaving = () => {
    keystoneStorage.releaseHeld(STORAGE_KEY);
    releaseHeldRestorePoints();
    useKeystoneStore.getState().reportStatus({ unreadable: { ...unreadable, savingHeld: false } });
    keepFocus();
  };
  return (
    <div className="storage-notice storage-notice--problem" role="alert">
      <h2>Some saved data could not be read</h2>
      <ul>
        {unreadable.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      {unreadable.savingHeld ? (
        <p>
          There was no room to copy it aside, so Keystone is not saving over it: your changes stay
          in this tab only. Download it first, then choose “Start saving again”.
        </p>
      ) : (
        <p>
          Keystone has started with everything it could read. The unreadable data is kept aside on
          this device, untouched, until you delete everything. You can download it to keep or to
          send for help.
        </p>
      )}
      <div className="storage-actions">
        <button type="button" className="button-secondary button-small" onClick={download}>
          Download the unreadable data
        </button>
        {unreadable.savingHeld ? (
          <button type="button" className="button-secondary button-small" onClick={startSaving}>
            Start saving again
          </button>
        ) : (
          <button type="button" className="button-secondary button-small" onClick={dismiss}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
