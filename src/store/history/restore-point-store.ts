/**
 * Restore points in memory and on this device. They live under a key of their own, so that the
 * drafts' own save stays small and fast; every save merges with what other tabs saved, so no tab
 * removes another's points. When storage is full the oldest automatic points make room first.
 */
import { migrateContainer } from '../../domain/migrations/container-migrations';
import { MigrationError } from '../../domain/migrations/migration-error';
import type { RoleDraft } from '../../domain/role-draft';
import { parseUntrustedJson } from '../../domain/untrusted-json';
import { useKeystoneStore } from '../keystone-store';
import { setAside } from '../storage/quarantine';
import { reportUnreadable } from '../storage/report-unreadable';
import { isQuiet } from './quiet';
import {
  KIND_LABELS,
  PERIODIC_MS,
  readRestorePoint,
  addPoint,
  dropOldestAutomatic,
  mergePoints,
} from './restore-points';
import type { RestorePoint, RestorePointKind } from './restore-points';
import {
  RESTORE_POINTS_FORMAT,
  savedContainer,
  writeRestorePoints,
} from './restore-points-migrations';
import { own, safeIds } from '../../domain/own-key';
import { newId as newDraftId } from '../../domain/new-id';

export const RESTORE_POINTS_KEY = 'keystone:restore-points';

/**
 * Saved restore points that could not be read nor copied aside (no room for a second copy of
 * them): kept aside means kept, so nothing is saved over them until the person has been offered
 * the download and chosen to start saving again (releaseHeldRestorePoints).
 */
let heldRaw: string | null = null;
/** Held restore points the person chose to let go of (after being offered the download). */
let releasedRaw: string | null = null;

/** The unreadable restore points still held in place, if any. */
export const heldRestorePoints = (): string | null => heldRaw;

/** The person has downloaded the held restore points: saving may write over them again. */
export function releaseHeldRestorePoints(area: Storage = localStorage) {
  if (heldRaw === null) return;
  releasedRaw = heldRaw;
  heldRaw = null;
  saveRestorePoints(useKeystoneStore.getState().restorePoints, area);
}

/** The saved list brought up to today's version, or why it cannot be. */
function migratedList(value: unknown): { list: unknown[] | null; problem: string } {
  const unreadable = { list: null, problem: 'The saved restore points could not be read.' };
  if (value === null) return unreadable;
  const { container, version } = savedContainer(value);
  try {
    const migrated = migrateContainer(RESTORE_POINTS_FORMAT, container, version);
    return Array.isArray(migrated.points) ? { list: migrated.points, problem: '' } : unreadable;
  } catch (error) {
    if (error instanceof MigrationError) return { list: null, problem: error.message };
    throw error;
  }
}

/** Reads saved points, keeping every valid one; unreadable ones are set aside and reported. */
export function readRestorePoints(area: Storage = localStorage): RestorePoint[] {
  let raw: string | null;
  try {
    raw = area.getItem(RESTORE_POINTS_KEY);
  } catch {
    return [];
  }
  if (raw === null) return [];
  const parsed = parseUntrustedJson(raw, Number.POSITIVE_INFINITY, {
    unkept: 'remove',
  });
  const { list, problem } = migratedList(parsed.ok ? parsed.value : null);
  const points: RestorePoint[] = [];
  let bad = list === null ? 1 : 0;
  const safeId = safeIds(() => newDraftId('draft'));
  for (const item of list ?? []) {
    const point = readRestorePoint(item);
    if (!point) {
      bad += 1;
      continue;
    }
    const id = safeId(point.draft.id);
    points.push(id === point.draft.id ? point : { ...point, draft: { ...point.draft, id } });
  }
  if (bad > 0 && raw !== releasedRaw) {
    const keptUnder = setAside(area, raw, new Date());
    if (keptUnder === null) heldRaw = raw;
    reportUnreadable(
      [
        list === null
          ? problem
          : `${bad === 1 ? 'One saved restore point' : `${bad} saved restore points`} could not be read.`,
      ],
      raw,
      keptUnder,
    );
  }
  return points;
}

export function loadRestorePoints(area: Storage = localStorage) {
  useKeystoneStore.setState((s) => ({
    restorePoints: mergePoints(s.restorePoints, readRestorePoints(area)),
  }));
}

export function saveRestorePoints(
  points: RestorePoint[],
  area: Storage = localStorage,
): RestorePoint[] {
  let list: RestorePoint[] | null = mergePoints(readRestorePoints(area), points);
  if (heldRaw !== null && area.getItem(RESTORE_POINTS_KEY) === heldRaw) {
    useKeystoneStore.setState({ restorePoints: list, restorePointsSaveFailed: true });
    return list;
  }
  while (list) {
    try {
      area.setItem(RESTORE_POINTS_KEY, writeRestorePoints(list));
      useKeystoneStore.setState({ restorePoints: list, restorePointsSaveFailed: false });
      return list;
    } catch {
      list = dropOldestAutomatic(list);
    }
  }
  useKeystoneStore.setState({ restorePoints: points, restorePointsSaveFailed: true });
  return points;
}

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function takeRestorePoint(
  draft: RoleDraft,
  kind: RestorePointKind,
  label = '',
  now = new Date(),
) {
  const point: RestorePoint = {
    id: newId(),
    kind,
    label: label.trim().slice(0, 200) || KIND_LABELS[kind],
    createdAt: now.toISOString(),
    draft,
  };
  saveRestorePoints(addPoint(useKeystoneStore.getState().restorePoints, point));
  return point;
}

/** Puts a draft back as it was at a restore point, first keeping its present version. */
export function restoreFromPoint(pointId: string): boolean {
  const point = useKeystoneStore.getState().restorePoints.find((p) => p.id === pointId);
  if (!point) return false;
  const store = useKeystoneStore.getState();
  const present = own(store.drafts, point.draft.id);
  if (present) {
    takeRestorePoint(present, 'before-restore');
    store.updateDraft(present.id, () => point.draft);
    store.selectDraft(present.id);
  } else {
    store.restoreDraft(point.draft, store.order.length);
  }
  return true;
}

/** Snapshots every draft an import is about to replace. */
export function snapshotBeforeImport(ids: readonly string[]) {
  const { drafts } = useKeystoneStore.getState();
  for (const id of ids) {
    const draft = own(drafts, id);
    if (draft) takeRestorePoint(draft, 'before-import');
  }
}

/** Takes points before each delete and periodically while a draft is edited. */
export function startAutomaticRestorePoints(clock: () => number = Date.now): () => void {
  const lastTaken = new Map<string, number>();
  return useKeystoneStore.subscribe((state, previous) => {
    if (state.drafts === previous.drafts || isQuiet()) return;
    const at = clock();
    for (const id of previous.order) {
      const gone = own(previous.drafts, id);
      if (gone && !own(state.drafts, id)) takeRestorePoint(gone, 'before-delete', '', new Date(at));
    }
    for (const id of state.order) {
      const before = own(previous.drafts, id);
      const after = own(state.drafts, id);
      if (!before || !after || before === after) continue;
      const last = lastTaken.get(id);
      // The first edit keeps the version before editing began; then one point per period.
      if (last === undefined) takeRestorePoint(before, 'periodic', '', new Date(at));
      else if (at - last >= PERIODIC_MS) takeRestorePoint(after, 'periodic', '', new Date(at));
      else continue;
      lastTaken.set(id, at);
    }
  });
}
