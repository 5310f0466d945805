/**
 * Migrations of the peer-pack JSON file (peer-pack.ts). Version 1 is the first release; there
 * are no steps yet. A CSV pack has no version of its own: its columns (csv-columns.ts) are read
 * into today's draft directly, so a renamed column is handled there, not here.
 */
import type { ContainerFormat } from '../migrations/container-migrations';
import { draftsInList } from '../migrations/container-migrations';
import { PEER_PACK_VERSION } from './peer-pack';

export const PEER_PACK_FORMAT: ContainerFormat = {
  version: PEER_PACK_VERSION,
  what: 'peer pack',
  first: 1,
  steps: {},
  draftVersionIn: { 1: 1 },
  eachDraft: draftsInList('profiles'),
};
