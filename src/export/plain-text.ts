/**
 * Characters some formats cannot carry. Text is kept intact everywhere it can be; only what a
 * format forbids or cannot draw is removed, and only by the renderer for that format.
 */

/** C0 controls other than tab, line feed and carriage return, and DEL: forbidden in XML 1.0. */
// eslint-disable-next-line no-control-regex
const C0 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Code points XML 1.0 forbids outright, and unpaired surrogates. */
const NON_CHARACTERS =
  /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function withoutControls(text: string): string {
  return text.replace(C0, '').replace(NON_CHARACTERS, '');
}

/** Line breaks as one form, tabs as spaces: how text becomes lines in a layout. */
export function normaliseBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

/** Filename from a title: letters, digits and hyphens only, never empty. */
export function fileNameFor(title: string, extension: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return `${stem || 'role-specification'}.${extension}`;
}
