/**
 * "Download all drafts": the backup offered wherever data is at risk or about to go.
 * Note: the backup writer loads when pressed, not with the page: the notice after a view fails
 * shows this button, and the first screen has no other use for it (issue 17).
 */
export function DownloadAllButton() {
  return (
    <button
      type="button"
      className="button-secondary button-small"
      onClick={() => void import('./download-backup').then((m) => m.downloadBackup())}
    >
      Download all drafts
    </button>
  );
}
