/**
 * Hand-off files in and out. "Send for review" stamps the draft's history with who sent which
 * version and saves the file; opening one either adds the draft (with its own id, so the next
 * hand-off is recognised) or, when this device has it, applies the person's choice for each
 * section after making a restore point, so nothing is lost either way.
 */
import { mergeHandoff, type Choices } from '../../domain/handoff/merge-handoff';
import { changesSinceLastSeen, type SectionSince } from '../../domain/handoff/since-last-seen';
import { RESERVED_KEYS, own } from '../../domain/own-key';
import type { HandoffEnvelope } from '../../domain/handoff/handoff-envelope';
import { parseHandoff, toHandoffJson, type Sender } from '../../domain/handoff/handoff-file';
import { newId } from '../../domain/new-id';
import { DRAFT_FIELDS } from '../../domain/draft-fields/draft-fields';
import { quoteText, visibleText } from '../../domain/quote-text';
import { MAX_LIST, type RoleDraft } from '../../domain/role-draft';
import { decodeUtf8 } from '../../domain/untrusted-bytes';
import { takeRestorePoint } from '../history/restore-point-store';
import { lastSeenInHandoff } from '../history/restore-points';
import { useKeystoneStore } from '../keystone-store';
import { fingerprintDraft } from '../review/fingerprint';

export type ReadHandoff =
  | {
      ok: true;
      file: HandoffEnvelope;
      mine: RoleDraft | null;
      sections: SectionSince[];
      /** When this device last sent or received the draft (what the changes are counted from). */
      lastSeenAt: string | null;
    }
  | { ok: false; error: string };

/**
 * Reads a hand-off file and compares it with this device's version of the draft, if any: what
 * differs now, and who changed it since this device last sent or received the draft.
 */
export function readHandoffFile(bytes: Uint8Array): ReadHandoff {
  const decoded = decodeUtf8(bytes);
  const parsed = decoded.ok ? parseHandoff(decoded.text) : decoded;
  if (!parsed.ok) return parsed;
  // A draft id that every object answers to ("__proto__", "toString") can be no draft here:
  // it gets a fresh one, as a saved draft's does (own-key.ts).
  const { draft } = parsed.file;
  const file = RESERVED_KEYS.has(draft.id)
    ? { ...parsed.file, draft: { ...draft, id: newId('draft') } }
    : parsed.file;
  const state = useKeystoneStore.getState();
  const incoming = file.draft;
  const mine = own(state.drafts, incoming.id) ?? null;
  const base = mine ? lastSeenInHandoff(state.restorePoints, incoming.id) : null;
  const sections = mine ? changesSinceLastSeen(base?.draft ?? null, mine, incoming) : [];
  return { ok: true, file, mine, sections, lastSeenAt: base?.createdAt ?? null };
}

/** Keeps the version just sent or received, so the next hand-off is compared with it. */
const rememberSeen = (draft: RoleDraft, now: Date) =>
  takeRestorePoint(draft, 'handoff-seen', '', now);

/** The hand-off file of a draft as it is now; its history gains this send. */
export async function sendForReview(
  draftId: string,
  sender: Sender,
  now: Date,
): Promise<{ fileName: string; text: string }> {
  const store = useKeystoneStore.getState();
  const draft = own(store.drafts, draftId);
  if (!draft) throw new Error('The draft is no longer there.');
  const sentAt = now.toISOString();
  const entry = {
    id: newId('handoff'),
    sentBy: sender.name.trim().slice(0, 200),
    role: sender.role.trim().slice(0, 200),
    sentAt,
    fingerprint: await fingerprintDraft(draft),
  };
  const sent = { ...draft, handoffs: [...draft.handoffs, entry] };
  store.updateDraft(draftId, () => sent);
  rememberSeen(useKeystoneStore.getState().drafts[draftId] ?? sent, now);
  const slug = (draft.name.trim() || 'role draft')
    .replace(/[^\w\- ]+/g, '')
    .trim()
    .replace(/\s+/g, '-');
  return {
    fileName: `${slug || 'role-draft'}-for-review-${sentAt.slice(0, 10)}.keystone-handoff.json`,
    text: toHandoffJson(sent, { name: entry.sentBy, role: entry.role }, sentAt),
  };
}

/** Opens a hand-off file that was read; returns what was done, in words. */
export function applyHandoff(
  file: HandoffEnvelope,
  choices: Choices,
  now: Date,
): { message: string; draftId: string } {
  const store = useKeystoneStore.getState();
  const incoming = file.draft;
  const sender = file.sentBy.name.trim() || 'an unnamed sender';
  const from = visibleText(sender);
  const mine = own(store.drafts, incoming.id);
  if (!mine) {
    store.restoreDraft(incoming, store.order.length, 'handoff');
    rememberSeen(incoming, now);
    return {
      message: `Opened ${quoteText(incoming.name)} from ${from}’s hand-off file. It is new on this device.`,
      draftId: incoming.id,
    };
  }
  takeRestorePoint(mine, 'before-import', `Before the hand-off from ${from}`, now);
  const merged = mergeHandoff(mine, incoming, choices, now.toISOString());
  store.updateDraft(mine.id, () => merged.draft);
  rememberSeen(incoming, now);
  let copy = '';
  if (merged.keepIncomingCopy) {
    const copyId = store.createDraft(`${incoming.name} (from ${sender})`, incoming);
    const lists = merged.tooLong.map((s) => DRAFT_FIELDS[s].label.toLowerCase()).join(' and ');
    copy =
      lists === ''
        ? ' The incoming version is also kept as a separate draft.'
        : ` Together the ${lists} would pass ${MAX_LIST} items, so yours are kept here and the incoming version is kept whole as a separate draft.`;
    store.selectDraft(mine.id);
    void copyId;
  }
  store.setStep(mine.id, 'handoff');
  return {
    message: `Applied the hand-off from ${from} to ${quoteText(mine.name)}. Your version before it is kept as a restore point.${copy}`,
    draftId: mine.id,
  };
}
