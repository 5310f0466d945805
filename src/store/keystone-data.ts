/**
 * What the one store saves: the person's drafts and where they are in each. Apart from the store
 * (keystone-store.ts) so that the modules that read, write and migrate the saved data can name
 * its shape without importing the store they serve.
 */
import type { RoleDraft } from '../domain/role-draft';
import type { ViewId } from './views';

export interface KeystoneData {
  drafts: Record<string, RoleDraft>;
  /** Draft ids in the order the user sees them. */
  order: string[];
  currentId: string | null;
  /** The step or view each draft was last open on. */
  steps: Record<string, ViewId>;
}

export const initialData: KeystoneData = { drafts: {}, order: [], currentId: null, steps: {} };
