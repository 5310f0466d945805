import { keepFocus } from '../../components/keep-focus';
import { STORAGE_KEY, useKeystoneStore } from '../../store/keystone-store';
import { keystoneStorage } from '../../store/storage/keystone-storage';
import { DownloadAllButton } from './download-all-button';

const WHY = {
  full: 'This browser’s storage for Keystone is full.',
  unavailable: 'This browser does not let Keystone save here (storage may be switched off).',
  error: 'This browser refused to save.',
} as const;

/** A save that failed: the edit is safe in this tab only; offer a download and a retry. */
export function SaveProblemNotice() {
  const failure = useKeystoneStore(({ storageStatus: s }) => s.failure);
  const detail = useKeystoneStore(({ storageStatus: s }) => s.failureDetail);
  const pointsFailed = useKeystoneStore((s) => s.restorePointsSaveFailed);
  if (!failure && !pointsFailed) return null;
  if (!failure) {
    return (
      <p className="storage-notice" role="status">
        Restore points could not all be saved on this device: storage is full. Your drafts are
        saved.
      </p>
    );
  }
  return (
    <div className="storage-notice storage-notice--problem" role="alert">
      <h2>Your latest changes are not saved on this device</h2>
      <p>
        {WHY[failure]}
        {detail ? ` (${detail})` : ''} Your changes are kept in this tab, but they will be lost if
        you close it. Download all drafts to keep a copy; then free some space, for example by
        deleting drafts you no longer need, and try again.
      </p>
      <div className="storage-actions">
        <DownloadAllButton />
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => {
            keystoneStorage.retry(STORAGE_KEY);
            keepFocus();
          }}
        >
          Try saving again
        </button>
      </div>
    </div>
  );
}
