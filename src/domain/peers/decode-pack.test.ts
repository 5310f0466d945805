import { CSV_NOT_UTF8, decodePack } from './decode-pack';

/** "Siân" as Excel on Windows saves it: â is the single byte 0xE2 in Windows-1252. */
const WINDOWS_1252 = new Uint8Array([
  ...new TextEncoder().encode('title,nation\nSi'),
  0xe2,
  ...new TextEncoder().encode('n,wales\n'),
]);

describe('the text of a peer pack file', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodePack(new TextEncoder().encode('title\nSiân\n'), 'csv')).toEqual({
      ok: true,
      text: 'title\nSiân\n',
    });
  });

  it('refuses a CSV saved as Windows-1252, saying how to save it as UTF-8, never reading “Si�n”', () => {
    expect(decodePack(WINDOWS_1252, 'csv')).toEqual({ ok: false, error: CSV_NOT_UTF8 });
    expect(CSV_NOT_UTF8).toMatch(/CSV UTF-8/);
  });

  it('refuses a JSON pack that is not UTF-8', () => {
    const result = decodePack(WINDOWS_1252, 'json');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/not UTF-8/);
  });
});
