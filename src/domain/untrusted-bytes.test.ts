import { decodeUtf8, parseUntrustedBytes } from './untrusted-bytes';
import { MAX_IMPORT_BYTES, parseUntrustedJson } from './untrusted-json';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseUntrustedBytes', () => {
  it('reads UTF-8 with accents, curly quotes and emoji, with or without a byte-order mark', () => {
    expect(parseUntrustedBytes(bytes('{"name":"Siân’s Łukasz 🔬"}'))).toEqual({
      ok: true,
      value: { name: 'Siân’s Łukasz 🔬' },
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"a":1}')]);
    expect(parseUntrustedBytes(bom)).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['Windows-1252 ("Siân" as one byte E2)', new Uint8Array([0x22, 0x53, 0x69, 0xe2, 0x6e, 0x22])],
    ['UTF-16 with a byte-order mark', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])],
    ['a cut-off multi-byte character', new Uint8Array([0x22, 0xe2, 0x80])],
    ['random binary', new Uint8Array([0x00, 0xff, 0xc0, 0xc1, 0xf5])],
  ])('refuses %s with a clear error', (_name, input) => {
    const result = parseUntrustedBytes(input);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/not UTF-8 text/) });
  });

  it('refuses a 50 MB file before decoding a byte of it', () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const result = decodeUtf8(big);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/too large \(50\.0 MB; the limit is 20 MB\)/),
    });
    expect(MAX_IMPORT_BYTES).toBeLessThan(big.byteLength);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseUntrustedBytes(bytes(deep))).toEqual({
      ok: false,
      error: expect.stringMatching(/nested/),
    });
  });
});

describe('control characters in imports', () => {
  it.each([
    ['a NUL', '"a\\u0000b"', 'U+0000'],
    ['an escape (terminal colours)', '"\\u001b[31mred"', 'U+001B'],
    ['a C1 control', '{"name":"x\\u0086"}', 'U+0086'],
    ['a lone surrogate', '{"name":"\\ud800"}', 'U+D800'],
    ['a control character in a key', '{"a\\u0001":1}', 'U+0001'],
  ])('refuses %s, naming it', (_name, text, code) => {
    const result = parseUntrustedJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(code);
  });

  it('accepts tabs, new lines and paired surrogates, with line breaks read as a field keeps them', () => {
    expect(parseUntrustedJson('"a\\tb\\nc\\r\\n🔬"')).toEqual({ ok: true, value: 'a\tb\nc\n🔬' });
  });

  it('reads Word’s line break (U+000B) and the Unicode line separators as line breaks', () => {
    expect(parseUntrustedJson('{"a":"x\\u000by\\u2028z\\u2029w\\u000c."}')).toEqual({
      ok: true,
      value: { a: 'x\ny\nz\nw\n.' },
    });
  });

  it('can be told to remove what no field keeps (for this device’s own saved data)', () => {
    expect(parseUntrustedJson('["a\\u0007b"]', MAX_IMPORT_BYTES, { unkept: 'remove' })).toEqual({
      ok: true,
      value: ['ab'],
    });
  });
});
