/**
 * Checks text read from a job description before it is read clause by clause: empty text (a
 * scanned document has none) and text in another language each get a message saying what to do.
 */

/**
 * Short English words every job description uses. Note: a reader of English only; a text with
 * few of them is another language (or not prose at all), and reading it would find nothing.
 */
const COMMON = new Set(
  'the and of to a in for with on is are be as or by an at from will this that their all our you your we it its have has including within across university staff role post team'.split(
    ' ',
  ),
);
/** Below this share of common English words, a text is taken as not English. */
export const MIN_ENGLISH_SHARE = 0.12;
const MIN_WORDS = 20;

export type TextCheck = { ok: true; text: string } | { ok: false; error: string };

export function checkRoleText(raw: string, from: 'file' | 'paste'): TextCheck {
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (text.trim() === '')
    return {
      ok: false,
      error:
        from === 'file'
          ? 'The file has no text in it. If it is a scan, copy the text from the original document and paste it instead.'
          : 'Paste the text of a job description first.',
    };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= MIN_WORDS) {
    const common = words.filter((w) => COMMON.has(w)).length;
    if (common / words.length < MIN_ENGLISH_SHARE)
      return {
        ok: false,
        error:
          'This text does not look like English. Keystone reads job descriptions written in English: paste or open an English version.',
      };
  }
  return { ok: true, text };
}
