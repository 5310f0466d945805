/**
 * A peer pack's bytes as text, never with letters silently replaced by "�". UTF-8 is read as
 * it is. A CSV that is not UTF-8 is most often one Excel saved on Windows in Windows-1252 (the
 * default on many UK desktops), where "Siân" is one byte per letter: it is read as Windows-1252
 * and the person is told so (every byte is a character there, so nothing becomes "�"). A file
 * holding NUL bytes is neither (UTF-16, or not text) and is refused, as is a JSON pack that is
 * not UTF-8: Keystone writes JSON as UTF-8 only.
 */
import { decodeUtf8 } from '../untrusted-bytes';

export const CSV_NOT_UTF8 =
  'The file is not saved as UTF-8, so letters such as â, é or ŵ would be read wrongly. Nothing was imported. In Excel, choose File, Save As, and the type “CSV UTF-8 (Comma delimited)”, then open the new file.';

export const READ_AS_WINDOWS_1252 =
  'The file was saved as Windows-1252 (as Excel on Windows saves a CSV), not UTF-8, so Keystone read it as Windows-1252. Check that names with accents, such as Siân, read correctly; if they do not, save the file in Excel as “CSV UTF-8 (Comma delimited)” and import that instead.';

export type PackText =
  { ok: true; text: string; encoding: PackEncoding } | { ok: false; error: string };

export function decodePack(bytes: Uint8Array, format: 'csv' | 'json'): PackText {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { ...decoded, encoding: 'utf-8' };
  if (format === 'json' || decoded.error.startsWith('The file is too large')) return decoded;
  if (bytes.includes(0)) return { ok: false, error: CSV_NOT_UTF8 };
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Windows-1252's 0x80–0x9F (curly quotes, dashes, €, …); the five it leaves unassigned stay C1
 * controls, which the text rule then refuses by name. Every other byte is its Latin-1 letter.
 * Note: a table, not TextDecoder('windows-1252'): Node's decoder treats that label as Latin-1
 * (nodejs/node#56542), so tests and browsers would read “ differently.
 */
const HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}

export type PackEncoding = 'utf-8' | 'windows-1252';

/** What to tell the person about how the file was read: nothing for UTF-8. */
export const encodingNote = (encoding: PackEncoding): string =>
  encoding === 'windows-1252' ? READ_AS_WINDOWS_1252 : '';
