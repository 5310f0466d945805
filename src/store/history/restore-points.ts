/**
 * Restore points: whole copies of one draft at a moment worth returning to. Automatic ones
 * (before an import, before a delete, before a restore, periodically while editing, before
 * taking another tab's save) are pruned to the newest few per draft; named ones are kept until
 * the person deletes them.
 */
import { readDraft } from '../../domain/draft-fields/read-draft';
import type { RoleDraft } from '../../domain/role-draft';

export const RESTORE_POINT_KINDS = [
  'named',
  'periodic',
  'before-import',
  'before-delete',
  'before-restore',
  'before-other-tab',
  'from-other-tab',
  'handoff-seen',
] as const;
export type RestorePointKind = (typeof RESTORE_POINT_KINDS)[number];

export const KIND_LABELS: Record<RestorePointKind, string> = {
  named: 'Saved by you',
  periodic: 'Automatic, while editing',
  'before-import': 'Automatic, before restoring a backup',
  'before-delete': 'Automatic, before the draft was deleted',
  'before-restore': 'Automatic, before an earlier version was restored',
  'before-other-tab': 'Automatic, before taking another tab’s changes',
  'from-other-tab': 'Automatic, another tab’s version you chose not to keep',
  'handoff-seen': 'Automatic, as last sent or received in a hand-off',
};

export interface RestorePoint {
  id: string;
  kind: RestorePointKind;
  label: string;
  createdAt: string;
  draft: RoleDraft;
}

const textUpTo = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const KINDS = new Set<unknown>(RESTORE_POINT_KINDS);

/**
 * A restore point read from storage or a backup, or null when it is not one. Plain checks, not
 * zod, as the points are read at start (issue 17); unknown fields are left out.
 */
export function readRestorePoint(value: unknown): RestorePoint | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!textUpTo(v.id, 100) || !textUpTo(v.label, 200) || !textUpTo(v.createdAt, 40)) return null;
  if (!KINDS.has(v.kind)) return null;
  const draft = readDraft(v.draft);
  if (!draft.ok) return null;
  const kind = v.kind as RestorePointKind;
  return { id: v.id, kind, label: v.label, createdAt: v.createdAt, draft: draft.draft };
}

export const AUTOMATIC_PER_DRAFT = 10;
/** Periodic restore points are taken at most this often for each draft while it is edited. */
export const PERIODIC_MS = 5 * 60 * 1000;

const sameDraft = (a: RoleDraft, b: RoleDraft) =>
  JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

/** Adds a point, skipping an automatic one identical to the draft's latest, then prunes. */
export function addPoint(points: readonly RestorePoint[], point: RestorePoint): RestorePoint[] {
  const latest = points.filter((p) => p.draft.id === point.draft.id).at(-1);
  if (
    point.kind !== 'named' &&
    point.kind !== 'handoff-seen' &&
    latest &&
    sameDraft(latest.draft, point.draft)
  ) {
    return [...points];
  }
  return pruneAutomatic([...points, point]);
}

/**
 * Keeps every named point, the newest AUTOMATIC_PER_DRAFT automatic points of each draft, and
 * each draft's newest hand-off point (what a hand-off is compared with), which edits never push out.
 */
export function pruneAutomatic(
  points: readonly RestorePoint[],
  keep = AUTOMATIC_PER_DRAFT,
): RestorePoint[] {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  const kept: RestorePoint[] = [];
  for (let i = points.length - 1; i >= 0; i -= 1) {
    const point = points[i] as RestorePoint;
    if (point.kind === 'handoff-seen') {
      if (seen.has(point.draft.id)) continue;
      seen.add(point.draft.id);
    } else if (point.kind !== 'named') {
      const n = (counts.get(point.draft.id) ?? 0) + 1;
      counts.set(point.draft.id, n);
      if (n > keep) continue;
    }
    kept.push(point);
  }
  return kept.reverse();
}

/** The version of a draft this device last sent or received in a hand-off, if it still has it. */
export function lastSeenInHandoff(
  points: readonly RestorePoint[],
  draftId: string,
): RestorePoint | null {
  return points.findLast((p) => p.kind === 'handoff-seen' && p.draft.id === draftId) ?? null;
}

/** Points from two lists (this tab's, another tab's) without duplicates, oldest first. */
export function mergePoints(
  a: readonly RestorePoint[],
  b: readonly RestorePoint[],
): RestorePoint[] {
  const byId = new Map<string, RestorePoint>();
  for (const point of [...a, ...b]) byId.set(point.id, point);
  return [...byId.values()].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
}

/** The oldest automatic point removed, to make room; null when only named points remain. */
export function dropOldestAutomatic(points: readonly RestorePoint[]): RestorePoint[] | null {
  const index = points.findIndex((p) => p.kind !== 'named');
  return index < 0 ? null : [...points.slice(0, index), ...points.slice(index + 1)];
}
