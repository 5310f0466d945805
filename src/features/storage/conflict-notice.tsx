import { keepFocus } from '../../components/keep-focus';
import { chooseOtherTab, chooseThisTab } from '../../store/storage/cross-tab-sync';
import { useKeystoneStore } from '../../store/keystone-store';
import { DownloadAllButton } from './download-all-button';

/** What the other tab did, in words: saved different changes, or deleted everything. */
const WORDS = {
  changed: {
    heading: 'Your drafts were changed in another tab',
    body: 'This tab and another Keystone tab or window changed the same answer differently, or this tab has changes it could not save while the other saved. Choose which version to keep. The version you do not keep is saved as a restore point, so nothing is lost.',
    keep: 'Keep this tab’s changes',
    other: 'Use the other tab’s changes',
  },
  deleted: {
    heading: 'Everything was deleted in another tab',
    body: 'Another Keystone tab or window deleted everything Keystone kept on this device. This tab still has your drafts open, with any changes you made here. Keep them to save them on this device again, or delete them here too.',
    keep: 'Keep this tab’s drafts',
    other: 'Delete them here too',
  },
};

/**
 * Another tab saved while this one had unsaved changes, or deleted everything while this one
 * held drafts: the person chooses; nothing is lost unasked.
 */
export function ConflictNotice() {
  const deleted = useKeystoneStore(({ storageStatus: s }) => s.deletedElsewhere);
  const words = deleted ? WORDS.deleted : WORDS.changed;
  return (
    <div className="storage-notice storage-notice--problem" role="alert">
      <h2>{words.heading}</h2>
      <p>{words.body}</p>
      <div className="storage-actions">
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => {
            chooseThisTab();
            keepFocus();
          }}
        >
          {words.keep}
        </button>
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => {
            chooseOtherTab();
            keepFocus();
          }}
        >
          {words.other}
        </button>
        <DownloadAllButton />
      </div>
    </div>
  );
}
