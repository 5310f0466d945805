/**
 * The chain every migration runs: step `n` takes data of version n to version n + 1. Steps are
 * frozen snapshots: each describes the shapes of its own two versions and never calls today's
 * code (an empty draft, a schema), so later changes cannot rewrite history.
 */
import { MigrationError } from './migration-error';
import { newerVersionMessage, unknownVersionMessage } from './version-messages';

export type Step<T> = (value: T) => T;
export type Steps<T> = Readonly<Record<number, Step<T>>>;

/** The current version of a format and the steps up to it. */
export interface Chain<T> {
  version: number;
  /** Names the data in messages: "file", "backup". */
  what: string;
  /** The oldest version this format was ever written in. */
  first: number;
  steps: Steps<T>;
}

/** Throws a MigrationError, in the shared wording, for a version no step leads from. */
export function checkVersion(chain: Chain<unknown>, version: unknown): number {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < chain.first) {
    throw new MigrationError(unknownVersionMessage(chain.what, version));
  }
  if (version > chain.version) {
    throw new MigrationError(newerVersionMessage(chain.what, version, chain.version));
  }
  return version;
}

/** Brings `value` from `from` up to the chain's version; unchanged (not copied) when current. */
export function runSteps<T>(chain: Chain<T>, value: T, from: unknown): T {
  let data = value;
  for (let v = checkVersion(chain as Chain<unknown>, from); v < chain.version; v += 1) {
    const step = chain.steps[v];
    if (!step) throw new MigrationError(`No migration from ${chain.what} version ${v}.`);
    data = step(data);
  }
  return data;
}
