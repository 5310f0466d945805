/**
 * Every file that holds drafts (saved store, exchange file, backup, peer pack, restore points)
 * is a container with a version of its own. Reading one runs the container's own steps first,
 * which reshape the container and never look inside a draft, then the draft steps for each
 * draft it holds, from the draft version that container version was written with.
 */
import type { Chain } from './run-steps';
import { checkVersion, runSteps } from './run-steps';
import { DRAFT_CHAIN, migrateDraft } from './draft-migrations';
import { MigrationError } from './migration-error';
import { isRecord } from './is-record';

type Container = Record<string, unknown>;

export interface ContainerFormat extends Chain<Container> {
  /**
   * Frozen: the draft version each past container version was written with. The current
   * version's entry must be DRAFT_VERSION (a test checks), so a new draft version needs a new
   * container version.
   */
  draftVersionIn: Readonly<Record<number, number>>;
  /** Changes every draft in a container of today's shape; anything else is left as it is. */
  eachDraft: (container: Container, change: (draft: unknown) => unknown) => Container;
}

/** A container's `from` version brought up to today's, drafts included; still unvalidated. */
export function migrateContainer(
  format: ContainerFormat,
  value: unknown,
  from: unknown,
  draftChain = DRAFT_CHAIN,
): Container {
  const version = checkVersion(format as Chain<unknown>, from);
  if (!isRecord(value)) {
    throw new MigrationError(`The ${format.what} is not in the expected shape.`);
  }
  const draftVersion = format.draftVersionIn[version];
  if (draftVersion === undefined) {
    throw new MigrationError(`No migration from ${format.what} version ${version}.`);
  }
  const reshaped = runSteps(format, value, version);
  if (draftVersion === draftChain.version) return reshaped;
  return format.eachDraft(reshaped, (draft) => migrateDraft(draft, draftVersion, draftChain));
}

/** `eachDraft` for a list of drafts under `key`. */
export const draftsInList =
  (key: string) =>
  (container: Container, change: (draft: unknown) => unknown): Container => {
    const list = container[key];
    return Array.isArray(list) ? { ...container, [key]: list.map(change) } : container;
  };

/** `eachDraft` for a list of records under `key`, each holding a draft under `draft`. */
export const draftsInRecords =
  (key: string) =>
  (container: Container, change: (draft: unknown) => unknown): Container => {
    const list = container[key];
    if (!Array.isArray(list)) return container;
    const changed = list.map((item) =>
      isRecord(item) && 'draft' in item ? { ...item, draft: change(item.draft) } : item,
    );
    return { ...container, [key]: changed };
  };
