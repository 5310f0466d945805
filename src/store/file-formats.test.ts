/**
 * Every format that holds drafts, checked as a set: each can be read from every version it was
 * ever written in, and a new draft version reaches every draft it holds.
 */
import { EXCHANGE_FORMAT } from '../domain/exchange/exchange-migrations';
import { HANDOFF_FORMAT } from '../domain/handoff/handoff-migrations';
import type { ContainerFormat } from '../domain/migrations/container-migrations';
import { migrateContainer } from '../domain/migrations/container-migrations';
import { DRAFT_CHAIN, DRAFT_VERSION } from '../domain/migrations/draft-migrations';
import type { Chain } from '../domain/migrations/run-steps';
import { PEER_PACK_FORMAT } from '../domain/peers/peer-pack-migrations';
import { makeDraft } from '../testing/make-draft';
import { RESTORE_POINTS_FORMAT } from './history/restore-points-migrations';
import { STORE_FORMAT } from './migrations';
import { PACK_STORE_FORMAT } from './peers/peer-pack-db-migrations';
import { BACKUP_FORMAT } from './storage/backup-migrations';

const point = (id: string) => ({
  id,
  kind: 'named',
  label: '',
  createdAt: '',
  draft: makeDraft({ id }),
});

/** Each format, with a container of today's shape holding the drafts a and b. */
const FORMATS: [ContainerFormat, Record<string, unknown>, number][] = [
  [STORE_FORMAT, { drafts: { a: makeDraft({ id: 'a' }), b: makeDraft({ id: 'b' }) } }, 2],
  [EXCHANGE_FORMAT, { draft: makeDraft({ id: 'a' }) }, 1],
  [HANDOFF_FORMAT, { draft: makeDraft({ id: 'a' }) }, 1],
  [
    BACKUP_FORMAT,
    { state: { drafts: { a: makeDraft({ id: 'a' }) } }, restorePoints: [point('b')] },
    2,
  ],
  [PEER_PACK_FORMAT, { profiles: [makeDraft({ id: 'a' }), makeDraft({ id: 'b' })] }, 2],
  [PACK_STORE_FORMAT, { profiles: [makeDraft({ id: 'a' }), makeDraft({ id: 'b' })] }, 2],
  [RESTORE_POINTS_FORMAT, { points: [point('a'), point('b')] }, 2],
];

/** A test-only draft version 2, one past today's. */
const nextDraft: Chain<unknown> = {
  ...DRAFT_CHAIN,
  version: DRAFT_VERSION + 1,
  steps: { ...DRAFT_CHAIN.steps, [DRAFT_VERSION]: (d) => ({ ...(d as object), next: true }) },
};

const countNext = (value: unknown): number => JSON.stringify(value).split('"next":true').length - 1;

describe.each(FORMATS.map(([f, c, n]) => [f.what, f, c, n] as const))(
  'the %s format',
  (_what, format, container, drafts) => {
    it('holds today’s draft version in its own current version', () => {
      expect(format.draftVersionIn[format.version]).toBe(DRAFT_VERSION);
    });

    it('has a step from every past version and says which draft version each held', () => {
      for (let v = format.first; v <= format.version; v += 1) {
        expect(format.draftVersionIn[v]).toBeDefined();
        if (v < format.version) expect(format.steps[v]).toBeTypeOf('function');
      }
    });

    it('runs the draft steps on every draft it holds', () => {
      expect(countNext(migrateContainer(format, container, format.version, nextDraft))).toBe(
        drafts,
      );
    });

    it('refuses a version from the future in the shared wording', () => {
      expect(() => migrateContainer(format, container, format.version + 1)).toThrow(
        new RegExp(
          `^The ${format.what} was made by a newer version of Keystone \\(data version ${format.version + 1}; this version of Keystone reads version ${format.version} and earlier\\)\\. Update Keystone and try again\\.$`,
        ),
      );
    });
  },
);
