import v0 from '../../tests/fixtures/store-v0-pre-release.json?raw';
import v1 from '../../tests/fixtures/store-v1-first-release.json?raw';
import v2 from '../../tests/fixtures/store-v2-review-record.json?raw';
import v3 from '../../tests/fixtures/store-v3-second-release.json?raw';
import { draftSchemas } from '../domain/role-draft';
import { MigrationError } from '../domain/migrations/migration-error';
import { STORE_VERSION, migrate } from './migrations';
import { readSavedData } from './storage/read-saved-data';
import { writeEnvelope } from './storage/saved-envelope';

// Every version Keystone has ever saved, as it was saved. Add one here with each new version.
const FIXTURES: [string, string, number][] = [
  ['version 0 (pre-release)', v0, 0],
  ['version 1 (first release)', v1, 1],
  ['version 2 (the review record)', v2, 2],
  ['version 3 (the second release)', v3, 3],
];

describe('saved data from every past version', () => {
  it('has a fixture for every version up to today’s', () => {
    expect(FIXTURES.map(([, , version]) => version)).toEqual(
      Array.from({ length: STORE_VERSION + 1 }, (_, i) => i),
    );
  });

  it.each(FIXTURES)('loads %s into today’s shape', (_name, raw) => {
    const result = readSavedData(raw);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const { data } = result;
    expect(data.order).toHaveLength(2);
    expect(Object.keys(data.drafts).sort()).toEqual([...data.order].sort());
    for (const id of data.order) {
      expect(draftSchemas().draft.safeParse(data.drafts[id]).success).toBe(true);
      expect(data.steps[id]).toBeTruthy();
    }
    expect(data.currentId && data.drafts[data.currentId]).toBeTruthy();
  });

  it('keeps every answer when migrating version 0', () => {
    const result = readSavedData(v0);
    if (result.kind !== 'ok') throw new Error(result.kind);
    const draft = result.data.drafts['draft-prerelease-1'];
    expect(draft?.authority.annualBudget).toBe(1_200_000);
    expect(draft?.responsibilities[1]?.text).toContain('Siân’s and Zoë’s');
    expect(draft?.wording).toEqual({
      jobPurpose: null,
      context: null,
      relationships: null,
      advert: null,
    });
    expect(draft?.peerFilter.institutionTypes).toEqual([]);
    expect(result.data.order).toEqual(['draft-prerelease-1', 'draft-prerelease-2']);
    expect(result.data.currentId).toBe('draft-prerelease-2');
  });

  it('keeps the step each draft was open on from version 1', () => {
    const result = readSavedData(v1);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.data.steps['draft-release-1']).toBe('responsibilities');
  });

  it('keeps the reasons, comments and sign-offs of version 2', () => {
    const result = readSavedData(v2);
    if (result.kind !== 'ok') throw new Error(result.kind);
    const draft = result.data.drafts['draft-release-1'];
    expect(draft?.reasons.reportsTo).toMatch(/^Reporting to the COO/);
    expect(draft?.comments[0]?.author).toBe('Siân Ó Súilleabháin');
    expect(draft?.signOffs[0]?.name).toBe('Łukasz Wróbel');
  });

  it('reads today’s envelope, with its revision, the same way', () => {
    const { state } = JSON.parse(v1) as { state: unknown };
    const raw = writeEnvelope({ revision: 7, writer: 'tab-a', savedAt: '', version: 1, state });
    expect(readSavedData(raw)).toEqual(readSavedData(v1));
  });
});

describe('migrate', () => {
  it('refuses data from a newer version, naming both versions', () => {
    expect(() => migrate({}, STORE_VERSION + 1)).toThrow(MigrationError);
    expect(() => migrate({}, STORE_VERSION + 1)).toThrow(
      new RegExp(`newer version.*${STORE_VERSION + 1}.*${STORE_VERSION}`),
    );
  });

  it.each([-1, 0.5, Number.NaN])('refuses the version %s', (version) => {
    expect(() => migrate({}, version)).toThrow(MigrationError);
  });

  it.each([null, 'text', 42, []])('refuses %j as saved data', (value) => {
    expect(() => migrate(value, 1)).toThrow(MigrationError);
  });

  it('skips version 0 drafts without an id, and duplicates, rather than crash', () => {
    const out = migrate({ drafts: [null, { name: 'x' }, { id: 'a' }, { id: 'a' }] }, 0);
    expect(out.order).toEqual(['a']);
  });
});
