/**
 * Generated hostile files for the four doors into Keystone (a role draft, a backup, a peer pack
 * as JSON or CSV, a hand-off file): each starts from a real file Keystone wrote (the saved
 * samples in tests/fixtures) and is broken the ways files break in the wild: cut short, bytes
 * changed, saved in another encoding, keys that every object answers to, control and
 * bidirectional characters, versions from the future or the past, deep nesting, random bytes.
 */
import fc from 'fast-check';
import backupV1 from '../../tests/fixtures/backup-v1-first-release.json?raw';
import backupV2 from '../../tests/fixtures/backup-v2-review-record.json?raw';
import draftV1 from '../../tests/fixtures/exchange-v1-first-release.json?raw';
import draftV2 from '../../tests/fixtures/exchange-v2-review-record.json?raw';
import handoffV1 from '../../tests/fixtures/handoff-v1-first.json?raw';
import packCsv from '../../tests/fixtures/peer-pack-csv-first-release.csv?raw';
import packV1 from '../../tests/fixtures/peer-pack-v1-first-release.json?raw';
import packV2 from '../../tests/fixtures/peer-pack-v2-review-record.json?raw';

export type Importer = 'draft' | 'backup' | 'peer-pack' | 'handoff';

export const IMPORTERS: readonly Importer[] = ['draft', 'backup', 'peer-pack', 'handoff'];

export interface HostileFile {
  importer: Importer;
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** How it was made, for the report of a failure. */
  how: string;
}

const SEEDS: Record<Importer, { name: string; text: string }[]> = {
  draft: [
    { name: 'role.json', text: draftV2 },
    { name: 'role.json', text: draftV1 },
  ],
  backup: [
    { name: 'backup.json', text: backupV2 },
    { name: 'backup.json', text: backupV1 },
  ],
  'peer-pack': [
    { name: 'pack.json', text: packV2 },
    { name: 'pack.json', text: packV1 },
    { name: 'pack.csv', text: packCsv },
  ],
  handoff: [{ name: 'hand-off.json', text: handoffV1 }],
};

/** Names every plain object answers to, and the ones that change an object's prototype. */
const RESERVED = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** C0 and C1 controls (not tab or line feed), bidirectional overrides and isolates, lone halves. */
const TROUBLE = fc.constantFrom(
  ...[0, 1, 7, 8, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x7f, 0x85, 0x9b],
  ...[0x200e, 0x200f, 0x202a, 0x202b, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069],
  ...[0x2028, 0x2029, 0xfeff, 0xfffd, 0xfffe, 0xffff, 0xd800, 0xdc00],
);

const utf8 = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const utf16 = (text: string) =>
  new Uint8Array(new Uint16Array([0xfeff, ...[...text].map((c) => c.charCodeAt(0))]).buffer);
/** What a Windows-1252 editor would save (letters outside it become "?"). */
const windows1252 = (text: string) =>
  new Uint8Array([...text].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));

/** Offsets of every string value's opening quote after a colon (JSON) or every comma (CSV). */
const places = (text: string, csv: boolean) =>
  [...text.matchAll(csv ? /,/g : /:\s*"/g)].map((m) => (m.index ?? 0) + m[0].length);

type Mutation = fc.Arbitrary<{ text?: string; bytes?: Uint8Array<ArrayBuffer>; how: string }>;

function mutations(seed: string, csv: boolean): Mutation {
  const at = fc.nat();
  const pick = <T>(list: readonly T[], n: number) => list[n % Math.max(1, list.length)];
  const braces = [...seed.matchAll(/\{/g)].map((m) => (m.index ?? 0) + 1);
  const strings = places(seed, csv);
  return fc.oneof(
    fc.constant({ text: seed, how: 'the file as written' }),
    fc.nat({ max: seed.length - 1 }).map((n) => ({ text: seed.slice(0, n), how: `cut at ${n}` })),
    fc.tuple(fc.nat({ max: seed.length - 1 }), fc.string({ maxLength: 4 })).map(([n, junk]) => ({
      text: seed.slice(0, n) + junk + seed.slice(n + 1),
      how: `byte ${n} replaced by ${JSON.stringify(junk)}`,
    })),
    fc.tuple(TROUBLE, at, fc.boolean()).map(([code, n, escaped]) => {
      const where = pick(strings, n) ?? 0;
      const char =
        escaped && !csv ? `\\u${code.toString(16).padStart(4, '0')}` : String.fromCharCode(code);
      return {
        text: seed.slice(0, where) + char + seed.slice(where),
        how: `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${escaped ? 'escaped ' : ''}in a value at ${where}`,
      };
    }),
    fc
      .tuple(fc.constantFrom(...RESERVED), fc.jsonValue({ maxDepth: 2 }), at)
      .map(([key, value, n]) => {
        const where = pick(braces, n) ?? 1;
        return {
          text: `${seed.slice(0, where)}"${key}":${JSON.stringify(value) ?? 'null'},${seed.slice(where)}`,
          how: `key ${key} added at ${where}`,
        };
      }),
    fc.tuple(fc.constantFrom(...RESERVED), at).map(([name, n]) => {
      // A reserved name as an id, a draft's or a profile's: "id":"toString".
      const ids = [...seed.matchAll(csv ? /\n[^,\n]+/g : /"id"\s*:\s*"[^"]*"/g)];
      const match = pick(ids, n);
      if (!match) return { text: seed, how: 'no id to rename' };
      const swap = csv ? `\n${name}` : `"id": "${name}"`;
      const i = match.index ?? 0;
      return {
        text: seed.slice(0, i) + swap + seed.slice(i + match[0].length),
        how: `id renamed ${name}`,
      };
    }),
    fc.integer({ min: -3, max: 99 }).map((version) => ({
      text: seed.replace(/"version"\s*:\s*\d+/, `"version": ${version}`),
      how: `version ${version}`,
    })),
    fc.constant({ text: seed.replace(/"version"\s*:\s*\d+,?/, ''), how: 'no version' }),
    fc.integer({ min: 40, max: 5000 }).map((depth) => ({
      text: seed.replace(/\{/, `{"deep":${'['.repeat(depth)}${']'.repeat(depth)},`),
      how: `nested ${depth} deep`,
    })),
    fc.jsonValue({ maxDepth: 3 }).map((value) => ({
      text: JSON.stringify(value) ?? '',
      how: 'some other JSON',
    })),
    fc.constant({ bytes: utf16(seed), how: 'saved as UTF-16' }),
    fc.constant({
      bytes: windows1252(seed.replace(/"name"\s*:\s*"/, '$&Siân ')),
      how: 'saved as Windows-1252',
    }),
    fc
      .uint8Array({ maxLength: 2048 })
      .map((bytes) => ({ bytes: new Uint8Array(bytes), how: 'random bytes' })),
  );
}

/** Hostile files for one importer. */
export const hostileFiles = (importer: Importer): fc.Arbitrary<HostileFile> =>
  fc.constantFrom(...SEEDS[importer]).chain(({ name, text }) =>
    mutations(text, name.endsWith('.csv')).map(({ text: changed, bytes, how }) => ({
      importer,
      name,
      bytes: bytes ?? utf8(changed ?? ''),
      how,
    })),
  );
