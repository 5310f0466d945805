/** Writes a role draft to the exchange format and reads one back without trusting the file. */
import type { RoleDraft } from '../role-draft';
import { APP_NAME, APP_VERSION } from './app-info';
import {
  EXCHANGE_TYPE,
  EXCHANGE_VERSION,
  exchangeEnvelopeSchema,
  type ExchangeEnvelope,
} from './exchange-envelope';
import { EXCHANGE_FORMAT } from './exchange-migrations';
import { readStamped } from './read-stamped';

export interface ExportOptions {
  exportedAt?: string;
  appVersion?: string;
}

export function toExchange(draft: RoleDraft, options: ExportOptions = {}): ExchangeEnvelope {
  return {
    type: EXCHANGE_TYPE,
    version: EXCHANGE_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    app: { name: APP_NAME, version: options.appVersion ?? APP_VERSION },
    draft,
  };
}

export function toExchangeJson(draft: RoleDraft, options: ExportOptions = {}): string {
  return `${JSON.stringify(toExchange(draft, options), null, 2)}\n`;
}

export type ParseExchangeResult = { ok: true; draft: RoleDraft } | { ok: false; error: string };

export function parseExchange(text: string): ParseExchangeResult {
  const read = readStamped(text, {
    type: EXCHANGE_TYPE,
    format: EXCHANGE_FORMAT,
    schema: exchangeEnvelopeSchema(),
    noun: 'a Keystone role draft',
    refused: 'The draft could not be imported.',
  });
  return read.ok ? { ok: true, draft: read.value.draft } : read;
}
