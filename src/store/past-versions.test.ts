/**
 * A saved sample of every version of every format Keystone has written (tests/fixtures), each
 * opened by the reader the app uses and given in today's shape. Add a fixture here with each
 * new version of a format. (The saved store's own fixtures are in migrations.test.ts.)
 */
import backupV1 from '../../tests/fixtures/backup-v1-first-release.json?raw';
import backupV2 from '../../tests/fixtures/backup-v2-review-record.json?raw';
import backupV3 from '../../tests/fixtures/backup-v3-second-release.json?raw';
import exchangeV3 from '../../tests/fixtures/exchange-v3-second-release.json?raw';
import handoffV2 from '../../tests/fixtures/handoff-v2-second-release.json?raw';
import packV3 from '../../tests/fixtures/peer-pack-v3-second-release.json?raw';
import pointsV4 from '../../tests/fixtures/restore-points-v4-second-release.json?raw';
import exchangeV2 from '../../tests/fixtures/exchange-v2-review-record.json?raw';
import handoffV1 from '../../tests/fixtures/handoff-v1-first.json?raw';
import packV2 from '../../tests/fixtures/peer-pack-v2-review-record.json?raw';
import pointsV3 from '../../tests/fixtures/restore-points-v3-review-record.json?raw';
import exchangeV1 from '../../tests/fixtures/exchange-v1-first-release.json?raw';
import csvPack from '../../tests/fixtures/peer-pack-csv-first-release.csv?raw';
import packV1 from '../../tests/fixtures/peer-pack-v1-first-release.json?raw';
import pointsV1 from '../../tests/fixtures/restore-points-v1-first-release.json?raw';
import storeV0 from '../../tests/fixtures/store-v0-pre-release.json?raw';
import storeV1 from '../../tests/fixtures/store-v1-first-release.json?raw';
import { parseExchange } from '../domain/exchange/draft-exchange';
import { parseHandoff } from '../domain/handoff/handoff-file';
import { HANDOFF_FORMAT } from '../domain/handoff/handoff-migrations';
import { migrateDraft } from '../domain/migrations/draft-migrations';
import { EXCHANGE_FORMAT } from '../domain/exchange/exchange-migrations';
import { importCsvPack } from '../domain/peers/import-csv-pack';
import { importJsonPack } from '../domain/peers/import-json-pack';
import { PEER_PACK_FORMAT } from '../domain/peers/peer-pack-migrations';
import { draftSchemas } from '../domain/role-draft';
import { RESTORE_POINTS_KEY, readRestorePoints } from './history/restore-point-store';
import { RESTORE_POINTS_FORMAT } from './history/restore-points-migrations';
import { useKeystoneStore } from './keystone-store';
import { PACK_STORE_FORMAT, migrateStoredProfiles } from './peers/peer-pack-db-migrations';
import { BACKUP_FORMAT } from './storage/backup-migrations';
import { readBackup } from './storage/backup-file';

const bytes = (text: string) => new TextEncoder().encode(text);
const isDraft = (value: unknown) => draftSchemas().draft.safeParse(value).success;
const storedDrafts = (raw: string) =>
  Object.values((JSON.parse(raw) as { state: { drafts: object } }).state.drafts);
/** The drafts of a first-release store as today's reader gives them (draft version 1 → today). */
const releaseDrafts = (raw: string) => storedDrafts(raw).map((d) => migrateDraft(d, 1));

const NEWER =
  /newer version of Keystone \(data version \d+; .*\)\. Update Keystone and try again\.$/;

describe('an exchange file from every past version', () => {
  it('has a sample of version 1, 2 and 3, today’s', () => {
    expect(EXCHANGE_FORMAT.version).toBe(3);
  });

  it('opens version 3 with the job description it was started from', () => {
    const result = parseExchange(exchangeV3);
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.original.fileName).toBe('director-technical-strategy.docx');
    expect(result.draft.fromOriginal[0]?.id).toBe(result.draft.responsibilities[0]?.id);
  });

  it('opens version 2 without a job description', () => {
    const result = parseExchange(exchangeV2);
    expect(result.ok && result.draft.original).toEqual({ text: '', fileName: '' });
    expect(result.ok && result.draft.fromOriginal).toEqual([]);
  });

  it('opens version 3 with the job pack’s details, Welsh names intact', () => {
    const result = parseExchange(exchangeV3);
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.posting.managerTitle).toBe(
      'Dirprwy Is-Ganghellor (Deputy Vice-Chancellor)',
    );
    expect(result.draft.posting.howToApply).toMatch(/Siân Ŵyn/);
    expect(result.draft.posting.welshLanguage).toBe('learn');
    expect(result.draft.wording.context).toMatch(/two campuses/);
  });

  it('opens version 2 with the job pack’s details empty and the generated wording', () => {
    const result = parseExchange(exchangeV2);
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.posting).toMatchObject({
      salaryFrom: null,
      closingDate: '',
      welshLanguage: null,
    });
    expect(result.draft.wording).toMatchObject({
      context: null,
      relationships: null,
      advert: null,
    });
  });

  it('opens version 3 with its dismissed wording findings', () => {
    const result = parseExchange(exchangeV3);
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.wordingDismissals[0]?.finding).toBe('shared-responsibility:supports');
  });

  it('opens version 3 with the level the role is meant to be, and version 2 with it unset', () => {
    const v3 = parseExchange(exchangeV3);
    if (!v3.ok) throw new Error(v3.error);
    expect(v3.draft.remit.targetLevel).toBe('institution');
    const v2 = parseExchange(exchangeV2);
    if (!v2.ok) throw new Error(v2.error);
    expect(v2.draft.remit.targetLevel).toBeNull();
  });

  it('opens version 1 (first release) as the draft that was exported', () => {
    const result = parseExchange(exchangeV1);
    expect(result.ok && result.draft).toEqual(releaseDrafts(storeV1)[0]);
  });

  it('opens version 2 with its reasons, comments and sign-offs', () => {
    const result = parseExchange(exchangeV2);
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.reasons.gradeBand).toMatch(/^Matched to heads/);
    expect(result.draft.responsibilities[0]?.reason).toMatch(/no other route/);
    expect(result.draft.comments).toHaveLength(1);
    expect(result.draft.signOffs).toHaveLength(1);
  });

  it('says a file from a newer Keystone needs an update', () => {
    const newer = exchangeV3.replace('"version": 3', '"version": 4');
    const result = parseExchange(newer);
    expect(result.ok ? '' : result.error).toMatch(NEWER);
  });
});

