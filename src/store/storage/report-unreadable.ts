/**
 * Adds to what the person is told could not be read. Drafts and restore points are read
 * separately; both problems are shown in one notice, and the download holds every unreadable
 * text. `keptUnder` null means there was no room to copy it aside: saving over it is held until
 * the person has downloaded it and chosen to start saving again.
 */
import { useKeystoneStore } from '../keystone-store';
import { reportStatus } from './storage-status-slice';

export function reportUnreadable(problems: string[], raw: string, keptUnder: string | null) {
  const existing = useKeystoneStore.getState().storageStatus.unreadable;
  const held = keptUnder === null;
  reportStatus({
    unreadable: existing
      ? {
          ...existing,
          problems: [...new Set([...existing.problems, ...problems])],
          raw: existing.raw.includes(raw) ? existing.raw : `${existing.raw}\n\n${raw}`,
          savingHeld: existing.savingHeld || held,
        }
      : { problems, raw, keptUnder, savingHeld: held },
  });
}
