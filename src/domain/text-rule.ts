/**
 * The one rule for text: what a field keeps is what every file Keystone writes carries and what
 * every file it reads accepts, so a draft reads back exactly as typed.
 *
 * - Line breaks in every spelling people paste become "\n": Word's manual line break (U+000B),
 *   its page break (U+000C), next line (U+0085), the line and paragraph separators (U+2028,
 *   U+2029), and Windows or old Mac line ends (CR LF, CR).
 * - What no format can carry is not kept: the other C0 controls (tab and line feed stay), DEL,
 *   the C1 controls, half of a surrogate pair and the noncharacters U+FFFE and U+FFFF. Word files
 *   are XML, which cannot hold them, and a PDF has no glyph for them.
 * - Everything else is kept as typed: spaces (non-breaking ones included), tabs, every script.
 *
 * A field applies `keepText` as the person types or pastes (they see the result); a file from
 * outside is refused when it holds a character that is not kept (untrusted-json.ts), and its line
 * breaks are normalised like a paste.
 */

// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;

const UNKEPT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any character either rule may change: one quick test before the exact ones. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufffe\uffff]/;

/** `text` with line breaks normalised only; the same string when there is nothing to do. */
export const normaliseLineBreaks = (text: string): string =>
  SUSPECT.test(text) ? text.replace(LINE_BREAK, '\n') : text;

/** `text` as a field keeps it; the same string when nothing changes. */
export function keepText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(LINE_BREAK, '\n').replace(UNKEPT, '');
}

/** Whether `text` is already as a field keeps it. */
export const isKeptText = (text: string): boolean => !SUSPECT.test(text) || keepText(text) === text;

/** The first character of `text` that no field keeps, as "U+0001", or null. */
export function unkeptCharacter(text: string): string | null {
  if (!SUSPECT.test(text)) return null;
  UNKEPT.lastIndex = 0;
  const match = UNKEPT.exec(text.replace(LINE_BREAK, '\n'));
  UNKEPT.lastIndex = 0;
  if (!match) return null;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Every string in `value` (a draft, a section, a list) as a field keeps it. Objects and arrays
 * that hold nothing to change are returned as they are, so an edit that changes nothing keeps
 * the draft's identity (what the undo history and memoised views compare).
 */
export function keepTextIn<T>(value: T): T {
  if (typeof value === 'string') return keepText(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const kept = keepTextIn(item);
      if (kept !== item) (out ??= [...value])[i] = kept;
    }
    return (out ?? value) as T;
  }
  let out: Record<string, unknown> | null = null;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    const kept = keepTextIn(child);
    if (kept !== child) (out ??= { ...record })[key] = kept;
  }
  return (out ?? value) as T;
}
