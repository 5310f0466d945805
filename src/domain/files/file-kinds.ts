/**
 * The kinds of file Keystone can be given, and what each may weigh. One table, read by the one
 * door for files ("Open a file") and by every shortcut that opens one kind directly, so that the
 * size and type rules live in one place.
 */
import { MAX_PACK_BYTES } from '../peers/peer-pack';
import { MAX_IMPORT_BYTES } from '../untrusted-json';

export type OpenableKind = 'draft' | 'handoff' | 'backup' | 'peer-pack-json' | 'peer-pack-csv';

export interface KindInfo {
  /** What the file is, as the person is told it: "a role draft". */
  noun: string;
  /** The largest file of this kind Keystone reads; larger ones are refused before reading. */
  maxBytes: number;
}

export const FILE_KINDS: Record<OpenableKind, KindInfo> = {
  draft: { noun: 'a role draft exported from Keystone', maxBytes: MAX_IMPORT_BYTES },
  handoff: { noun: 'a hand-off file sent for review from Keystone', maxBytes: MAX_IMPORT_BYTES },
  backup: { noun: 'a Keystone backup of all drafts', maxBytes: MAX_IMPORT_BYTES },
  'peer-pack-json': { noun: 'a peer pack (JSON)', maxBytes: MAX_PACK_BYTES },
  'peer-pack-csv': { noun: 'a peer pack (CSV)', maxBytes: MAX_PACK_BYTES },
};

/** No file Keystone opens is larger than this, so nothing larger is read at all. */
export const MAX_OPEN_BYTES = Math.max(...Object.values(FILE_KINDS).map((k) => k.maxBytes));

/** How much of the start of a file is read to recognise it. */
export const HEAD_BYTES = 64 * 1024;

/** What the door says it can open, for hints and for an unrecognised file. */
export const OPENS =
  'Keystone opens a role draft, a hand-off file or a backup that it saved (.json), and peer packs (.json or .csv).';
