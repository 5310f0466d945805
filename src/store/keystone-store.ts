/**
 * The one store: the user's drafts and where they are in each. Scores, benchmarks and documents
 * are derived from drafts, never stored. Persisted, versioned from the first release; see
 * migrations.ts for the path from every past version.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { initialData, type KeystoneData } from './keystone-data';
import { emptyDraft } from '../domain/empty-draft';
import type { RoleDraft } from '../domain/role-draft';
import { keepText, keepTextIn } from '../domain/text-rule';
import { STORE_VERSION } from './migrations';
import { createRestorePointsSlice, type RestorePointsSlice } from './history/restore-points-slice';
import { createUndoSlice, type UndoSlice } from './history/undo-slice';
import { createPeerPacksSlice, type PeerPacksSlice } from './peers/peer-packs-slice';
import { keystoneStorage } from './storage/keystone-storage';
import { saveOnlyChanges } from './storage/save-only-changes';
import { createStorageStatusSlice, type StorageStatusSlice } from './storage/storage-status-slice';
import { createTypedNumbersSlice, type TypedNumbersSlice } from './typed/typed-numbers-slice';
import { FIRST_VIEW, type ViewId } from './views';
import { own } from '../domain/own-key';

export interface KeystoneActions {
  createDraft: (name: string, from?: RoleDraft) => string;
  updateDraft: (id: string, recipe: (draft: RoleDraft) => RoleDraft) => void;
  renameDraft: (id: string, name: string) => void;
  duplicateDraft: (id: string) => string | null;
  deleteDraft: (id: string) => void;
  restoreDraft: (draft: RoleDraft, index: number, step?: ViewId) => void;
  selectDraft: (id: string) => void;
  setStep: (id: string, step: ViewId) => void;
}

/** The saved data and its actions, then slices kept in memory only (partialize leaves them out). */
export type KeystoneState = KeystoneData &
  KeystoneActions &
  PeerPacksSlice &
  StorageStatusSlice &
  UndoSlice &
  RestorePointsSlice &
  TypedNumbersSlice;

export const STORAGE_KEY = 'keystone';

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const now = () => new Date().toISOString();

export const useKeystoneStore = create<KeystoneState>()(
  persist(
    (set, get) => ({
      ...initialData,
      ...createPeerPacksSlice(set),
      ...createStorageStatusSlice(set),
      ...createUndoSlice(),
      ...createRestorePointsSlice(),
      ...createTypedNumbersSlice(set),

      createDraft: (name, from) => {
        const id = newId();
        const stamp = now();
        const draft = from
          ? {
              ...keepTextIn(structuredClone(from)),
              id,
              name: keepText(name),
              createdAt: stamp,
              updatedAt: stamp,
            }
          : emptyDraft(id, keepText(name), stamp);
        set((s) => ({
          drafts: { ...s.drafts, [id]: draft },
          order: [...s.order, id],
          currentId: id,
          steps: { ...s.steps, [id]: FIRST_VIEW },
        }));
        return id;
      },

      updateDraft: (id, recipe) =>
        set((s) => {
          const draft = own(s.drafts, id);
          if (!draft) return s;
          // Note: every edit passes the text rule, whatever screen made it (text-rule.ts).
          const next = keepTextIn(recipe(draft));
          return { drafts: { ...s.drafts, [id]: { ...next, id, updatedAt: now() } } };
        }),

      renameDraft: (id, name) => get().updateDraft(id, (d) => ({ ...d, name })),

      duplicateDraft: (id) => {
        const draft = own(get().drafts, id);
        if (!draft) return null;
        return get().createDraft(`${draft.name} (copy)`, draft);
      },

      deleteDraft: (id) =>
        set((s) => {
          if (!own(s.drafts, id)) return s;
          const drafts = { ...s.drafts };
          delete drafts[id];
          const steps = { ...s.steps };
          delete steps[id];
          const order = s.order.filter((d) => d !== id);
          const currentId = s.currentId === id ? (order[0] ?? null) : s.currentId;
          return { drafts, steps, order, currentId };
        }),

      restoreDraft: (draft, index, step = FIRST_VIEW) =>
        set((s) => {
          const order = s.order.filter((d) => d !== draft.id);
          order.splice(Math.max(0, Math.min(index, order.length)), 0, draft.id);
          return {
            drafts: { ...s.drafts, [draft.id]: draft },
            order,
            currentId: draft.id,
            steps: { ...s.steps, [draft.id]: step },
          };
        }),

      selectDraft: (id) => set((s) => (own(s.drafts, id) ? { currentId: id } : s)),

      setStep: (id, step) => set((s) => ({ steps: { ...s.steps, [id]: step } })),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      // Note: a checked, versioned, conflict-aware localStorage adapter; why in keystone-storage.ts.
      storage: saveOnlyChanges(keystoneStorage, initialData),
      partialize: ({ drafts, order, currentId, steps }) => ({ drafts, order, currentId, steps }),
      // Note: no `migrate` here. The adapter migrates and validates draft by draft as it reads
      // (storage/read-saved-data.ts), so one bad draft cannot cost the others, and it hands
      // persist data already at STORE_VERSION: persist's own migrate could never run.
      // Note: reading the save reports problems into the store, so it waits until the store exists.
      skipHydration: true,
    },
  ),
);

// The adapter reads localStorage synchronously, so the saved drafts are in place when this returns.
void useKeystoneStore.persist.rehydrate();
