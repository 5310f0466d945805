/**
 * The "all drafts" backup: one JSON file stamped with its type and data version, holding every
 * draft and restore point. Reading one back is the most exposed import in Keystone, so it is
 * all or nothing: any problem gives one clear error and changes nothing.
 */
import { BACKUP_TYPE } from '../../domain/files/backup-type';
import { parseUntrustedBytes } from '../../domain/untrusted-json';
import type { RoleDraft } from '../../domain/role-draft';
import type { KeystoneData } from '../keystone-store';
import { RestorePointSchema } from '../history/restore-points';
import type { RestorePoint } from '../history/restore-points';
import { MigrationError, STORE_VERSION, migrate } from '../migrations';
import { validateData } from './read-saved-data';

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
    version: STORE_VERSION,
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const fail = (error: string): BackupRead => ({ ok: false, error });

export function readBackup(bytes: Uint8Array): BackupRead {
  const parsed = parseUntrustedBytes(bytes);
  if (!parsed.ok) return fail(parsed.error);
  const file = parsed.value;
  if (!isRecord(file) || file.type !== BACKUP_TYPE) {
    return fail('This is not a Keystone backup: use a file made with “Download all drafts”.');
  }
  if (typeof file.version !== 'number')
    return fail('The backup does not say which version made it.');
  let migrated: KeystoneData;
  try {
    migrated = migrate(file.state, file.version);
  } catch (error) {
    return fail(
      error instanceof MigrationError
        ? error.message.replace('saved data', 'backup')
        : 'The backup could not be read.',
    );
  }
  const { data, problems } = validateData(migrated);
  if (problems.length > 0) return fail(problems[0] ?? 'The backup could not be read.');
  const points = Array.isArray(file.restorePoints) ? file.restorePoints : [];
  const restorePoints: RestorePoint[] = [];
  for (const point of points) {
    const result = RestorePointSchema.safeParse(point);
    if (!result.success) return fail('A restore point in the backup could not be read.');
    restorePoints.push(result.data as RestorePoint);
  }
  if (data.order.length === 0 && restorePoints.length === 0)
    return fail('The backup holds no drafts.');
  return { ok: true, drafts: data.order.map((id) => data.drafts[id] as RoleDraft), restorePoints };
}
