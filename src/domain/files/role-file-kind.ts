/**
 * What a job description file is, from its first bytes and its name, and the limits Keystone
 * reads it within. Each refusal says what to do instead: a person with a job description in an
 * unreadable form can always paste its text.
 */
import { zipEntries } from './zip-entries';

export type RoleFileKind = 'docx' | 'pdf' | 'text';

/** A five-page job description is well under 1 MB; a Word file with a logo or two a few MB. */
export const MAX_ROLE_FILE_BYTES = 20 * 1_048_576;
/** What a Word file may unpack to: the text of a book, many times over a job description. */
export const MAX_DOCX_UNPACKED = 100 * 1_048_576;
/** Deflate reaches about 1:10 on XML; 1:200 on a large part is a zip bomb, not a document. */
export const MAX_DOCX_RATIO = 200;

export const PASTE_INSTEAD = 'paste the text into the box instead';

export type RoleFileCheck = { ok: true; kind: RoleFileKind } | { ok: false; error: string };

const starts = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

const extension = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';

const fail = (error: string): RoleFileCheck => ({ ok: false, error });

/** Recognises a job description file; `head` is its first bytes (at least 8 where it has them). */
export function recogniseRoleFile(name: string, head: Uint8Array): RoleFileCheck {
  const ext = extension(name);
  if (starts(head, PDF)) return { ok: true, kind: 'pdf' };
  if (starts(head, OLE))
    return fail(
      `This is an old Word (.doc) file, which Keystone cannot read. Open it in Word or LibreOffice and save it as .docx, or ${PASTE_INSTEAD}.`,
    );
  if (starts(head, RTF))
    return fail(`This is a Rich Text (.rtf) file. Save it as .docx, or ${PASTE_INSTEAD}.`);
  if (starts(head, ZIP)) {
    if (['xlsx', 'pptx', 'odt', 'ods', 'odp', 'zip'].includes(ext))
      return fail(
        `Keystone reads job descriptions from Word (.docx), PDF and plain text files; this looks like a .${ext} file. Save it as .docx, or ${PASTE_INSTEAD}.`,
      );
    return { ok: true, kind: 'docx' };
  }
  if (ext === 'docx')
    return fail(
      `This file is named .docx but is not a Word document (it is not a zip file). Open it in Word and save it again, or ${PASTE_INSTEAD}.`,
    );
  if (ext === 'pdf')
    return fail(
      `This file is named .pdf but is not a PDF document. Save it again as PDF, or ${PASTE_INSTEAD}.`,
    );
  if (ext === 'doc')
    return fail(
      `This .doc file is not one Keystone can read. Save it as .docx, or ${PASTE_INSTEAD}.`,
    );
  // Note: a NUL byte in the first bytes means binary: text files never hold one.
  if (head.includes(0))
    return fail(
      `This is not a file Keystone can read. It reads Word (.docx), PDF (.pdf) and plain text (.txt, .md) files; or ${PASTE_INSTEAD}.`,
    );
  return { ok: true, kind: 'text' };
}

/** Checks a Word file's table of contents before it is unpacked. */
export function checkDocx(bytes: Uint8Array): string | null {
  const directory = zipEntries(bytes);
  if (!directory.ok)
    return directory.problem === 'zip64'
      ? `This Word file is packed in a way Keystone does not read (zip64). Open it in Word and save it again, or ${PASTE_INSTEAD}.`
      : `This file is damaged or is not really a Word document. Open it in Word and save it again, or ${PASTE_INSTEAD}.`;
  const { entries } = directory;
  if (!entries.some((e) => e.name === 'word/document.xml'))
    return `This zip file is not a Word document (it has no document text). Save the job description as .docx, or ${PASTE_INSTEAD}.`;
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  const bomb = entries.some(
    (e) => e.uncompressed > 1_048_576 && e.uncompressed > e.compressed * MAX_DOCX_RATIO,
  );
  if (unpacked > MAX_DOCX_UNPACKED || bomb)
    return `This Word file would unpack to ${(unpacked / 1_048_576).toFixed(0)} MB, far more than any job description: Keystone does not open it. Save the text again as a new .docx, or ${PASTE_INSTEAD}.`;
  return null;
}
