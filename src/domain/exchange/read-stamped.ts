/**
 * Reads a JSON file Keystone wrote, stamped with a type and a version, without trusting it:
 * parse within limits, check the type, migrate from its version, then validate. Shared by the
 * exchange file and the hand-off file, so both refuse hostile input in the same words.
 */
import type * as z from 'zod/mini';
import type { ContainerFormat } from '../migrations/container-migrations';
import { migrateContainer } from '../migrations/container-migrations';
import { MigrationError } from '../migrations/migration-error';
import { quoteText } from '../quote-text';
import { MAX_IMPORT_BYTES, parseUntrustedJson } from '../untrusted-json';

export interface Stamp<T> {
  type: string;
  format: ContainerFormat;
  schema: z.ZodMiniType<T>;
  /** What the file holds, in messages: "a Keystone role draft". */
  noun: string;
  /** Said when validation fails: "The draft could not be imported." */
  refused: string;
}

export type ReadStamped<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_REPORTED = 3;

/** "draft.responsibilities[2].text" from a validation path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    const part = String(key);
    return name ? `${name}.${part}` : part;
  }, '');
}

export function readStamped<T>(text: string, stamp: Stamp<T>): ReadStamped<T> {
  // Note: the text rule (text-rule.ts) as for every import: pasted line breaks (Word's U+000B)
  // read as the field keeps them, so Keystone's own export always opens again; a character no
  // field keeps is refused with where it is.
  const parsed = parseUntrustedJson(text, MAX_IMPORT_BYTES);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: `The file does not hold ${stamp.noun} (expected an object).` };
  }
  const { type, version } = value as Record<string, unknown>;
  if (type !== stamp.type) {
    const found = typeof type === 'string' ? quoteText(type) : 'missing';
    return {
      ok: false,
      error: `The file is not ${stamp.noun}: its "type" is ${found}, expected "${stamp.type}".`,
    };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateContainer(stamp.format, value, version);
  } catch (error) {
    if (error instanceof MigrationError) return { ok: false, error: error.message };
    throw error;
  }
  const result = stamp.schema.safeParse({ ...migrated, version: stamp.format.version });
  if (!result.success) {
    const issues = result.error.issues;
    const listed = issues
      .slice(0, MAX_REPORTED)
      .map((issue) => `${fieldName(issue.path) || 'the file'}: ${issue.message}`);
    const more = issues.length > MAX_REPORTED ? ` (and ${issues.length - MAX_REPORTED} more)` : '';
    return { ok: false, error: `${stamp.refused} ${listed.join('; ')}${more}.` };
  }
  return { ok: true, value: result.data };
}
