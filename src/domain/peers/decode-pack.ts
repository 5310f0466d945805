/**
 * A peer pack's bytes as text, strictly: a file that is not UTF-8 is refused, never read with
 * its letters replaced by "�". A CSV saved by Excel on Windows is often Windows-1252, where
 * "Siân" is one byte per letter; read as UTF-8 it would become "Si�n" without a word.
 */
import { decodeUtf8, type DecodeResult } from '../untrusted-json';

export const CSV_NOT_UTF8 =
  'The file is not saved as UTF-8, so letters such as â, é or ŵ would be read wrongly. Nothing was imported. In Excel, choose File, Save As, and the type “CSV UTF-8 (Comma delimited)”, then open the new file.';

export function decodePack(bytes: Uint8Array, format: 'csv' | 'json'): DecodeResult {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok || format === 'json' || decoded.error.startsWith('The file is too large'))
    return decoded;
  return { ok: false, error: CSV_NOT_UTF8 };
}
