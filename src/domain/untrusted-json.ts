/**
 * Parses text from outside (an import, a backup, saved data) without trusting it: a size limit
 * before decoding or parsing, strict UTF-8, a depth limit after parsing, prototype-polluting keys
 * ("__proto__", "constructor", "prototype") refused, and the text rule (text-rule.ts) applied to
 * every string.
 * Every import in Keystone goes through here. Errors are plain sentences a person can act on.
 */
import { keepText, normaliseLineBreaks, unkeptCharacter } from './text-rule';
import { visibleText } from './quote-text';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: string };

export interface ParseOptions {
  /**
   * What to do with a string holding a character no field keeps (text-rule.ts): refuse the file
   * (imports: the person is told which character, and where), or remove it (this device's own
   * saved data, so that a character kept by an earlier version can never make a draft
   * unreadable). Line breaks are normalised either way, as a paste is.
   */
  unkept?: 'refuse' | 'remove';
}

/**
 * What the whole text is scanned for before parsing: any character the text rule may change,
 * and any surrogate at all (a cheaper pattern than pairing them up; a pair, such as an emoji,
 * only costs the full check). Then escapes that can put such a character into a parsed string:
 * \uXXXX, \b, \f and \r; a "\\b" (an escaped backslash, then "b") also matches, which likewise
 * only costs the full check.
 */
const RAW_SUSPECT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufffe\uffff]/;
const CONTROL_ESCAPE = /\\[ubfr]/;

/**
 * Whether any string in the parsed value could need the text rule. Every character of a parsed
 * string is either written as itself in the text or comes from an escape, so with neither kind
 * above in the text, no string needs checking: two quick passes over the text instead of a
 * regular expression per string (600,000 strings in 10,000 profiles).
 */
const mayNeedRule = (text: string) => RAW_SUSPECT.test(text) || CONTROL_ESCAPE.test(text);

const TOO_DEEP = `The data is nested more than ${MAX_DEPTH} levels deep.`;

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/**
 * The walk keeps the keys and indexes leading to the current value on a stack, and spells out
 * the path only when it reports a problem: no string is built per value.
 */
interface Walk {
  /** null: no string needs the text rule (see mayNeedRule). */
  unkept: 'refuse' | 'remove' | null;
  /** Refuse FORBIDDEN_KEYS: in files from outside, not in this device's own data. */
  guardKeys: boolean;
  trail: (string | number)[];
}

function where(trail: readonly (string | number)[]): string {
  if (trail.length === 0) return 'at the top level';
  let path = '';
  for (const step of trail)
    path += typeof step === 'number' ? `[${step}]` : `.${visibleText(step)}`;
  return `at ${path}`;
}

/** A number, boolean or null that is not itself too deep: nothing to check, so no call. */
const isPlain = (child: unknown, depth: number) =>
  depth < MAX_DEPTH && (child === null || (typeof child !== 'object' && typeof child !== 'string'));

const unkeptMessage = (trail: readonly (string | number)[], character: string) =>
  `The text ${where(trail)} contains an invisible control character (${character}) that Keystone does not keep. Remove it from the file, then open the file again.`;

/** The string as stored, or a problem; `trail` already leads to it. */
function ruleFor(text: string, walk: Walk): { text: string } | { problem: string } {
  if (walk.unkept === null) return { text };
  if (walk.unkept === 'refuse') {
    const character = unkeptCharacter(text);
    if (character) return { problem: unkeptMessage(walk.trail, character) };
    return { text: normaliseLineBreaks(text) };
  }
  return { text: keepText(text) };
}

/** Checks `value`, applying the text rule to the strings inside it in place. */
function check(value: unknown, depth: number, walk: Walk): string | null {
  if (depth > MAX_DEPTH) return TOO_DEEP;
  if (value === null || typeof value !== 'object') return null;
  const { trail } = walk;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (isPlain(item, depth)) continue;
      trail.push(i);
      if (typeof item === 'string') {
        if (depth >= MAX_DEPTH) return TOO_DEEP;
        const kept = ruleFor(item, walk);
        if ('problem' in kept) return kept.problem;
        value[i] = kept.text;
      } else {
        const problem = check(item, depth + 1, walk);
        if (problem) return problem;
      }
      trail.pop();
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  // Note: JSON.parse makes plain objects, so for…in visits own keys only (and no array of them).
  for (const key in record) {
    // Note: this device's own data may hold a draft saved under such a name; its reader gives
    // the draft a fresh id (own-key.ts) rather than losing every draft.
    if (walk.guardKeys && FORBIDDEN_KEYS.has(key))
      return `The file uses the name “${key}” ${where(trail)}, which Keystone does not accept in a file.`;
    const character = walk.unkept === 'refuse' ? unkeptCharacter(key) : null;
    if (character)
      return `A name ${where(trail)} contains an invisible control character (${character}).`;
    const child = record[key];
    if (isPlain(child, depth)) continue;
    trail.push(key);
    if (typeof child === 'string') {
      if (depth >= MAX_DEPTH) return TOO_DEEP;
      const kept = ruleFor(child, walk);
      if ('problem' in kept) return kept.problem;
      // Note: defined, not assigned: assigning to "__proto__" would set the prototype instead.
      Object.defineProperty(record, key, { value: kept.text });
    } else {
      const problem = check(child, depth + 1, walk);
      if (problem) return problem;
    }
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
  const unkept = mayNeedRule(body) ? (options.unkept ?? 'refuse') : null;
  const guardKeys = (options.unkept ?? 'refuse') === 'refuse';
  if (typeof value === 'string') {
    const kept = ruleFor(value, { unkept, guardKeys, trail: [] });
    return 'problem' in kept ? { ok: false, error: kept.problem } : { ok: true, value: kept.text };
  }
  const problem = check(value, 0, { unkept, guardKeys, trail: [] });
  return problem ? { ok: false, error: problem } : { ok: true, value };
}
