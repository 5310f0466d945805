import { useState } from 'react';
import { QUARANTINE_PREFIX, quarantinedKeys } from '../../store/storage/quarantine';
import { heldRestorePoints } from '../../store/history/restore-point-store';
import { formatTime } from './format-time';
import { downloadText } from '../../components/download-file';

const keysNow = () => {
  try {
    return quarantinedKeys(localStorage);
  } catch {
    return [];
  }
};

/** Unreadable data kept aside on this device, each downloadable as it was found. */
export function SetAsideData() {
  const [keys] = useState(keysNow);
  const held = heldRestorePoints();
  if (keys.length === 0 && held === null) return null;
  const download = (key: string, i: number) =>
    downloadText(
      localStorage.getItem(key) ?? '',
      `keystone-unreadable-data-${i + 1}.txt`,
      'text/plain',
    );
  return (
    <section aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading">Unreadable data kept aside</h2>
      <ul className="storage-list">
        {keys.map((key, i) => (
          <li key={key}>
            <span>Set aside {formatTime(key.slice(QUARANTINE_PREFIX.length))}</span>
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => download(key, i)}
            >
              Download set-aside data {i + 1}
            </button>
          </li>
        ))}
        {held !== null && (
          <li>
            <span>
              Restore points that could not be read, kept where they were (no room to copy)
            </span>
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() =>
                downloadText(held, 'keystone-unreadable-restore-points.txt', 'text/plain')
              }
            >
              Download the unreadable restore points
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
