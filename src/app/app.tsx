/** The app: makes sure a draft is open, then shows the shell around it. */
import { useEffect } from 'react';
import { quietly } from '../store/history/quiet';
import { useKeystoneStore } from '../store/keystone-store';
import { Shell } from './shell';
import { hasOwnKey } from '../domain/own-key';

export const FIRST_DRAFT_NAME = 'Untitled role';

/**
 * Opens a draft when none is: the first in the list, or a new one on a first visit. Quietly: the
 * app opens a draft by itself, so there is no edit here to undo.
 */
export function ensureDraftOpen(): void {
  // Read the latest state: under StrictMode the effect runs twice, and must create one draft only.
  const state = useKeystoneStore.getState();
  if (state.currentId !== null && hasOwnKey(state.drafts, state.currentId)) return;
  const first = state.order.find((id) => hasOwnKey(state.drafts, id));
  quietly(() => (first ? state.selectDraft(first) : void state.createDraft(FIRST_DRAFT_NAME)));
}

export function App() {
  const hasDraft = useKeystoneStore(
    (s) => s.currentId !== null && hasOwnKey(s.drafts, s.currentId),
  );
  // Note: main.tsx opens one before the first render, so that render is the shell (issue 17:
  // rendering nothing first blanked the first screen's copy for about 300 ms); this is for later,
  // when the open draft goes (deleted here or in another tab).
  useEffect(() => {
    if (!hasDraft) ensureDraftOpen();
  }, [hasDraft]);
  return hasDraft ? <Shell /> : null;
}
