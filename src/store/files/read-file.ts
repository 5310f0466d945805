/**
 * The one reader of files the person chooses: the size and type checks in one place, for the
 * door ("Open a file") and for every shortcut that opens one kind of file. A file is recognised
 * from its first bytes before the rest is read, so a file too large for its kind is refused
 * without reading it into memory.
 */
import {
  FILE_KINDS,
  HEAD_BYTES,
  MAX_OPEN_BYTES,
  type OpenableKind,
} from '../../domain/files/file-kinds';
import { recogniseFile } from '../../domain/files/recognise-file';
import { tooLarge } from '../../domain/untrusted-json';

/** What a browser gives for a chosen file (a File), or a test. */
export interface ChosenFile {
  name: string;
  type: string;
  size: number;
  slice: (start: number, end: number) => Blob;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

export type ReadFile =
  { ok: true; kind: OpenableKind; name: string; bytes: Uint8Array } | { ok: false; error: string };

const fail = (error: string): ReadFile => ({ ok: false, error });

async function bytesOf(read: () => Promise<ArrayBuffer>): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await read());
  } catch {
    return null;
  }
}

const NOT_READ =
  'The file could not be read from the disk. Check that it is still there, then try again.';

/**
 * Reads `file` and says what it is. With `only`, a shortcut that opens certain kinds: a file of
 * another kind Keystone knows is refused with where it goes instead, and a file it does not
 * recognise goes to the first of them, whose own reader then says what is wrong with it.
 */
export async function readFile(
  file: ChosenFile,
  only?: readonly [OpenableKind, ...OpenableKind[]],
): Promise<ReadFile> {
  const limit = only ? Math.max(...only.map((k) => FILE_KINDS[k].maxBytes)) : MAX_OPEN_BYTES;
  // Note: the size first, so a huge file is refused without being read into memory.
  if (file.size > limit) return fail(tooLarge(file.size, limit));
  const head = await bytesOf(() => file.slice(0, HEAD_BYTES).arrayBuffer());
  if (!head) return fail(NOT_READ);
  const found = recogniseFile(file.name, file.type, head);
  let kind: OpenableKind;
  if (!only) {
    if (!found.ok) return fail(found.error);
    kind = found.kind;
  } else if (found.ok && !only.includes(found.kind)) {
    return fail(
      `This file is ${FILE_KINDS[found.kind].noun}, not ${FILE_KINDS[only[0]].noun}. Open it with “Open a file”, which recognises every kind of file Keystone opens.`,
    );
  } else {
    kind = found.ok ? found.kind : only[0];
  }
  const { maxBytes } = FILE_KINDS[kind];
  if (file.size > maxBytes) return fail(tooLarge(file.size, maxBytes));
  const bytes = file.size <= HEAD_BYTES ? head : await bytesOf(() => file.arrayBuffer());
  if (!bytes) return fail(NOT_READ);
  return { ok: true, kind, name: file.name, bytes };
}
