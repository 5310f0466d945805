/** Writes a hand-off file and reads one back without trusting it (read-stamped.ts). */
import { APP_NAME, APP_VERSION } from '../exchange/app-info';
import { readStamped } from '../exchange/read-stamped';
import type { RoleDraft } from '../role-draft';
import {
  HANDOFF_TYPE,
  HANDOFF_VERSION,
  handoffEnvelopeSchema,
  type HandoffEnvelope,
} from './handoff-envelope';
import { HANDOFF_FORMAT } from './handoff-migrations';

export interface Sender {
  name: string;
  role: string;
}

export function toHandoffJson(draft: RoleDraft, sentBy: Sender, sentAt: string): string {
  const file: HandoffEnvelope = {
    type: HANDOFF_TYPE,
    version: HANDOFF_VERSION,
    sentAt,
    app: { name: APP_NAME, version: APP_VERSION },
    sentBy,
    draft,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParseHandoffResult = { ok: true; file: HandoffEnvelope } | { ok: false; error: string };

export function parseHandoff(text: string): ParseHandoffResult {
  const read = readStamped(text, {
    type: HANDOFF_TYPE,
    format: HANDOFF_FORMAT,
    schema: handoffEnvelopeSchema(),
    noun: 'a Keystone hand-off file',
    refused: 'The hand-off file could not be opened.',
  });
  return read.ok ? { ok: true, file: read.value } : read;
}
