/**
 * Hostile input to the backup import, the most exposed door into Keystone: at least 1,000
 * generated files, each giving a clear error (or, for a valid file, a clean import), never a
 * crash, and never a change to what was already on the device when the file is refused.
 */
import fc from 'fast-check';
import { makeDraft } from '../../testing/make-draft';
import { useKeystoneStore } from '../../store/keystone-store';
import { writeBackup } from '../../store/storage/backup-file';
import { deleteEverything } from '../../store/storage/delete-everything';
import { restoreFromFile } from './backup-panel';

const valid = writeBackup(
  {
    drafts: { d1: makeDraft({ id: 'd1', name: 'Director of Technical Strategy' }) },
    order: ['d1'],
    currentId: 'd1',
    steps: { d1: 'context' },
  },
  [],
  new Date('2026-01-01T09:00:00.000Z'),
);

/** Inserts `"key": value,` just after the n-th "{" of the valid backup. */
const injectKey = (key: string, value: unknown, n: number) => {
  const braces = [...valid.matchAll(/\{/g)].map((m) => m.index);
  const at = (braces[n % braces.length] ?? 0) + 1;
  return `${valid.slice(0, at)}"${key}":${JSON.stringify(value) ?? 'null'},${valid.slice(at)}`;
};

const controls = fc
  .oneof(
    fc.integer({ min: 0, max: 0x1f }),
    fc.integer({ min: 0x7f, max: 0x9f }),
    fc.integer({ min: 0xd800, max: 0xdfff }),
  )
  .filter((c) => ![9, 10, 13].includes(c));

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  fc.jsonValue().map((state) => JSON.stringify({ type: 'keystone-backup', version: 1, state })),
  fc
    .integer({ min: -5, max: 50 })
    .map((version) => valid.replace('"version": 1', `"version": ${version}`)),
  fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue(), fc.nat())
    .map(([key, value, n]) => injectKey(key, value, n)),
  fc
    .integer({ min: 33, max: 20_000 })
    .map((depth) =>
      valid.replace(
        '"restorePoints": []',
        `"restorePoints": ${'['.repeat(depth)}${']'.repeat(depth)}`,
      ),
    ),
  fc
    .tuple(controls, fc.nat())
    .map(([code, n]) =>
      injectKey('note', `before\\u${code.toString(16).padStart(4, '0')}after`, n).replace(
        '"before\\\\u',
        '"before\\u',
      ),
    ),
  fc.nat({ max: valid.length - 1 }).map((n) => valid.slice(0, n)),
  fc
    .tuple(fc.nat({ max: valid.length - 1 }), fc.string({ maxLength: 3 }))
    .map(([n, junk]) => valid.slice(0, n) + junk + valid.slice(n + 1)),
);

const utf16 = (text: string) =>
  new Uint8Array(new Uint16Array([0xfeff, ...[...text].map((c) => c.charCodeAt(0))]).buffer);
const latin1 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0) & 0xff));

const hostileBytes = fc.oneof(
  { weight: 6, arbitrary: hostileText.map((t) => new TextEncoder().encode(t)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }) },
  { weight: 1, arbitrary: fc.constant(valid).map(utf16) },
  { weight: 1, arbitrary: fc.constant(valid.replace('Director', 'Zoë’s Director')).map(latin1) },
);

const snapshot = () =>
  JSON.stringify({
    state: useKeystoneStore.getState(),
    points: useKeystoneStore.getState().restorePoints,
    storage: Object.entries(localStorage).sort(),
  });

beforeEach(() => {
  deleteEverything();
  const id = useKeystoneStore.getState().createDraft('What was already here');
  useKeystoneStore.getState().renameDraft(id, 'What was already here, edited');
});

describe('hostile backup files', () => {
  it('give a clear error, never a crash, and change nothing (1,200 generated files)', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileBytes, async (bytes) => {
        const before = snapshot();
        const outcome = await restoreFromFile(new File([bytes], 'backup.json'));
        expect(outcome).not.toBeNull();
        expect(Object.prototype).not.toHaveProperty('polluted');
        expect(({} as Record<string, unknown>).x).toBeUndefined();
        if (outcome?.ok) return;
        refused += 1;
        expect(outcome?.text).toMatch(/^[A-Z“].{10,}[.)]$/s);
        expect(snapshot()).toBe(before);
      }),
      { numRuns: 1200 },
    );
    expect(refused).toBeGreaterThan(1000);
  }, 120_000);

  it('refuses a 50 MB file by its size, before reading it', async () => {
    const file = new File([new Uint8Array(50 * 1024 * 1024)], 'huge.json');
    const spy = vi.spyOn(file, 'arrayBuffer');
    const before = snapshot();
    const outcome = await restoreFromFile(file);
    expect(outcome).toEqual({ ok: false, text: expect.stringMatching(/too large \(50\.0 MB/) });
    expect(spy).not.toHaveBeenCalled();
    expect(snapshot()).toBe(before);
  });

  it('refuses UTF-16 and Windows-1252 files with an encoding error', async () => {
    for (const bytes of [utf16(valid), latin1(valid.replace('Director', 'Zoë’s Director'))]) {
      const outcome = await restoreFromFile(new File([bytes], 'backup.json'));
      expect(outcome?.text).toMatch(/not UTF-8 text/);
    }
  });

  it('imports a valid backup holding script as plain text', async () => {
    const script = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const file = new File(
      [valid.replace('Director of Technical Strategy', script.replace(/"/g, '\\"'))],
      'b.json',
    );
    const outcome = await restoreFromFile(file);
    expect(outcome?.ok).toBe(true);
    expect(useKeystoneStore.getState().drafts.d1?.name).toBe(script);
  });
});
