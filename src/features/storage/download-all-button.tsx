import { downloadBackup } from './download-backup';

/** "Download all drafts": the backup offered wherever data is at risk or about to go. */
export function DownloadAllButton() {
  return (
    <button
      type="button"
      className="button-secondary button-small"
      onClick={() => downloadBackup()}
    >
      Download all drafts
    </button>
  );
}
