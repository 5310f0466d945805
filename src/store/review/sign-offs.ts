/** Recording an approval of the draft as it is, and checking each recorded approval against it. */
import { own } from '../../domain/own-key';
import { MAX_APPROVED } from '../../domain/draft-fields/draft-fields';
import { canonicalDraft } from '../../domain/handoff/canonical-draft';
import { signOffState, type SignOff, type SignOffState } from '../../domain/handoff/sign-off-check';
import { newId } from '../../domain/new-id';
import type { RoleDraft } from '../../domain/role-draft';
import { useKeystoneStore } from '../keystone-store';
import { sha256Hex } from './fingerprint';

export interface Approver {
  name: string;
  role: string;
}

export async function recordApproval(draftId: string, by: Approver, now: Date): Promise<SignOff> {
  const draft = own(useKeystoneStore.getState().drafts, draftId);
  if (!draft) throw new Error('The draft is no longer there.');
  const content = canonicalDraft(draft);
  const signOff: SignOff = {
    id: newId('sign-off'),
    name: by.name.trim().slice(0, 200),
    role: by.role.trim().slice(0, 200),
    approvedAt: now.toISOString(),
    fingerprint: await sha256Hex(content),
    // Note: a draft too large to keep keeps its fingerprint only; what changed then cannot be shown.
    approved: content.length <= MAX_APPROVED ? content : null,
  };
  useKeystoneStore
    .getState()
    .updateDraft(draftId, (d) => ({ ...d, signOffs: [...d.signOffs, signOff] }));
  return signOff;
}

export async function checkSignOffs(draft: RoleDraft): Promise<SignOffState[]> {
  const now = await sha256Hex(canonicalDraft(draft));
  return Promise.all(
    draft.signOffs.map(async (s) =>
      signOffState(draft, s, now, s.approved === null ? null : await sha256Hex(s.approved)),
    ),
  );
}
