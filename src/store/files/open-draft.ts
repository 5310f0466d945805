/**
 * A role draft from an exchange file: read without trusting it, then added as a new draft,
 * never overwriting one (it gets a new id, and a name of its own when the name is taken).
 */
import { parseExchange, type ParseExchangeResult } from '../../domain/exchange/draft-exchange';
import type { RoleDraft } from '../../domain/role-draft';
import { decodeUtf8 } from '../../domain/untrusted-bytes';
import { useKeystoneStore } from '../keystone-store';

export function readDraftFile(bytes: Uint8Array): ParseExchangeResult {
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? parseExchange(decoded.text) : decoded;
}

/** Adds the draft as a new one and opens it; returns its id and the name it was given. */
export function addImportedDraft(draft: RoleDraft): { id: string; name: string } {
  const { drafts, createDraft } = useKeystoneStore.getState();
  const taken = new Set(Object.values(drafts).map((d) => d.name));
  const base = draft.name.trim() || 'Imported draft';
  const name = taken.has(base) ? `${base} (imported)` : base;
  return { id: createDraft(name, draft), name };
}
