/**
 * Whether each recorded approval is of the draft as it is now. A sign-off keeps the SHA-256 of
 * the approved content and that content itself, so Keystone can say "approved an earlier
 * version" and show what has changed since; when the kept content no longer hashes to the
 * fingerprint, the record itself was altered after it was made. It records agreement; it is not
 * an electronic signature.
 */
import { diffDrafts, type DraftChange } from '../draft-diff';
import { draftSchemas, type RoleDraft } from '../role-draft';

export type SignOff = RoleDraft['signOffs'][number];

export type SignOffState =
  { state: 'current' } | { state: 'earlier'; changes: DraftChange[] | null } | { state: 'altered' };

/**
 * `now` is the fingerprint of the draft as it is; `kept` that of the sign-off's kept content
 * (null when it kept none). Both are computed by the caller (Web Crypto is asynchronous).
 */
export function signOffState(
  draft: RoleDraft,
  signOff: SignOff,
  now: string,
  kept: string | null,
): SignOffState {
  if (kept !== null && kept !== signOff.fingerprint) return { state: 'altered' };
  if (now === signOff.fingerprint) return { state: 'current' };
  return { state: 'earlier', changes: changesSince(draft, signOff.approved) };
}

/** What changed from the approved content to the draft now, or null if it cannot be read. */
function changesSince(draft: RoleDraft, approved: string | null): DraftChange[] | null {
  if (approved === null) return null;
  try {
    const content: unknown = JSON.parse(approved);
    if (content === null || typeof content !== 'object' || Array.isArray(content)) return null;
    const then = draftSchemas().draft.safeParse({ ...draft, ...content });
    return then.success ? diffDrafts(then.data, draft) : null;
  } catch {
    return null;
  }
}