describe('a hand-off file from every past version', () => {
  it('has a sample of version 1 and 2, today’s', () => {
    expect(HANDOFF_FORMAT.version).toBe(2);
  });

  it('opens version 2 with the job description the draft was started from', () => {
    const result = parseHandoff(handoffV2);
    if (!result.ok) throw new Error(result.error);
    expect(result.file.draft.original.text).toMatch(/^Director of Technical Strategy/);
  });

  it('opens version 2 with the job pack’s details', () => {
    const result = parseHandoff(handoffV2);
    if (!result.ok) throw new Error(result.error);
    expect(result.file.draft.posting.salaryTo).toBe(84_000);
  });

  it('opens version 2 with its dismissed wording findings', () => {
    const result = parseHandoff(handoffV2);
    if (!result.ok) throw new Error(result.error);
    expect(result.file.draft.wordingDismissals).toHaveLength(1);
  });

  it('opens version 1 with its sender, comments, sign-offs and history', () => {
    const result = parseHandoff(handoffV1);
    if (!result.ok) throw new Error(result.error);
    expect(result.file.sentBy.name).toBe('Siân Ó Súilleabháin');
    expect(result.file.draft.id).toBe('draft-release-1');
    expect(result.file.draft.handoffs).toHaveLength(1);
    expect(result.file.draft.signOffs).toHaveLength(1);
  });

  it('says a file from a newer Keystone needs an update', () => {
    const result = parseHandoff(handoffV2.replace('"version": 2', '"version": 3'));
    expect(result.ok ? '' : result.error).toMatch(NEWER);
  });
});

describe('a backup from every past version', () => {
  it('has a sample of version 1, 2 and 3, today’s', () => {
    expect(BACKUP_FORMAT.version).toBe(3);
  });

  it('opens version 3 with every draft as it was saved', () => {
    const result = readBackup(bytes(backupV3));
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts).toEqual(storedDrafts(backupV3));
  });

  it('opens version 2 with every draft, review record included', () => {
    const result = readBackup(bytes(backupV2));
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts).toEqual(storedDrafts(backupV2).map((d) => migrateDraft(d, 2)));
    expect(result.restorePoints).toHaveLength(2);
  });

  it('opens version 1 (first release) with every draft and restore point', () => {
    const result = readBackup(bytes(backupV1));
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts.map((d) => d.id)).toEqual(['draft-release-1', 'draft-release-2']);
    expect(result.drafts).toEqual(releaseDrafts(storeV1));
    expect(result.restorePoints.map((p) => p.label)).toEqual([
      'Before the panel',
      'Automatic, while editing',
    ]);
  });

  it('opens version 0 (the pre-release store inside a backup) in today’s shape', () => {
    const { state } = JSON.parse(storeV0) as { state: unknown };
    const result = readBackup(
      bytes(JSON.stringify({ type: 'keystone-backup', version: 0, state })),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts).toHaveLength(2);
    expect(result.drafts.every(isDraft)).toBe(true);
    expect(result.drafts[0]?.wording).toEqual({
      jobPurpose: null,
      context: null,
      relationships: null,
      advert: null,
    });
  });

  it('says a backup from a newer Keystone needs an update', () => {
    const result = readBackup(bytes(backupV3.replace('"version": 3', '"version": 4')));
    expect(result.ok ? '' : result.error).toMatch(NEWER);
  });
});

