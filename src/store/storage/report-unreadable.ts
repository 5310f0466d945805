/**
 * Adds to what the person is told could not be read. Drafts and restore points are read
 * separately; both problems are shown in one notice, and the first raw text is kept for download.
 */
import { useStorageStatus } from './storage-status';

export function reportUnreadable(problems: string[], raw: string, keptUnder: string | null) {
  const existing = useStorageStatus.getState().unreadable;
  useStorageStatus.setState({
    unreadable: existing
      ? { ...existing, problems: [...new Set([...existing.problems, ...problems])] }
      : { problems, raw, keptUnder, savingHeld: false },
  });
}
