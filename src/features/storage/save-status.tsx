import { useKeystoneStore } from '../../store/keystone-store';
import { clockTime } from '../../domain/clock-time';
import './storage.css';

/**
 * The header's save status, true to what is on the device: "Saved" only when the latest edit is
 * saved. Not a live region: the notices announce problems; this would speak on every key press.
 */
export function SaveStatus({ updatedAt }: { updatedAt: string }) {
  const saved = useKeystoneStore(
    ({ storageStatus: s }) => s.saved && !s.conflict && s.failure === null,
  );
  const time = new Date(updatedAt);
  if (!saved) {
    return (
      <p className="save-status save-status--unsaved">
        <span aria-hidden="true">! </span>Not saved on this device
      </p>
    );
  }
  return (
    <p className="save-status">
      <span aria-hidden="true">✓ </span>Saved
      {Number.isNaN(time.getTime()) ? null : (
        <span className="save-time"> at {clockTime(time)}</span>
      )}
    </p>
  );
}
