/**
 * Any draft, written in the format of any past version, opens again as the same draft with the
 * same scores. Version 1 of every format is what today's writers write; the pre-release store
 * and backup (version 0) are written by frozen copies of their shapes below.
 */
import fc from 'fast-check';
import { emptyDraft } from '../domain/empty-draft';
import { parseExchange, toExchangeJson } from '../domain/exchange/draft-exchange';
import { importJsonPack } from '../domain/peers/import-json-pack';
import { PEER_PACK_TYPE, PEER_PACK_VERSION } from '../domain/peers/peer-pack';
import type { RoleDraft } from '../domain/role-draft';
import { scoreDraft } from '../domain/score-draft';
import { arbitraryDraft } from '../testing/arbitrary-draft';
import { RESTORE_POINTS_KEY, readRestorePoints } from './history/restore-point-store';
import type { RestorePoint } from './history/restore-points';
import { writeRestorePoints } from './history/restore-points-migrations';
import type { KeystoneData } from './keystone-data';
import { STORE_VERSION } from './migrations';
import { migrateStoredProfiles } from './peers/peer-pack-db-migrations';
import { readBackup, writeBackup } from './storage/backup-file';
import { readSavedData } from './storage/read-saved-data';
import { writeEnvelope } from './storage/saved-envelope';

const RUNS = { numRuns: 40 };
const NOW = new Date('2026-01-01T09:00:00.000Z');

const stateOf = (draft: RoleDraft): KeystoneData => ({
  drafts: { [draft.id]: draft },
  order: [draft.id],
  currentId: draft.id,
  steps: { [draft.id]: 'context' },
});

const pointOf = (draft: RoleDraft): RestorePoint => ({
  id: 'p1',
  kind: 'named',
  label: 'Saved by you',
  createdAt: NOW.toISOString(),
  draft,
});

/** Version 0 drafts had no wording or peer filter: the fields a pre-release save lacked. */
const prerelease = (draft: RoleDraft) => {
  const { wording: _w, peerFilter: _p, ...rest } = draft;
  void [_w, _p];
  return rest;
};

/** What a pre-release draft reads as: today's draft with those questions unanswered. */
const blank = emptyDraft('blank', 'Blank', NOW.toISOString());
const unanswered = arbitraryDraft().map((draft) => ({
  ...draft,
  wording: blank.wording,
  peerFilter: blank.peerFilter,
}));

function expectSame(read: RoleDraft | undefined, written: RoleDraft) {
  expect(read).toEqual(written);
  expect(scoreDraft(read as RoleDraft)).toEqual(scoreDraft(written));
}

const bytes = (text: string) => new TextEncoder().encode(text);

function fromStore(text: string, id: string) {
  const result = readSavedData(text);
  return result.kind === 'ok' ? result.data.drafts[id] : undefined;
}

function fromBackup(text: string) {
  const result = readBackup(bytes(text));
  if (!result.ok) throw new Error(result.error);
  return { draft: result.drafts[0], point: result.restorePoints[0]?.draft };
}

describe('any draft any past version wrote still opens and scores the same', () => {
  it('from the saved store, version 1 (today’s writer)', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const text = writeEnvelope({
          revision: 1,
          writer: 'tab-a',
          savedAt: NOW.toISOString(),
          version: STORE_VERSION,
          state: stateOf(draft),
        });
        expectSame(fromStore(text, draft.id), draft);
      }),
      RUNS,
    );
  });

  it('from the saved store, version 0 (pre-release: a list of drafts)', () => {
    fc.assert(
      fc.property(unanswered, (draft) => {
        const text = JSON.stringify({ state: { drafts: [prerelease(draft)] }, version: 0 });
        expectSame(fromStore(text, draft.id), draft);
      }),
      RUNS,
    );
  });

  it('from an exchange file, version 1', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const result = parseExchange(toExchangeJson(draft));
        expectSame(result.ok ? result.draft : undefined, draft);
      }),
      RUNS,
    );
  });

  it('from a backup, version 1, drafts and restore points alike', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const read = fromBackup(writeBackup(stateOf(draft), [pointOf(draft)], NOW));
        expectSame(read.draft, draft);
        expectSame(read.point, draft);
      }),
      RUNS,
    );
  });

  it('from a backup, version 0 (the pre-release store inside)', () => {
    fc.assert(
      fc.property(unanswered, (draft) => {
        const state = { drafts: [prerelease(draft)] };
        const read = fromBackup(JSON.stringify({ type: 'keystone-backup', version: 0, state }));
        expectSame(read.draft, draft);
      }),
      RUNS,
    );
  });

  it('from a peer pack, version 1', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDraft(), async (draft) => {
        const pack = {
          type: PEER_PACK_TYPE,
          version: PEER_PACK_VERSION,
          name: 'Pack',
          source: '',
          createdAt: NOW.toISOString(),
          illustrative: false,
          profiles: [draft],
        };
        const result = await importJsonPack(JSON.stringify(pack, null, 2));
        expectSame(result.ok ? result.pack.profiles[0] : undefined, draft);
      }),
      RUNS,
    );
  });

  it('from the restore points on this device, versions 1 (a bare list) and 2', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        for (const text of [
          JSON.stringify([pointOf(draft)]),
          writeRestorePoints([pointOf(draft)]),
        ]) {
          localStorage.setItem(RESTORE_POINTS_KEY, text);
          expectSame(readRestorePoints(localStorage)[0]?.draft, draft);
        }
      }),
      RUNS,
    );
  });

  it('from a peer pack kept on this device, saved without a version (version 1)', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const stored = JSON.parse(JSON.stringify([draft])) as unknown[];
        expectSame(migrateStoredProfiles(stored, undefined)[0] as RoleDraft, draft);
      }),
      RUNS,
    );
  });
});
