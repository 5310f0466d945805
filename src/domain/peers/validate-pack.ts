/**
 * Validates a parsed peer pack: brought up to today's version (peer-pack-migrations.ts), the
 * header checked, then every profile against the draft's schema
 * (through its exact fast check, exact-draft.ts),
 * in chunks that hand control back between them (so the page stays responsive with 10,000
 * profiles). All or nothing: any error and no profile is returned.
 */
import * as z from 'zod/mini';
import { migrateContainer } from '../migrations/container-migrations';
import { MigrationError } from '../migrations/migration-error';
import { draftSchemas, type RoleDraft } from '../role-draft';
import { describeIssue, fieldPath } from './describe-issue';
import { isExactDraft } from './exact-draft';
import { extraFields } from './extra-fields';
import {
  PEER_PACK_TYPE,
  PEER_PACK_VERSION,
  PeerPackHeaderSchema,
  type ValidPack,
} from './peer-pack';
import { PEER_PACK_FORMAT } from './peer-pack-migrations';
import { quoteText } from '../quote-text';

export type PackResult = { ok: true; pack: ValidPack } | { ok: false; errors: string[] };

export interface ValidateOptions {
  /** Called between chunks: resolve on the next turn of the event loop to keep the page responsive. */
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  /** Names a profile in messages; CSV imports say "Row 7" and name columns instead of fields. */
  where?: (index: number) => string;
  field?: (path: string) => string;
  chunk?: number;
}

/** Stop listing after this many: one mistake repeated 10,000 times is one message's worth. */
export const MAX_ERRORS = 20;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

type Migrated = { ok: true; pack: Record<string, unknown> } | { ok: false; errors: string[] };

/** The pack brought up to today's version, or why it cannot be. */
function migratedPack(value: unknown): Migrated {
  if (!isObject(value)) {
    return {
      ok: false,
      errors: ['The file is not a Keystone peer pack (expected a JSON object).'],
    };
  }
  if (value.type !== PEER_PACK_TYPE) {
    return {
      ok: false,
      errors: [`The file is not a Keystone peer pack: "type" should be "${PEER_PACK_TYPE}".`],
    };
  }
  try {
    const pack = migrateContainer(PEER_PACK_FORMAT, value, value.version);
    return { ok: true, pack: { ...pack, version: PEER_PACK_VERSION } };
  } catch (error) {
    if (error instanceof MigrationError) return { ok: false, errors: [error.message] };
    throw error;
  }
}

function headerErrors(value: unknown): string[] {
  const result = z.safeParse(PeerPackHeaderSchema, value);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) => `Pack field "${fieldPath(issue.path) || 'profiles'}" ${describeIssue(issue)}.`,
  );
}

export async function validatePack(
  value: unknown,
  options: ValidateOptions = {},
): Promise<PackResult> {
  const migrated = migratedPack(value);
  if (!migrated.ok) return migrated;
  const errors = headerErrors(migrated.pack);
  if (errors.length > 0) return { ok: false, errors };
  const header = PeerPackHeaderSchema.parse(migrated.pack);
  const {
    pause = () => Promise.resolve(),
    onProgress,
    where = (i: number) => `Profile ${i + 1}`,
    field = (path: string) => `field "${path}"`,
    chunk = 500,
  } = options;
  const profiles: RoleDraft[] = [];
  const seen = new Set<string>();
  let more = 0;
  const report = (message: string) => {
    if (errors.length < MAX_ERRORS) errors.push(message);
    else more += 1;
  };
  for (let i = 0; i < header.profiles.length; i += 1) {
    if (i > 0 && i % chunk === 0) {
      onProgress?.(i, header.profiles.length);
      await pause();
    }
    const raw = header.profiles[i];
    // Note: the fast check answers for the usual, valid profile without copying it; the schema
    // runs only on a profile it refuses, to name what is wrong (exact-draft.ts).
    if (isExactDraft(raw)) {
      if (seen.has(raw.id)) report(`${where(i)}: the id ${quoteText(raw.id)} is used twice.`);
      seen.add(raw.id);
      profiles.push(raw);
      continue;
    }
    const result = z.safeParse(draftSchemas().draft, raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        report(`${where(i)}: ${field(fieldPath(issue.path))} ${describeIssue(issue)}.`);
      }
      continue;
    }
    for (const extra of extraFields(raw, result.data)) {
      report(`${where(i)}: ${field(extra)} is not part of the format.`);
    }
    if (seen.has(result.data.id))
      report(`${where(i)}: the id ${quoteText(result.data.id)} is used twice.`);
    seen.add(result.data.id);
    profiles.push(result.data);
  }
  onProgress?.(header.profiles.length, header.profiles.length);
  if (header.profiles.length === 0) errors.push('The pack has no profiles.');
  // A sentence of its own, as every message is: "…and 10 more" read as a fragment.
  if (more > 0)
    errors.push(more === 1 ? 'There is 1 more problem.' : `There are ${more} more problems.`);
  if (errors.length > 0) return { ok: false, errors };
  const { profiles: _ignored, ...rest } = header;
  void _ignored;
  return { ok: true, pack: { header: rest, profiles } };
}
