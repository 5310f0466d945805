/**
 * Parses text from outside (an import, a backup, saved data) without trusting it: a size limit
 * before decoding or parsing, strict UTF-8, a depth limit after parsing, prototype-polluting keys
 * ("__proto__", "constructor", "prototype") refused, and control characters refused in imports.
 * Every import in Keystone goes through here. Errors are plain sentences a person can act on.
 */

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: string };

export interface ParseOptions {
  /**
   * Refuse strings holding control characters (other than tab, line feed and carriage return)
   * or broken UTF-16. On for imports; the loader of this device's own saved data turns it off,
   * so that a character pasted from a word processor can never make a whole draft unreadable.
   */
  refuseControlCharacters?: boolean;
}

// Note: C0 controls except \t \n \r, DEL, C1 controls, and lone surrogates (invalid text).
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/**
 * What the whole text is scanned for before parsing: any character CONTROL refuses, and any
 * surrogate at all (a cheaper pattern than pairing them up; a pair, such as an emoji, only costs
 * the full check). Then escapes that can put a refused character into a parsed string: \uXXXX,
 * \b (U+0008) and \f (U+000C); a "\\b" (an escaped backslash, then "b") also matches, which
 * likewise only costs the full check.
 */
// eslint-disable-next-line no-control-regex
const RAW_SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]/;
const CONTROL_ESCAPE = /\\[ubf]/;

/**
 * Whether any string in the parsed value could hold a character CONTROL refuses. Every character
 * of a parsed string is either written as itself in the text or comes from an escape, so with
 * neither kind above in the text, no string needs checking: two quick passes over the text
 * instead of a regular expression per string (600,000 strings in 10,000 profiles).
 */
const mayHoldControl = (text: string) => RAW_SUSPECT.test(text) || CONTROL_ESCAPE.test(text);

function describeControl(text: string): string | null {
  const match = CONTROL.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code}`;
}

/**
 * The walk keeps the keys and indexes leading to the current value on a stack, and spells out
 * the path only when it reports a problem: no string is built per value.
 */
interface Walk {
  refuseControl: boolean;
  trail: (string | number)[];
}

function where(trail: readonly (string | number)[]): string {
  if (trail.length === 0) return 'at the top level';
  let path = '';
  for (const step of trail) path += typeof step === 'number' ? `[${step}]` : `.${step}`;
  return `at ${path}`;
}

/** A number, boolean or null that is not itself too deep: nothing to check, so no call. */
const isPlain = (child: unknown, depth: number) =>
  depth < MAX_DEPTH && (child === null || (typeof child !== 'object' && typeof child !== 'string'));

function check(value: unknown, depth: number, walk: Walk): string | null {
  if (depth > MAX_DEPTH) return `The data is nested more than ${MAX_DEPTH} levels deep.`;
  if (typeof value === 'string') {
    const control = walk.refuseControl ? describeControl(value) : null;
    return control
      ? `The text ${where(walk.trail)} contains a control character (${control}) that Keystone does not accept.`
      : null;
  }
  if (value === null || typeof value !== 'object') return null;
  const { trail } = walk;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (isPlain(item, depth)) continue;
      trail.push(i);
      const problem = check(item, depth + 1, walk);
      if (problem) return problem;
      trail.pop();
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  // Note: JSON.parse makes plain objects, so for…in visits own keys only (and no array of them).
  for (const key in record) {
    if (FORBIDDEN_KEYS.has(key)) return `The key "${key}" is not allowed (${where(trail)}).`;
    const control = walk.refuseControl ? describeControl(key) : null;
    if (control) return `A name ${where(trail)} contains a control character (${control}).`;
    const child = record[key];
    if (isPlain(child, depth)) continue;
    trail.push(key);
    const problem = check(child, depth + 1, walk);
    if (problem) return problem;
    trail.pop();
  }
  return null;
}

/** The message for a file over the limit; callers check `file.size` with it before reading. */
export const tooLarge = (size: number, maxBytes: number) =>
  `The file is too large (${megabytes(size)} MB; the limit is ${(maxBytes / 1_048_576).toFixed(0)} MB).`;

export function parseUntrustedJson(
  text: string,
  maxBytes = MAX_IMPORT_BYTES,
  options: ParseOptions = {},
): ParseResult {
  // Note: length in UTF-16 units is a cheap upper bound that avoids encoding a huge string.
  if (text.length > maxBytes) return { ok: false, error: tooLarge(text.length, maxBytes) };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `The file is not valid JSON: it may be cut short or not a Keystone file (${detail.slice(0, 200)}).`,
    };
  }
  const refuseControl = (options.refuseControlCharacters ?? true) && mayHoldControl(body);
  const problem = check(value, 0, { refuseControl, trail: [] });
  return problem ? { ok: false, error: problem } : { ok: true, value };
}

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
