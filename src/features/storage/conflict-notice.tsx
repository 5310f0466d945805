import { chooseOtherTab, chooseThisTab } from '../../store/storage/cross-tab-sync';
import { useKeystoneStore } from '../../store/keystone-store';
import { DownloadAllButton } from './download-all-button';

/** Another tab saved while this one had unsaved changes: the person chooses; nothing is lost. */
export function ConflictNotice() {
  const conflict = useKeystoneStore(({ storageStatus: s }) => s.conflict);
  const announcement = useKeystoneStore(({ storageStatus: s }) => s.announcement);
  return (
    <>
      {conflict ? (
        <div className="storage-notice storage-notice--problem" role="alert">
          <h2>Your drafts were changed in another tab</h2>
          <p>
            This tab has changes that are not saved, and another Keystone tab or window saved
            different ones. Choose which to keep. The version you do not keep is saved as a restore
            point, so nothing is lost.
          </p>
          <div className="storage-actions">
            <button type="button" className="button-secondary button-small" onClick={chooseThisTab}>
              Keep this tab’s changes
            </button>
            <button
              type="button"
              className="button-secondary button-small"
              onClick={chooseOtherTab}
            >
              Use the other tab’s changes
            </button>
            <DownloadAllButton />
          </div>
        </div>
      ) : null}
      <p
        className={announcement && !conflict ? 'storage-announcement' : 'visually-hidden'}
        role="status"
      >
        {conflict ? '' : announcement}
      </p>
    </>
  );
}
