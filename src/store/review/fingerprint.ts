/**
 * The fingerprint of a version of a draft: the SHA-256 (Web Crypto, on this device; nothing is
 * sent anywhere) of its canonical content (domain/handoff/canonical-draft.ts), in hex.
 */
import { canonicalDraft } from '../../domain/handoff/canonical-draft';
import type { RoleDraft } from '../../domain/role-draft';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const fingerprintDraft = (draft: RoleDraft): Promise<string> =>
  sha256Hex(canonicalDraft(draft));
