/**
 * Adds to what the person is told could not be read. Drafts and restore points are read
 * separately; both problems are shown in one notice, and the first raw text is kept for download.
 */
import { useKeystoneStore } from '../keystone-store';
import { reportStatus } from './storage-status-slice';

export function reportUnreadable(problems: string[], raw: string, keptUnder: string | null) {
  const existing = useKeystoneStore.getState().storageStatus.unreadable;
  reportStatus({
    unreadable: existing
      ? { ...existing, problems: [...new Set([...existing.problems, ...problems])] }
      : { problems, raw, keptUnder, savingHeld: false },
  });
}
