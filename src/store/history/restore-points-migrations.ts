/**
 * Migrations of the restore points kept on this device (restore-point-store.ts). Version 1, the
 * first release, saved a bare list; version 2 is the same list stamped with its version, so
 * that the drafts inside can be migrated when the draft's shape changes.
 */
import type { ContainerFormat } from '../../domain/migrations/container-migrations';
import { draftsInRecords } from '../../domain/migrations/container-migrations';
import type { RestorePoint } from './restore-points';

export const RESTORE_POINTS_VERSION = 4;

export const RESTORE_POINTS_FORMAT: ContainerFormat = {
  version: RESTORE_POINTS_VERSION,
  what: 'saved list of restore points',
  first: 1,
  // 1 → 2: only the stamp was added; the list itself is unchanged.
  // 2 → 3: unchanged; the drafts inside gain the review record (draft version 2).
  // 3 → 4: unchanged; the drafts inside take draft version 3.
  steps: { 1: (saved) => saved, 2: (saved) => saved, 3: (saved) => saved },
  draftVersionIn: { 1: 1, 2: 1, 3: 2, 4: 3 },
  eachDraft: draftsInRecords('points'),
};

/** The saved text's container and version: a bare list is version 1. */
export const savedContainer = (value: unknown): { container: unknown; version: unknown } =>
  Array.isArray(value)
    ? { container: { points: value }, version: 1 }
    : {
        container: value,
        version:
          value !== null && typeof value === 'object'
            ? (value as Record<string, unknown>).version
            : undefined,
      };

export const writeRestorePoints = (points: readonly RestorePoint[]): string =>
  JSON.stringify({ version: RESTORE_POINTS_VERSION, points });
