/** Test helper: the full sample draft open on the export screen, and the files it downloads. */
import type { RoleDraft } from '../domain/role-draft';
import { fullDraft } from '../export/sample-drafts';
import { useKeystoneStore } from '../store/keystone-store';

/** Every file handed to URL.createObjectURL since the last setup: what was downloaded. */
export const savedFiles: Blob[] = [];

/** For `beforeEach`: downloads are caught in `savedFiles`, the full draft is open on Export. */
export function openFullDraftOnExport() {
  savedFiles.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    savedFiles.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  const draft = fullDraft();
  useKeystoneStore.setState({
    drafts: { [draft.id]: draft },
    order: [draft.id],
    currentId: draft.id,
    steps: { [draft.id]: 'export' },
  });
}

/** The draft open now, as the store holds it. */
export const currentDraft = (): RoleDraft => {
  const s = useKeystoneStore.getState();
  return s.drafts[s.currentId ?? '']!;
};
