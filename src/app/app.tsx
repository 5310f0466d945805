/** The app: makes sure a draft is open, then shows the shell around it. */
import { useEffect } from 'react';
import { quietly } from '../store/history/quiet';
import { useKeystoneStore } from '../store/keystone-store';
import { Shell } from './shell';
import { hasOwnKey } from '../domain/own-key';

export const FIRST_DRAFT_NAME = 'Untitled role';

export function App() {
  const hasDraft = useKeystoneStore(
    (s) => s.currentId !== null && hasOwnKey(s.drafts, s.currentId),
  );
  useEffect(() => {
    if (hasDraft) return;
    // Read the latest state: under StrictMode this runs twice, and must create one draft only.
    const state = useKeystoneStore.getState();
    if (state.currentId !== null && hasOwnKey(state.drafts, state.currentId)) return;
    const first = state.order.find((id) => hasOwnKey(state.drafts, id));
    // Quietly: the app opens a draft by itself, so there is no edit here to undo (the storage
    // services are already watching; src/app/start-services.ts).
    quietly(() => (first ? state.selectDraft(first) : void state.createDraft(FIRST_DRAFT_NAME)));
  }, [hasDraft]);
  return hasDraft ? <Shell /> : null;
}
