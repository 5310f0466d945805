/**
 * Migrations of the persisted store, pure: each takes the data saved by one version and returns
 * the next version's. Version 1 is the first release.
 */
import type { KeystoneData } from './keystone-store';

export const STORE_VERSION = 1;

export function migrate(persisted: unknown, version: number): KeystoneData {
  if (version > STORE_VERSION) {
    throw new Error(`Saved data is from a newer version of Keystone (${version}).`);
  }
  return persisted as KeystoneData;
}
