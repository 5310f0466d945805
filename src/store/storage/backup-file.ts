/**
 * The "all drafts" backup: one JSON file stamped with its type and data version, holding every
 * draft and restore point. Reading one back is the most exposed import in Keystone, so it is
 * all or nothing: any problem gives one clear error and changes nothing.
 */
import { BACKUP_TYPE } from '../../domain/files/backup-type';
import { migrateContainer } from '../../domain/migrations/container-migrations';
import { isRecord } from '../../domain/migrations/is-record';
import { MigrationError } from '../../domain/migrations/migration-error';
import { parseUntrustedBytes } from '../../domain/untrusted-bytes';
import type { RoleDraft } from '../../domain/role-draft';
import type { KeystoneData } from '../keystone-data';
import { readRestorePoint } from '../history/restore-points';
import type { RestorePoint } from '../history/restore-points';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-migrations';
import { validateData } from './read-saved-data';
import { own, safeIds } from '../../domain/own-key';
import { newId } from '../../domain/new-id';

export interface Backup {
  type: typeof BACKUP_TYPE;
  version: number;
  exportedAt: string;
  state: KeystoneData;
  restorePoints: RestorePoint[];
}

export function writeBackup(data: KeystoneData, restorePoints: RestorePoint[], now: Date): string {
  const { drafts, order, currentId, steps } = data;
  const backup: Backup = {
    type: BACKUP_TYPE,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    state: { drafts, order, currentId, steps },
    restorePoints,
  };
  return JSON.stringify(backup, null, 2);
}

export const backupFileName = (now: Date) =>
  `keystone-backup-${now.toISOString().slice(0, 10)}.json`;

export type BackupRead =
  { ok: true; drafts: RoleDraft[]; restorePoints: RestorePoint[] } | { ok: false; error: string };

const fail = (error: string): BackupRead => ({ ok: false, error });

export function readBackup(bytes: Uint8Array): BackupRead {
  const parsed = parseUntrustedBytes(bytes);
  if (!parsed.ok) return fail(parsed.error);
  const file = parsed.value;
  if (!isRecord(file) || file.type !== BACKUP_TYPE) {
    return fail('This is not a Keystone backup: use a file made with “Download all drafts”.');
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateContainer(BACKUP_FORMAT, file, file.version);
  } catch (error) {
    if (error instanceof MigrationError) return fail(error.message);
    throw error;
  }
  const safeId = safeIds(() => newId('draft'));
  const { data, problems } = validateData(migrated.state, safeId);
  if (problems.length > 0) return fail(problems[0] ?? 'The backup could not be read.');
  const points = Array.isArray(migrated.restorePoints) ? migrated.restorePoints : [];
  const restorePoints: RestorePoint[] = [];
  for (const point of points) {
    const read = readRestorePoint(point);
    if (!read) return fail('A restore point in the backup could not be read.');
    const id = safeId(read.draft.id);
    // Note: with its draft's new id when that was renamed (own-key.ts), so they stay together.
    restorePoints.push(id === read.draft.id ? read : { ...read, draft: { ...read.draft, id } });
  }
  if (data.order.length === 0 && restorePoints.length === 0)
    return fail('The backup holds no drafts.');
  return {
    ok: true,
    drafts: data.order.map((id) => own(data.drafts, id) as RoleDraft),
    restorePoints,
  };
}
