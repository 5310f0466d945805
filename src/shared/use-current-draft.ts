import type { RoleDraft } from '../domain/role-draft';
import { useKeystoneStore } from '../store/keystone-store';
import { knownViewOr, type ViewId } from '../store/views';
import { own } from '../domain/own-key';

/** The draft the user has open. The shell makes sure there is one before it renders a step. */
export function useCurrentDraft(): RoleDraft {
  const draft = useKeystoneStore((s) => (s.currentId ? own(s.drafts, s.currentId) : undefined));
  if (!draft) throw new Error('No draft is open.');
  return draft;
}

/**
 * The step or view the open draft is on; a draft starts on the first step. Checked again here,
 * not only when saved data is read, because an unknown view would leave nothing to show.
 */
export function useCurrentView(): ViewId {
  return useKeystoneStore(currentView);
}

/** The open draft's view in a state of the store (useCurrentView, and main.tsx before React starts). */
export const currentView = (s: {
  readonly currentId: string | null;
  readonly steps: Readonly<Record<string, unknown>>;
}): ViewId => knownViewOr(s.currentId ? own(s.steps, s.currentId) : undefined);

/** Moves the open draft to another step or view. */
export function useGoTo(): (view: ViewId) => void {
  const setStep = useKeystoneStore((s) => s.setStep);
  const currentId = useKeystoneStore((s) => s.currentId);
  return (view) => {
    if (currentId) setStep(currentId, view);
  };
}
