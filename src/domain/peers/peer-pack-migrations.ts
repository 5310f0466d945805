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
  // 1 → 2: unchanged; each profile gains the (always empty) review record of draft version 2.
  // 2 → 3: unchanged; each profile takes draft version 3.
  steps: { 1: (pack) => pack, 2: (pack) => pack },
  draftVersionIn: { 1: 1, 2: 2, 3: 3 },
  eachDraft: draftsInList('profiles'),
};
