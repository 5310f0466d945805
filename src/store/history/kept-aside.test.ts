/**
 * Kept aside means kept: saved restore points that cannot be read are copied aside before
 * anything is saved; when there is no room for the copy (they are huge), nothing is saved over
 * them until the person has been offered the download and chosen to start saving again.
 */
import { MemoryStorage } from '../../testing/memory-storage';
import { makeDraft } from '../../testing/make-draft';
import { useKeystoneStore } from '../keystone-store';
import { quarantinedKeys } from '../storage/quarantine';
import {
  heldRestorePoints,
  readRestorePoints,
  releaseHeldRestorePoints,
  RESTORE_POINTS_KEY,
  saveRestorePoints,
} from './restore-point-store';
import type { RestorePoint } from './restore-points';

const point: RestorePoint = {
  id: 'p1',
  kind: 'named',
  label: 'Before the panel',
  createdAt: '2026-01-01T09:00:00.000Z',
  draft: makeDraft({ id: 'd1' }),
};

/** Unreadable (cut short), and large: most of the quota. */
const huge = `{"version":1,"points":[${'"x",'.repeat(250_000)}`;

afterEach(() => {
  useKeystoneStore.getState().reportStatus({ unreadable: null });
  useKeystoneStore.setState({ restorePoints: [], restorePointsSaveFailed: false });
});

describe('unreadable restore points', () => {
  it('are copied aside before the next save, and listed as kept aside', () => {
    const area = new MemoryStorage();
    area.setItem(RESTORE_POINTS_KEY, '{"version":1,"points":[');
    saveRestorePoints([point], area);
    const [kept] = quarantinedKeys(area);
    expect(kept && area.getItem(kept)).toBe('{"version":1,"points":[');
    expect(readRestorePoints(area)).toEqual([point]);
  });

  it('are never saved over when there is no room to copy them, until the person chooses', () => {
    const area = new MemoryStorage(huge.length * 1.5);
    area.setItem(RESTORE_POINTS_KEY, huge);
    saveRestorePoints([point], area);
    saveRestorePoints([point, { ...point, id: 'p2' }], area);
    expect(area.getItem(RESTORE_POINTS_KEY)).toBe(huge);
    expect(heldRestorePoints()).toBe(huge);
    const { unreadable } = useKeystoneStore.getState().storageStatus;
    expect(unreadable).toMatchObject({ savingHeld: true, keptUnder: null });
    expect(unreadable?.raw).toContain(huge);
    expect(useKeystoneStore.getState().restorePointsSaveFailed).toBe(true);
    // The points taken meanwhile stay in memory, and are saved once the person releases the hold.
    expect(useKeystoneStore.getState().restorePoints.map((p) => p.id)).toEqual(['p1', 'p2']);
    releaseHeldRestorePoints(area);
    expect(heldRestorePoints()).toBeNull();
    expect(readRestorePoints(area).map((p) => p.id)).toEqual(['p1', 'p2']);
  });
});
