/**
 * Text from a file as a message shows it: in quotes, cut to a length a sentence can hold, and
 * with every invisible character that could change how the sentence reads made visible as
 * [U+XXXX]: controls, bidirectional overrides and isolates (which can display a name reversed),
 * zero-width characters and half surrogate pairs.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\ufff0-\ufffb\ufffe\uffff]|\p{Cs}/gu;

const code = (c: string) =>
  `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;

/** `text` made safe to show inside a sentence, without quotes. */
export function visibleText(text: string, max = 60): string {
  const chars = Array.from(text);
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return cut.replace(HIDDEN, code);
}

/** `text` made safe to show, in curly quotes: “Siân”. */
export const quoteText = (text: string, max = 60): string => `“${visibleText(text, max)}”`;
