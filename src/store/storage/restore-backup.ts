/**
 * Restores drafts from a backup file that has already been read and checked. Drafts whose id is
 * already here are replaced, each one kept first as a restore point; others are added. One store
 * update, so a single "Undo" takes the whole restore back.
 */
import type { RoleDraft } from '../../domain/role-draft';
import { hasOwnKey } from '../../domain/own-key';
import { useKeystoneStore } from '../keystone-store';
import { mergePoints } from '../history/restore-points';
import type { RestorePoint } from '../history/restore-points';
import { saveRestorePoints, snapshotBeforeImport } from '../history/restore-point-store';

export interface RestoreSummary {
  added: number;
  replaced: number;
}

export function applyBackup(
  drafts: readonly RoleDraft[],
  restorePoints: readonly RestorePoint[],
): RestoreSummary {
  const existing = useKeystoneStore.getState().drafts;
  const replacedIds = drafts.filter((d) => hasOwnKey(existing, d.id)).map((d) => d.id);
  snapshotBeforeImport(replacedIds);
  useKeystoneStore.setState((s) => {
    const next = { ...s.drafts };
    const order = [...s.order];
    const steps = { ...s.steps };
    for (const draft of drafts) {
      if (!hasOwnKey(next, draft.id)) order.push(draft.id);
      next[draft.id] = draft;
      if (!hasOwnKey(steps, draft.id)) steps[draft.id] = 'context';
    }
    return { drafts: next, order, steps, currentId: s.currentId ?? order[0] ?? null };
  });
  if (restorePoints.length > 0) {
    saveRestorePoints(mergePoints(useKeystoneStore.getState().restorePoints, restorePoints));
  }
  return { added: drafts.length - replacedIds.length, replaced: replacedIds.length };
}
