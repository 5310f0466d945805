/**
 * Migrations of the "all drafts" backup (backup-file.ts): the saved store's drafts plus restore
 * points. Its version once simply followed the store's, so version 0 holds pre-release store
 * data; version 1 is the first release. Every released version has a fixture in tests/fixtures/.
 */
import type { ContainerFormat } from '../../domain/migrations/container-migrations';
import { draftsInRecords } from '../../domain/migrations/container-migrations';
import { isRecord } from '../../domain/migrations/is-record';
import { STORE_FORMAT, storeFrom0 } from '../migrations';

export const BACKUP_VERSION = 3;

const restorePointDrafts = draftsInRecords('restorePoints');

export const BACKUP_FORMAT: ContainerFormat = {
  version: BACKUP_VERSION,
  what: 'backup',
  first: 0,
  steps: {
    // 0 → 1: the drafts inside took the store's version 0 → 1 reshaping.
    0: (backup) =>
      isRecord(backup.state) ? { ...backup, state: storeFrom0(backup.state) } : backup,
    // 1 → 2: unchanged; the drafts inside gain the review record (draft version 2).
    1: (backup) => backup,
    // 2 → 3: unchanged; the drafts inside take draft version 3.
    2: (backup) => backup,
  },
  draftVersionIn: { 0: 0, 1: 1, 2: 2, 3: 3 },
  eachDraft: (backup, change) => {
    const withPoints = restorePointDrafts(backup, change);
    return isRecord(backup.state)
      ? { ...withPoints, state: STORE_FORMAT.eachDraft(backup.state, change) }
      : withPoints;
  },
};