describe('a peer pack from every past version', () => {
  it('has a sample of version 1, 2 and 3, today’s', () => {
    expect(PEER_PACK_FORMAT.version).toBe(3);
  });

  it('opens a version 3 JSON pack with every profile', async () => {
    const result = await importJsonPack(packV3);
    if (!result.ok) throw new Error(result.errors.join(' '));
    expect(result.pack.profiles.map((p) => p.id)).toEqual(['profile-1', 'profile-2']);
  });

  it('opens a version 2 JSON pack with every profile', async () => {
    const result = await importJsonPack(packV2);
    if (!result.ok) throw new Error(result.errors.join(' '));
    expect(result.pack.profiles.map((p) => p.id)).toEqual(['profile-1', 'profile-2']);
  });

  it('opens a version 1 JSON pack (first release) with every profile', async () => {
    const result = await importJsonPack(packV1);
    if (!result.ok) throw new Error(result.errors.join(' '));
    expect(result.pack.header.name).toBe('Welsh network pack');
    expect(result.pack.profiles.map((p) => p.id)).toEqual(['profile-1', 'profile-2']);
    expect(result.pack.profiles.every(isDraft)).toBe(true);
  });

  it('opens the first release’s CSV pack with every row', async () => {
    const info = { name: 'Network', source: 'CSV file network.csv', createdAt: '2025-06-04' };
    const result = await importCsvPack(csvPack, info);
    if (!result.ok) throw new Error(result.errors.join(' '));
    expect(result.pack.profiles.map((p) => p.authority.title)).toEqual([
      'Head of Technical Services',
      'Technical Manager',
      'Director of Technical Strategy',
    ]);
    expect(result.pack.profiles[2]?.authority.annualBudget).toBe(2_500_000);
  });

  it('says a pack from a newer Keystone needs an update', async () => {
    const result = await importJsonPack(packV3.replace('"version": 3', '"version": 4'));
    expect(result.ok ? '' : result.errors[0]).toMatch(NEWER);
  });
});

describe('peer packs kept on this device from every past version', () => {
  it('reads profiles saved without a version (first release) as version 1', () => {
    const profiles = storedDrafts(storeV1);
    expect(PACK_STORE_FORMAT.version).toBe(3);
    expect(migrateStoredProfiles(profiles, undefined)).toEqual(releaseDrafts(storeV1));
  });

  it('says a pack saved by a newer Keystone needs an update', () => {
    expect(() => migrateStoredProfiles([], 4)).toThrow(NEWER);
  });
});

describe('restore points kept on this device from every past version', () => {
  beforeEach(() => localStorage.clear());

  it('has a sample of every version: 1 (a bare list), 2, 3 and 4, today’s', () => {
    expect(RESTORE_POINTS_FORMAT.version).toBe(4);
  });

  it('opens version 4 with every point', () => {
    localStorage.setItem(RESTORE_POINTS_KEY, pointsV4);
    const points = readRestorePoints(localStorage);
    expect(points.map((p) => p.id)).toEqual(['point-1', 'point-2']);
    expect(points[0]?.draft.original.text).toMatch(/^Director/);
  });

  it('opens version 4 with the job pack’s details of each point', () => {
    localStorage.setItem(RESTORE_POINTS_KEY, pointsV4);
    const points = readRestorePoints(localStorage);
    expect(points.map((p) => p.id)).toEqual(['point-1', 'point-2']);
    expect(points[0]?.draft.posting.location).toBe('Campws Penglais, Aberystwyth');
  });

  it('opens version 4 with the dismissed wording findings of each point', () => {
    localStorage.setItem(RESTORE_POINTS_KEY, pointsV4);
    const points = readRestorePoints(localStorage);
    expect(points.map((p) => p.id)).toEqual(['point-1', 'point-2']);
    expect(points[0]?.draft.wordingDismissals).toHaveLength(1);
  });

  it('opens version 3 with the review record of each point', () => {
    localStorage.setItem(RESTORE_POINTS_KEY, pointsV3);
    const points = readRestorePoints(localStorage);
    expect(points.map((p) => p.id)).toEqual(['point-1', 'point-2']);
    expect(points[0]?.draft.signOffs[0]?.name).toBe('Łukasz Wróbel');
  });

  it('opens version 1 (first release, a bare list) with every point', () => {
    localStorage.setItem(RESTORE_POINTS_KEY, pointsV1);
    const points = readRestorePoints(localStorage);
    expect(points.map((p) => p.id)).toEqual(['point-1', 'point-2']);
    expect(points.map((p) => p.draft)).toEqual(releaseDrafts(storeV1));
  });

  it('opens version 2 (stamped) with every point', () => {
    const list = JSON.parse(pointsV1) as unknown[];
    localStorage.setItem(RESTORE_POINTS_KEY, JSON.stringify({ version: 2, points: list }));
    expect(readRestorePoints(localStorage).map((p) => p.id)).toEqual(['point-1', 'point-2']);
  });

  it('says points saved by a newer Keystone need an update, and keeps them aside', () => {
    localStorage.setItem(RESTORE_POINTS_KEY, JSON.stringify({ version: 5, points: [] }));
    expect(readRestorePoints(localStorage)).toEqual([]);
    expect(useKeystoneStore.getState().storageStatus.unreadable?.problems[0]).toMatch(NEWER);
  });
});
