/**
 * The folded panel's contents: loaded when first opened, so restore points, the version
 * comparison, backups and "delete everything" add nothing to the first screen's download.
 */
import { BackupPanel } from './backup-panel';
import { DeleteEverything } from './delete-everything-dialog';
import { PersistenceStatus } from './persistence-status';
import { RestorePointsPanel } from './restore-points-panel';
import { SetAsideData } from './set-aside-data';

export function DevicePanel() {
  return (
    <>
      <PersistenceStatus />
      <RestorePointsPanel />
      <BackupPanel />
      <SetAsideData />
      <DeleteEverything />
    </>
  );
}
