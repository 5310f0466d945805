/**
 * The hostile-input check skips per-string checks when the text cannot hold a refused character,
 * and spells out a path only when it reports a problem. These properties hold it equal to the
 * plain walk it replaced (kept here as the reference) on generated and hostile JSON.
 */
import fc from 'fast-check';
import { visibleText } from './quote-text';
import { keepText } from './text-rule';
import { MAX_DEPTH, parseUntrustedJson } from './untrusted-json';

// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const where = (path: string) => (path ? `at ${path}` : 'at the top level');
const describe_ = (text: string) => {
  const m = CONTROL.exec(text.replace(LINE_BREAK, '\n'));
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
};

/** The walk as it was: a path string per value, a regular expression per string. */
function reference(value: unknown, depth: number, path: string, refuse: boolean): string | null {
  if (depth > MAX_DEPTH) return `The data is nested more than ${MAX_DEPTH} levels deep.`;
  if (typeof value === 'string') {
    const c = refuse ? describe_(value) : null;
    return c
      ? `The text ${where(path)} contains an invisible control character (${c}) that Keystone does not keep. Remove it from the file, then open the file again.`
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
      if (refuse && FORBIDDEN.has(key))
        return `The file uses the name “${key}” ${where(path)}, which Keystone does not accept in a file.`;
      const c = refuse ? describe_(key) : null;
      if (c) return `A name ${where(path)} contains an invisible control character (${c}).`;
      const p = reference(
        (value as Record<string, unknown>)[key],
        depth + 1,
        `${path}.${visibleText(key)}`,
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

/** The parsed value with the text rule applied to every string value (keys stay as they are). */
function keptStrings(value: unknown): unknown {
  if (typeof value === 'string') return keepText(value);
  if (Array.isArray(value)) return value.map(keptStrings);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(out, key, {
      value: keptStrings(child),
      enumerable: true,
      writable: true,
    });
  }
  return out;
}

describe('parseUntrustedJson, against the plain walk', () => {
  it.each([true, false])(
    'finds the same first problem and keeps the same text (refusing: %s)',
    (refuse) => {
      fc.assert(
        fc.property(text, (source) => {
          const result = parseUntrustedJson(source, undefined, {
            unkept: refuse ? 'refuse' : 'remove',
          });
          const want = expected(source, refuse);
          if (want === 'invalid') expect(result.ok).toBe(false);
          else expect(result.ok ? null : result.error).toBe(want);
          // What is accepted holds every string as a field would keep it.
          if (result.ok) expect(result.value).toEqual(keptStrings(JSON.parse(source)));
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
        'The text at .rows[1999].text contains an invisible control character (U+0007) that Keystone does not keep. Remove it from the file, then open the file again.',
    });
  });
});
