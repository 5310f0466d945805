import type * as z from 'zod/mini';
import type { RoleDraft } from '../../domain/role-draft';
import { keepTextIn } from '../../domain/text-rule';
import { useKeystoneStore } from '../../store/keystone-store';
import { pickValid } from './pick-valid';
import { own } from '../../domain/own-key';

type SectionKey = 'context' | 'remit' | 'authority' | 'responsibilities' | 'personSpec';

export const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes one section of a draft, unless it already holds that value: a keystroke that changes
 * nothing must not stamp the draft as changed or add a step to the undo history. Returns the
 * section as it now stands in the store.
 */
export function writeSection<K extends SectionKey>(
  draftId: string,
  key: K,
  make: (current: RoleDraft[K]) => RoleDraft[K],
): RoleDraft[K] {
  const store = useKeystoneStore.getState();
  const draft = own(store.drafts, draftId);
  if (!draft) throw new Error('The draft is no longer there.');
  // Note: as the store keeps it (text-rule.ts), so a pasted line break is not a change each time.
  const next = keepTextIn(make(draft[key]));
  if (sameValue(next, draft[key])) return draft[key];
  store.updateDraft(draftId, (d) => ({ ...d, [key]: next }));
  return next;
}

/**
 * Writes the fields of a one-level section (context, remit, authority) that its domain schema
 * accepts, and keeps the stored value of the rest.
 */
export function writeValidFields<K extends 'context' | 'remit' | 'authority'>(
  draftId: string,
  key: K,
  shape: Record<string, z.ZodMiniType>,
  values: Record<string, unknown>,
): RoleDraft[K] {
  return writeSection(draftId, key, (current) => ({
    ...current,
    ...pickValid<RoleDraft[K]>(shape, values),
  }));
}
