import fc from 'fast-check';
import { makeDraft } from '../../testing/make-draft';
import { importJsonPack } from './import-json-pack';
import { PEER_PACK_TYPE, PEER_PACK_VERSION } from './peer-pack';
import { SHIPPED_PEERS } from './shipped-peers';

const pack = (profiles: unknown[], extra: Record<string, unknown> = {}) => ({
  type: PEER_PACK_TYPE,
  version: PEER_PACK_VERSION,
  name: 'Network pack',
  source: 'Midlands technical managers network',
  createdAt: '2026-11-01',
  illustrative: false,
  profiles,
  ...extra,
});
const text = (value: unknown) => JSON.stringify(value);
const errorsOf = async (value: string) => {
  const result = await importJsonPack(value);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.join('\n');
};

describe('importing a JSON peer pack', () => {
  it('accepts a valid pack and returns every profile', async () => {
    const profiles = SHIPPED_PEERS.map((p) => p.profile);
    const result = await importJsonPack(text(pack(profiles)));
    expect(result.ok && result.pack.profiles.length).toBe(profiles.length);
    expect(result.ok && result.pack.header.name).toBe('Network pack');
  });

  it('refuses what is not JSON, not a pack, or another version, saying which', async () => {
    expect(await errorsOf('{"type": ')).toMatch(/not valid JSON/);
    expect(await errorsOf('[1,2]')).toMatch(/not a Keystone peer pack/);
    expect(await errorsOf(text({ type: 'keystone/backup', version: 1 }))).toMatch(
      /"type" should be "keystone\/peer-pack"/,
    );
    expect(await errorsOf(text(pack([], { version: PEER_PACK_VERSION + 1 })))).toMatch(
      new RegExp(
        `version ${PEER_PACK_VERSION + 1}; this version of Keystone reads version ${PEER_PACK_VERSION}`,
      ),
    );
  });

  it('names the profile and field that is wrong', async () => {
    const bad = makeDraft({ authority: { gradeBand: 'grade-11' as never } });
    const message = await errorsOf(text(pack([makeDraft({ id: 'a' }), bad])));
    expect(message).toMatch(/Profile 2: field "authority.gradeBand" should be one of/);
  });

  it('names missing and extra fields', async () => {
    const missing = { ...makeDraft() } as Record<string, unknown>;
    delete missing.remit;
    expect(await errorsOf(text(pack([missing])))).toMatch(/Profile 1: field "remit" is missing/);
    const extra = { ...makeDraft(), context: { ...makeDraft().context, salary: 90000 } };
    expect(await errorsOf(text(pack([extra])))).toMatch(
      /Profile 1: field "context.salary" is not part of the format/,
    );
    expect(await errorsOf(text(pack([makeDraft()], { owner: 'x' })))).toMatch(
      /fields the format does not know: owner/,
    );
  });

  it('refuses duplicate ids, empty packs and hostile keys', async () => {
    expect(await errorsOf(text(pack([makeDraft(), makeDraft()])))).toMatch(
      /id “draft-1” is used twice/,
    );
    expect(await errorsOf(text(pack([])))).toMatch(/no profiles/);
    expect(await errorsOf(`{"type":"keystone/peer-pack","__proto__":{"x":1}}`)).toMatch(
      /does not accept in a file/,
    );
  });

  it('refuses a huge file before parsing it', async () => {
    expect(await errorsOf(' '.repeat(65 * 1024 * 1024))).toMatch(/too large/);
  });

  it('lists at most 20 problems, then says how many more', async () => {
    const bad = Array.from({ length: 30 }, (_, i) => ({ ...makeDraft({ id: `p${i}` }), name: 5 }));
    const result = await importJsonPack(text(pack(bad)));
    expect(!result.ok && result.errors.length).toBe(21);
    expect(!result.ok && result.errors.at(-1)).toBe('There are 10 more problems.');
  });

  it('never throws and never half-imports, whatever the input (fuzzing)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify(pack([v])) ?? ''),
          fc
            .record({
              type: fc.constant(PEER_PACK_TYPE),
              version: fc.anything(),
              profiles: fc.anything(),
            })
            .map(text),
        ),
        async (input) => {
          const result = await importJsonPack(input);
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
          else expect(result.pack.profiles.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('yields between chunks and reports progress', async () => {
    const profiles = Array.from({ length: 1200 }, (_, i) => makeDraft({ id: `p${i}` }));
    let pauses = 0;
    const progress: number[] = [];
    const result = await importJsonPack(text(pack(profiles)), {
      pause: async () => {
        pauses += 1;
      },
      onProgress: (done) => progress.push(done),
    });
    expect(result.ok).toBe(true);
    expect(pauses).toBe(2);
    expect(progress.at(-1)).toBe(1200);
  });
});

describe('a version that is not a number', () => {
  it.each([
    ['{"toString":[]}', 'an object'],
    ['[1]', 'a list'],
    ['"\\u202Eevil"', '[U+202E]evil'],
  ])('is named in words, never by calling its toString (%s)', async (version, words) => {
    const result = await importJsonPack(
      `{"type":"keystone/peer-pack","version":${version},"profiles":[]}`,
    );
    expect(result).toEqual({
      ok: false,
      errors: [`The peer pack has no version Keystone recognises (${words}).`],
    });
  });
});
