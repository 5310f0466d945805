/**
 * Migrations of the persisted store, pure: each container step takes the data saved by one
 * version and returns the next version's; the drafts inside are brought up to date by the draft
 * migrations (domain/migrations/draft-migrations.ts). Version 0 is the pre-release shape (drafts
 * in a list); version 1 is the first release. Every past version has a saved fixture under
 * tests/fixtures/ and a test that loads it into today's shape.
 *
 * Migrations only reshape; they never judge. Whether each draft is valid is decided afterwards
 * (see storage/read-saved-data.ts), so one bad draft cannot make the others unreadable.
 */
import type { ContainerFormat } from '../domain/migrations/container-migrations';
import { migrateContainer } from '../domain/migrations/container-migrations';
import { isRecord } from '../domain/migrations/is-record';
import type { KeystoneData } from './keystone-data';
import { hasOwnKey } from '../domain/own-key';

export const STORE_VERSION = 3;

/** 0 → 1: the list of drafts becomes a map with an order and the step each was open on. */
export function storeFrom0(saved: Record<string, unknown>): Record<string, unknown> {
  const list = Array.isArray(saved.drafts) ? saved.drafts : [];
  const drafts: Record<string, unknown> = {};
  const order: string[] = [];
  const steps: Record<string, string> = {};
  for (const draft of list) {
    if (!isRecord(draft) || typeof draft.id !== 'string' || hasOwnKey(drafts, draft.id)) continue;
    drafts[draft.id] = draft;
    order.push(draft.id);
    steps[draft.id] = 'context';
  }
  const currentId = typeof saved.currentId === 'string' ? saved.currentId : (order[0] ?? null);
  return { drafts, order, currentId, steps };
}

export const STORE_FORMAT: ContainerFormat = {
  version: STORE_VERSION,
  what: 'saved data',
  first: 0,
  // 1 → 2: the store is unchanged; its drafts gain the review record (draft version 2).
  // 2 → 3: the store is unchanged; its drafts take draft version 3.
  steps: { 0: storeFrom0, 1: (saved) => saved, 2: (saved) => saved },
  draftVersionIn: { 0: 0, 1: 1, 2: 2, 3: 3 },
  eachDraft: (saved, change) => {
    if (!isRecord(saved.drafts)) return saved;
    const drafts = Object.fromEntries(
      Object.entries(saved.drafts).map(([id, draft]) => [id, change(draft)]),
    );
    return { ...saved, drafts };
  },
};

/**
 * Brings data saved by `version` up to STORE_VERSION. The result still needs validating: it has
 * today's shape, not yet today's guarantees. Throws a MigrationError for data it cannot read.
 */
export const migrate = (persisted: unknown, version: number): KeystoneData =>
  migrateContainer(STORE_FORMAT, persisted, version) as unknown as KeystoneData;
