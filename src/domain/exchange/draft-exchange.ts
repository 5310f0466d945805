/** Writes a role draft to the exchange format and reads one back without trusting the file. */
import { migrateContainer } from '../migrations/container-migrations';
import { MigrationError } from '../migrations/migration-error';
import type { RoleDraft } from '../role-draft';
import { MAX_IMPORT_BYTES, parseUntrustedJson } from '../untrusted-json';
import { APP_NAME, APP_VERSION } from './app-info';
import {
  EXCHANGE_TYPE,
  EXCHANGE_VERSION,
  ExchangeEnvelopeSchema,
  type ExchangeEnvelope,
} from './exchange-envelope';
import { EXCHANGE_FORMAT } from './exchange-migrations';
import { quoteText } from '../quote-text';

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

const MAX_REPORTED = 3;

/** "draft.responsibilities[2].text" from a validation path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    const part = String(key);
    return name ? `${name}.${part}` : part;
  }, '');
}

export function parseExchange(text: string): ParseExchangeResult {
  // Note: the text rule (text-rule.ts) as for every import: pasted line breaks (Word's U+000B)
  // read as the field keeps them, so Keystone's own export always opens again; a character no
  // field keeps is refused with where it is.
  const parsed = parseUntrustedJson(text, MAX_IMPORT_BYTES);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      error: 'The file does not hold a Keystone role draft (expected an object).',
    };
  }
  const { type, version } = value as Record<string, unknown>;
  if (type !== EXCHANGE_TYPE) {
    const found = typeof type === 'string' ? quoteText(type) : 'missing';
    return {
      ok: false,
      error: `The file is not a Keystone role draft: its "type" is ${found}, expected "${EXCHANGE_TYPE}".`,
    };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateContainer(EXCHANGE_FORMAT, value, version);
  } catch (error) {
    if (error instanceof MigrationError) return { ok: false, error: error.message };
    throw error;
  }
  const result = ExchangeEnvelopeSchema.safeParse({ ...migrated, version: EXCHANGE_VERSION });
  if (!result.success) {
    const issues = result.error.issues;
    const listed = issues
      .slice(0, MAX_REPORTED)
      .map((issue) => `${fieldName(issue.path) || 'the file'}: ${issue.message}`);
    const more = issues.length > MAX_REPORTED ? ` (and ${issues.length - MAX_REPORTED} more)` : '';
    return { ok: false, error: `The draft could not be imported. ${listed.join('; ')}${more}.` };
  }
  return { ok: true, draft: result.data.draft };
}
