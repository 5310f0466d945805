/**
 * The institution's logo, kept once on this device and put at the top of every draft's documents
 * (issue 14, item 3). Under a key of its own beside the drafts (`keystone:institution`), as the
 * typed numbers are: it belongs to the institution, not to a draft, so no draft, backup, hand-off
 * or exchange file changes shape; it never leaves the device and goes with "Delete everything"
 * (every "keystone:" key does). Stamped with its version like every format Keystone saves: a
 * later shape (the institution's standard statements) adds a step to INSTITUTION_STEPS.
 * What is read back is checked again as a chosen file is (readLogo), so a damaged or altered
 * entry is copied aside and never drawn.
 */
import { logoBytes, readLogo, type DocumentLogo } from '../../domain/job-pack/logo-image';
import { isRecord } from '../../domain/migrations/is-record';
import { parseUntrustedJson } from '../../domain/untrusted-json';
import { setAside } from '../storage/quarantine';

export const INSTITUTION_KEY = 'keystone:institution';
export const INSTITUTION_VERSION = 1;

export interface InstitutionData {
  logo: DocumentLogo | null;
}

const EMPTY: InstitutionData = { logo: null };

/** Each step takes the saved value of version n (its index + 1) to version n + 1. */
const INSTITUTION_STEPS: readonly ((value: Record<string, unknown>) => Record<string, unknown>)[] =
  [];

function checkedLogo(value: unknown): DocumentLogo | null | undefined {
  if (value === null) return null;
  if (!isRecord(value) || typeof value.dataUrl !== 'string' || typeof value.alt !== 'string')
    return undefined;
  if (!/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]*={0,2}$/.test(value.dataUrl)) return undefined;
  const read = readLogo(logoBytes(value.dataUrl), value.alt);
  return read.ok && read.logo.alt !== '' ? read.logo : undefined;
}

/** The saved data of any version this app has written, brought to today's; null when unreadable. */
export function migrateInstitution(value: unknown): InstitutionData | null {
  if (!isRecord(value) || !Number.isInteger(value.version)) return null;
  const from = value.version as number;
  // Note: a version from a later Keystone, or none we know, is set aside rather than guessed at.
  if (from < 1 || from > INSTITUTION_VERSION) return null;
  const current = INSTITUTION_STEPS.slice(from - 1).reduce((v, step) => step(v), value);
  const logo = checkedLogo(current.logo ?? null);
  return logo === undefined ? null : { logo };
}

/** What this device keeps; unreadable saved data is copied aside, never saved over. */
export function readInstitution(area: Storage, now = new Date()): InstitutionData {
  let raw: string | null;
  try {
    raw = area.getItem(INSTITUTION_KEY);
  } catch {
    return EMPTY;
  }
  if (raw === null) return EMPTY;
  const parsed = parseUntrustedJson(raw, 1_000_000, { unkept: 'remove' });
  const data = parsed.ok ? migrateInstitution(parsed.value) : null;
  if (data === null) {
    setAside(area, raw, now);
    return EMPTY;
  }
  return data;
}

/** Saves it; false when the device has no room (the caller says so and keeps what was there). */
export function writeInstitution(area: Storage, data: InstitutionData): boolean {
  try {
    if (data.logo === null) area.removeItem(INSTITUTION_KEY);
    else area.setItem(INSTITUTION_KEY, JSON.stringify({ version: INSTITUTION_VERSION, ...data }));
    return true;
  } catch {
    return false;
  }
}

let cached: InstitutionData | null = null;
const listeners = new Set<() => void>();

/** What is kept, read from storage once (on first use, not at start-up). */
export const institutionSnapshot = (): InstitutionData =>
  (cached ??= readInstitution(localStorage));

/** Forgets what was read, after "Delete everything" or another tab changed it. */
export function forgetInstitution(): void {
  cached = null;
  for (const listener of listeners) listener();
}

/** Keeps (or, with null, removes) the logo on this device; false when it could not be saved. */
export function keepLogo(logo: DocumentLogo | null): boolean {
  const next = { ...institutionSnapshot(), logo };
  if (!writeInstitution(localStorage, next)) return false;
  cached = next;
  for (const listener of listeners) listener();
  return true;
}

/** Calls `listener` whenever what is kept changes; returns its stop. */
export const subscribeInstitution = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
