/**
 * The door for files: reads any file the person chooses, says what it found, and opens it
 * where it belongs once the person agrees: a role draft becomes a new draft, a backup restores
 * its drafts, a peer pack joins the peer library. Nothing changes until `openFound`.
 */
import type { HandoffEnvelope } from '../../domain/handoff/handoff-envelope';
import type { Choices } from '../../domain/handoff/merge-handoff';
import type { SectionSince } from '../../domain/handoff/since-last-seen';
import type { PeerPackMeta } from '../../domain/peers/peer-pack';
import type { RoleDraft } from '../../domain/role-draft';
import type { RestorePoint } from '../history/restore-points';
import { checkPack, saveCheckedPack } from '../peers/import-pack-file';
import { readBackup } from '../storage/backup-file';
import { applyBackup } from '../storage/restore-backup';
import { addImportedDraft, readDraftFile } from './open-draft';
import { applyHandoff, readHandoffFile } from './open-handoff';
import { readFile, type ChosenFile } from './read-file';
import { decodePack, encodingNote } from '../../domain/peers/decode-pack';
import { quoteText, visibleText } from '../../domain/quote-text';

export type Found =
  | { kind: 'draft'; fileName: string; draft: RoleDraft }
  | {
      kind: 'handoff';
      fileName: string;
      file: HandoffEnvelope;
      mine: RoleDraft | null;
      sections: SectionSince[];
      lastSeenAt: string | null;
    }
  | { kind: 'backup'; fileName: string; drafts: RoleDraft[]; restorePoints: RestorePoint[] }
  | {
      kind: 'peer-pack';
      fileName: string;
      meta: PeerPackMeta;
      profiles: RoleDraft[];
      /** How the file was read, when the person should know (a Windows-1252 CSV); or ''. */
      note: string;
    };

export type Inspected = { ok: true; found: Found } | { ok: false; errors: string[] };

export interface Opened {
  message: string;
  /** The draft to show, when opening the file added one. */
  draftId?: string;
}

export async function inspectFile(
  file: ChosenFile,
  onProgress: (done: number, total: number) => void,
): Promise<Inspected> {
  const read = await readFile(file);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const fileName = read.name;
  if (read.kind === 'draft') {
    const parsed = readDraftFile(read.bytes);
    return parsed.ok
      ? { ok: true, found: { kind: 'draft', fileName, draft: parsed.draft } }
      : { ok: false, errors: [parsed.error] };
  }
  if (read.kind === 'handoff') {
    const handoff = readHandoffFile(read.bytes);
    return handoff.ok
      ? { ok: true, found: { kind: 'handoff', fileName, ...handoff } }
      : { ok: false, errors: [handoff.error] };
  }
  if (read.kind === 'backup') {
    const backup = readBackup(read.bytes);
    return backup.ok
      ? { ok: true, found: { kind: 'backup', fileName, ...backup } }
      : { ok: false, errors: [backup.error] };
  }
  const format = read.kind === 'peer-pack-csv' ? 'csv' : 'json';
  const decoded = decodePack(read.bytes, format);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const checked = await checkPack(fileName, format, decoded.text, onProgress);
  return checked.ok
    ? {
        ok: true,
        found: {
          kind: 'peer-pack',
          fileName,
          meta: checked.meta,
          profiles: checked.pack.profiles,
          note: encodingNote(decoded.encoding),
        },
      }
    : checked;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** What opening a backup did, in words (also said by "Restore from a backup file"). */
export function restoredMessage(added: number, replaced: number): string {
  const kept = replaced > 0 ? ' The versions they replaced are kept as restore points.' : '';
  return `Restored ${plural(added + replaced, 'draft')}: ${added} added, ${replaced} replaced.${kept}`;
}

export async function openFound(
  found: Found,
  choices: Choices = {},
): Promise<{ ok: true; opened: Opened } | { ok: false; errors: string[] }> {
  if (found.kind === 'handoff') {
    return { ok: true, opened: applyHandoff(found.file, choices, new Date()) };
  }
  if (found.kind === 'draft') {
    const { id, name } = addImportedDraft(found.draft);
    return {
      ok: true,
      opened: {
        message: `Imported ${quoteText(name)} from ${visibleText(found.fileName)} as a new draft, now open. Your other drafts are unchanged.`,
        draftId: id,
      },
    };
  }
  if (found.kind === 'backup') {
    const { added, replaced } = applyBackup(found.drafts, found.restorePoints);
    return { ok: true, opened: { message: restoredMessage(added, replaced) } };
  }
  const saved = await saveCheckedPack(found.meta, found.profiles);
  if (!saved.ok) return saved;
  return {
    ok: true,
    opened: {
      message: `Imported the peer pack ${quoteText(found.meta.name)}: ${plural(found.meta.count, 'profile')}. Benchmark compares your drafts with them.`,
    },
  };
}

/** What the file holds, in words, before anything is changed. */
export function describeFound(found: Found, here: Readonly<Record<string, RoleDraft>>): string {
  if (found.kind === 'draft') {
    const { name, responsibilities } = found.draft;
    return `A role draft exported from Keystone: ${quoteText(name.trim() || 'Untitled')}, with ${plural(responsibilities.length, 'responsibility', 'responsibilities')}. Opening it adds it as a new draft; nothing is overwritten.`;
  }
  if (found.kind === 'handoff') {
    const { sentBy, draft } = found.file;
    // Note: names from the file are shown with control and bidirectional characters made visible.
    const who = `${visibleText(sentBy.name.trim()) || 'An unnamed sender'}${sentBy.role.trim() ? ` (${visibleText(sentBy.role.trim())})` : ''}`;
    const record = `${plural(draft.comments.length, 'comment')}, ${plural(draft.signOffs.length, 'sign-off')}`;
    if (!found.mine) {
      return `A hand-off file from ${who}: ${quoteText(draft.name.trim() || 'Untitled')}, with ${record}. This draft is not on this device yet: opening it adds it.`;
    }
    return found.sections.length === 0
      ? `A hand-off file from ${who} of ${quoteText(found.mine.name)}, with ${record}. Its answers are the same as yours; opening it adds its comments, sign-offs and history to yours.`
      : `A hand-off file from ${who} of ${quoteText(found.mine.name)}, with ${record}. ${plural(found.sections.length, 'section')} differ from yours: choose below which to keep. Comments, sign-offs and history from both are kept, and a restore point is made first.`;
  }
  if (found.kind === 'backup') {
    const replacing = found.drafts.filter((d) => Object.hasOwn(here, d.id)).length;
    const points =
      found.restorePoints.length > 0
        ? ` and ${plural(found.restorePoints.length, 'restore point')}`
        : '';
    const effect =
      replacing > 0
        ? ` ${replacing} of them ${replacing === 1 ? 'is' : 'are'} already on this device: restoring replaces ${replacing === 1 ? 'it' : 'them'}, and keeps the version replaced as a restore point.`
        : ' None of them is on this device yet: restoring adds them.';
    return `A Keystone backup with ${plural(found.drafts.length, 'draft')}${points}.${effect}`;
  }
  const { name, source, count, illustrative } = found.meta;
  const kind = illustrative ? ' Its profiles are illustrative, not real roles.' : '';
  return `A peer pack, ${quoteText(name)} (${source ? visibleText(source) : 'no source given'}), with ${plural(count, 'role profile')}.${kind} Opening it adds it to the peer library on this device.${found.note ? ` ${found.note}` : ''}`;
}
