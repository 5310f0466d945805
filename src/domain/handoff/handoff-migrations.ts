/**
 * Migrations of the hand-off file (handoff-envelope.ts). Version 1, the first, holds draft
 * version 2; there are no steps yet. Every version has a fixture under tests/fixtures/.
 */
import type { ContainerFormat } from '../migrations/container-migrations';
import { HANDOFF_VERSION } from './handoff-envelope';

export const HANDOFF_FORMAT: ContainerFormat = {
  version: HANDOFF_VERSION,
  what: 'hand-off file',
  first: 1,
  // 1 → 2: the file is unchanged; its draft takes draft version 3.
  steps: { 1: (file) => file },
  draftVersionIn: { 1: 2, 2: 3 },
  eachDraft: (file, change) => ('draft' in file ? { ...file, draft: change(file.draft) } : file),
};
