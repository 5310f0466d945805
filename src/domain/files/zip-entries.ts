/**
 * Reads a zip file's central directory (its table of contents at the end) without inflating
 * anything, so a Word file can be checked before a library unpacks it: a file that is not a zip
 * at all, or a zip bomb (a few kilobytes that claim gigabytes), is refused before it costs memory.
 */

export interface ZipEntry {
  readonly name: string;
  readonly compressed: number;
  readonly uncompressed: number;
}

export type ZipDirectory =
  { ok: true; entries: readonly ZipEntry[] } | { ok: false; problem: 'not-zip' | 'zip64' };

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

export function zipEntries(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_SEARCH); i -= 1) {
    if (view.getUint32(i, true) === END_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, problem: 'not-zip' };
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  // Note: a zip64 archive marks these with all ones; no Word document needs one.
  if (count === 0xffff || start === 0xffffffff) return { ok: false, problem: 'zip64' };
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = start;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== ENTRY_SIGNATURE)
      return { ok: false, problem: 'not-zip' };
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff)
      return { ok: false, problem: 'zip64' };
    if (at + 46 + nameLength > bytes.length) return { ok: false, problem: 'not-zip' };
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressed, uncompressed });
    at += 46 + nameLength + extra + comment;
  }
  return { ok: true, entries };
}
