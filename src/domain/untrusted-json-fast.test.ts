/**
 * The hostile-input check skips per-string checks when the text cannot hold a refused character,
 * and spells out a path only when it reports a problem. These properties hold it equal to the
 * plain walk it replaced (kept here as the reference) on generated and hostile JSON.
 */
import fc from 'fast-check';
import { MAX_DEPTH, parseUntrustedJson } from './untrusted-json';

const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const where = (path: string) => (path ? `at ${path}` : 'at the top level');
const describe_ = (text: string) => {
  const m = CONTROL.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
};

/** The walk as it was: a path string per value, a regular expression per string. */
function reference(value: unknown, depth: number, path: string, refuse: boolean): string | null {
  if (depth > MAX_DEPTH) return `The data is nested more than ${MAX_DEPTH} levels deep.`;
  if (typeof value === 'string') {
    const c = refuse ? describe_(value) : null;
    return c
      ? `The text ${where(path)} contains a control character (${c}) that Keystone does not accept.`
      : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const p = reference(value[i], depth + 1, `${path}[${i}]`, refuse);
      if (p) return p;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) return `The key "${key}" is not allowed (${where(path)}).`;
      const c = refuse ? describe_(key) : null;
      if (c) return `A name ${where(path)} contains a control character (${c}).`;
      const p = reference(
        (value as Record<string, unknown>)[key],
        depth + 1,
        `${path}.${key}`,
        refuse,
      );
      if (p) return p;
    }
  }
  return null;
}

const odd = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.constantFrom(0x9, 0xa, 0xd, 0xfeff, 0x2028, 0x5c, 0x62, 0x66, 0x75),
);
const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.array(odd, { maxLength: 4 }).map((codes) => `a${String.fromCharCode(...codes)}b`),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '\\b', 'C:\\build\\file', '😀'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1.5),
    oddString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(oddString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** As a file might hold it: escaped by JSON.stringify, or with odd characters written raw. */
const text = fc.oneof(
  json.map((v) => JSON.stringify(v)),
  fc
    .tuple(json, fc.array(odd, { minLength: 1, maxLength: 3 }))
    .map(([v, codes]) =>
      JSON.stringify(['x', v]).replace('"x"', `"x${String.fromCharCode(...codes)}"`),
    ),
  fc
    .tuple(fc.integer({ min: 30, max: 36 }), fc.constantFrom('1', '"s"', '[]', '{}', 'null'))
    .map(([depth, inner]) => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`),
);

function expected(source: string, refuse: boolean): string | null {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return 'invalid';
  }
  return reference(value, 0, '', refuse);
}

describe('parseUntrustedJson, against the plain walk', () => {
  it.each([true, false])(
    'finds the same first problem (refusing control characters: %s)',
    (refuse) => {
      fc.assert(
        fc.property(text, (source) => {
          const result = parseUntrustedJson(source, undefined, { refuseControlCharacters: refuse });
          const want = expected(source, refuse);
          if (want === 'invalid') expect(result.ok).toBe(false);
          else expect(result.ok ? null : result.error).toBe(want);
        }),
        { numRuns: 3000 },
      );
    },
  );

  it('still finds a control character escaped deep inside a large, otherwise clean file', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}`, text: 'plain' }));
    const clean = JSON.stringify({ rows });
    expect(parseUntrustedJson(clean).ok).toBe(true);
    const hostile = clean.replace('"r1999","text":"plain"', '"r1999","text":"pl\\u0007ain"');
    expect(parseUntrustedJson(hostile)).toEqual({
      ok: false,
      error:
        'The text at .rows[1999].text contains a control character (U+0007) that Keystone does not accept.',
    });
  });
});
