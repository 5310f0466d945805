/**
 * Migrations of the persisted store, pure: each takes the data saved by one version and returns
 * the next version's. Version 0 is the pre-release shape (drafts in a list, no wording or peer
 * filter); version 1 is the first release. Every past version has a saved fixture under
 * tests/fixtures/ and a test that loads it into today's shape.
 *
 * Migrations only reshape; they never judge. Whether each draft is valid is decided afterwards
 * (see storage/read-saved-data.ts), so one bad draft cannot make the others unreadable.
 */
import type { KeystoneData } from './keystone-store';

export const STORE_VERSION = 1;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Thrown for data no migration can read: a version from the future, or not an object at all. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

const EMPTY_WORDING = { jobPurpose: null };
const EMPTY_PEER_FILTER = {
  institutionTypes: [],
  nations: [],
  seniority: [],
  minCommunity: null,
  maxCommunity: null,
};

/** 0 → 1: the list of drafts becomes a map with an order; each draft gains wording and peers. */
function from0(saved: Record<string, unknown>): Record<string, unknown> {
  const list = Array.isArray(saved.drafts) ? saved.drafts : [];
  const drafts: Record<string, unknown> = {};
  const order: string[] = [];
  const steps: Record<string, string> = {};
  for (const draft of list) {
    if (!isRecord(draft) || typeof draft.id !== 'string' || draft.id in drafts) continue;
    drafts[draft.id] = { wording: EMPTY_WORDING, peerFilter: EMPTY_PEER_FILTER, ...draft };
    order.push(draft.id);
    steps[draft.id] = 'context';
  }
  const currentId = typeof saved.currentId === 'string' ? saved.currentId : (order[0] ?? null);
  return { drafts, order, currentId, steps };
}

const STEPS: Record<number, (saved: Record<string, unknown>) => Record<string, unknown>> = {
  0: from0,
};

/**
 * Brings data saved by `version` up to STORE_VERSION. The result still needs validating: it has
 * today's shape, not yet today's guarantees.
 */
export function migrate(persisted: unknown, version: number): KeystoneData {
  if (!Number.isInteger(version) || version < 0) {
    throw new MigrationError(
      `The saved data has no version Keystone recognises (${String(version)}).`,
    );
  }
  if (version > STORE_VERSION) {
    throw new MigrationError(
      `The saved data is from a newer version of Keystone (data version ${version}; this copy reads up to ${STORE_VERSION}).`,
    );
  }
  if (!isRecord(persisted))
    throw new MigrationError('The saved data is not in the expected shape.');
  let data: Record<string, unknown> = persisted;
  for (let v = version; v < STORE_VERSION; v += 1) {
    const step = STEPS[v];
    if (!step) throw new MigrationError(`No migration from data version ${v}.`);
    data = step(data);
  }
  return data as unknown as KeystoneData;
}
