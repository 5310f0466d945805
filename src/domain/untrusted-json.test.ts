import { MAX_DEPTH, parseUntrustedJson } from './untrusted-json';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('parseUntrustedJson', () => {
  it.each([
    ['an object', '{"a":1}', { a: 1 }],
    ['an array', '[1,2,3]', [1, 2, 3]],
    ['a string with diacritics and emoji', '"Zoë 🔬"', 'Zoë 🔬'],
    ['null', 'null', null],
    ['text after a byte-order mark', '\uFEFF{"a":1}', { a: 1 }],
    ['surrounding white space', '  \n{"a":1}\n ', { a: 1 }],
  ])('parses %s', (_name, text, value) => {
    expect(parseUntrustedJson(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['truncated JSON', '{"a":'],
    ['single quotes', "{'a':1}"],
    ['a trailing comma', '{"a":1,}'],
    ['JavaScript, not JSON', 'alert(1)'],
    ['NaN', '{"a":NaN}'],
  ])('refuses %s as not valid JSON', (_name, text) => {
    const result = parseUntrustedJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not valid JSON/);
  });

  it.each(['', '   ', '\uFEFF'])('refuses empty text %j', (text) => {
    expect(parseUntrustedJson(text).ok).toBe(false);
  });

  it('refuses text over the size limit before parsing it', () => {
    const result = parseUntrustedJson('"' + 'x'.repeat(100) + '"', 50);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/too large/);
  });

  it('accepts nesting up to the depth limit and refuses deeper', () => {
    expect(parseUntrustedJson(nested(MAX_DEPTH)).ok).toBe(true);
    const deep = parseUntrustedJson(nested(MAX_DEPTH + 2));
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.error).toMatch(/nested/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key "%s" anywhere', (key) => {
    for (const text of [`{"${key}":{"x":1}}`, `{"a":[{"b":{"${key}":1}}]}`]) {
      const result = parseUntrustedJson(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain(key);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('allows keys that merely contain a forbidden word', () => {
    expect(parseUntrustedJson('{"constructorName":1,"proto":2}').ok).toBe(true);
  });
});
