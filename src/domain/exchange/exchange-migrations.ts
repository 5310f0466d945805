/**
 * Migrations of the exchange file (one draft, exchange-envelope.ts). Version 1 is the first
 * release; there are no steps yet. Every past version has a fixture under tests/fixtures/.
 */
import type { ContainerFormat } from '../migrations/container-migrations';
import { EXCHANGE_VERSION } from './exchange-envelope';

export const EXCHANGE_FORMAT: ContainerFormat = {
  version: EXCHANGE_VERSION,
  what: 'role draft file',
  first: 1,
  // 1 → 2: the file is unchanged; its draft gains the review record (draft version 2).
  // 2 → 3: the file is unchanged; its draft takes draft version 3.
  steps: { 1: (file) => file, 2: (file) => file },
  draftVersionIn: { 1: 1, 2: 2, 3: 3 },
  eachDraft: (file, change) => ('draft' in file ? { ...file, draft: change(file.draft) } : file),
};
