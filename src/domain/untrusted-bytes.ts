/**
 * Bytes read from a file, made into text or parsed JSON with the checks of untrusted-json.ts.
 * Note: a module of its own so that what reads this device's save at start-up
 * (untrusted-json.ts) carries none of what reads files (issue 17).
 */
import { MAX_IMPORT_BYTES, parseUntrustedJson, tooLarge, type ParseResult } from './untrusted-json';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Decodes bytes read from a file as strict UTF-8: a file in another encoding (Windows-1252,
 * UTF-16) is refused with a clear error rather than read as garbled text.
 */
export function decodeUtf8(bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): DecodeResult {
  if (bytes.byteLength > maxBytes)
    return { ok: false, error: tooLarge(bytes.byteLength, maxBytes) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      error:
        'The file is not UTF-8 text. Keystone files are saved as UTF-8; if you edited it, save it again as UTF-8.',
    };
  }
}

/** Bytes from a file to parsed JSON: size, then encoding, then the checks above. */
export function parseUntrustedBytes(bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): ParseResult {
  const decoded = decodeUtf8(bytes, maxBytes);
  return decoded.ok ? parseUntrustedJson(decoded.text, maxBytes) : decoded;
}
