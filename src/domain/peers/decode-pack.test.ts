import { CSV_NOT_UTF8, READ_AS_WINDOWS_1252, decodePack, encodingNote } from './decode-pack';

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
      encoding: 'utf-8',
    });
    expect(encodingNote('utf-8')).toBe('');
  });

  it('reads a CSV saved as Windows-1252 as Windows-1252 and says so, never as “Si�n”', () => {
    expect(decodePack(WINDOWS_1252, 'csv')).toEqual({
      ok: true,
      text: 'title,nation\nSiân,wales\n',
      encoding: 'windows-1252',
    });
    expect(encodingNote('windows-1252')).toBe(READ_AS_WINDOWS_1252);
    expect(READ_AS_WINDOWS_1252).toMatch(/Windows-1252.*CSV UTF-8/);
  });

  it('reads Excel’s curly quotes and the euro sign from Windows-1252, with no “�”', () => {
    const bytes = new Uint8Array([0x93, 0x80, 0x31, 0x30, 0x94, 0x0a]);
    const result = decodePack(bytes, 'csv');
    expect(result).toMatchObject({ ok: true, text: '“€10”\n' });
    expect(result.ok && result.text.includes('\ufffd')).toBe(false);
  });

  it('refuses a CSV holding NUL bytes (UTF-16, or not text), saying how to save it as UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x74, 0x00, 0x69, 0x00]);
    expect(decodePack(utf16, 'csv')).toEqual({ ok: false, error: CSV_NOT_UTF8 });
    expect(CSV_NOT_UTF8).toMatch(/CSV UTF-8/);
  });

  it('refuses a JSON pack that is not UTF-8', () => {
    const result = decodePack(WINDOWS_1252, 'json');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/not UTF-8/);
  });
});
