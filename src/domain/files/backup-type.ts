/** The "type" stamped on a backup of all drafts (written and read in src/store/storage/backup-file.ts). */
export const BACKUP_TYPE = 'keystone-backup';
