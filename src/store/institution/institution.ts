/**
 * What belongs to the institution rather than to a draft, kept once on this device and used in
 * every draft's documents (issue 14, item 3): its logo and its standard text (the equality,
 * right to work, flexible working and Technician Commitment statements). Under a key of its own
 * beside the drafts (`keystone:institution`), as the typed numbers are, so no draft, backup,
 * hand-off or exchange file changes shape; it never leaves the device and goes with "Delete
 * everything" (every "keystone:" key does). Stamped with its version like every format Keystone
 * saves, and brought forward by INSTITUTION_STEPS.
 * What is read back is checked again as a chosen file or a typed field is (readLogo, the text
 * rule), so a damaged or altered entry is copied aside and never drawn.
 */
import { logoBytes, readLogo, type DocumentLogo } from '../../domain/job-pack/logo-image';
import {
  MAX_STANDARD_TEXT,
  NO_STANDARD_TEXT,
  STANDARD_TEXT_KEYS,
  type StandardText,
  type StandardTextKey,
} from '../../domain/job-pack/standard-text';
import { isRecord } from '../../domain/migrations/is-record';
import { isKeptText } from '../../domain/text-rule';
import { parseUntrustedJson } from '../../domain/untrusted-json';
import { setAside } from '../storage/quarantine';

export const INSTITUTION_KEY = 'keystone:institution';
export const INSTITUTION_VERSION = 2;

export interface InstitutionData {
  logo: DocumentLogo | null;
  standardText: StandardText;
}

export const NO_INSTITUTION_DATA: InstitutionData = { logo: null, standardText: NO_STANDARD_TEXT };
const EMPTY = NO_INSTITUTION_DATA;

/** Each step takes the saved value of version n (its index + 1) to version n + 1. */
const INSTITUTION_STEPS: readonly ((value: Record<string, unknown>) => Record<string, unknown>)[] =
  [
    // 1 → 2: the standard text came; the logo is kept and every statement starts blank.
    (v) => ({ ...v, version: 2, standardText: { ...NO_STANDARD_TEXT } }),
  ];

function checkedLogo(value: unknown): DocumentLogo | null | undefined {
  if (value === null) return null;
  if (!isRecord(value) || typeof value.dataUrl !== 'string' || typeof value.alt !== 'string')
    return undefined;
  if (!/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]*={0,2}$/.test(value.dataUrl)) return undefined;
  const read = readLogo(logoBytes(value.dataUrl), value.alt);
  return read.ok && read.logo.alt !== '' ? read.logo : undefined;
}

function checkedText(value: unknown): StandardText | undefined {
  if (!isRecord(value)) return undefined;
  const text: Partial<Record<StandardTextKey, string>> = {};
  for (const key of STANDARD_TEXT_KEYS) {
    const one = value[key];
    if (typeof one !== 'string' || one.length > MAX_STANDARD_TEXT || !isKeptText(one))
      return undefined;
    text[key] = one;
  }
  return text as StandardText;
}

const isBlank = (data: InstitutionData) =>
  data.logo === null && STANDARD_TEXT_KEYS.every((key) => data.standardText[key] === '');

/** The saved data of any version this app has written, brought to today's; null when unreadable. */
export function migrateInstitution(value: unknown): InstitutionData | null {
  if (!isRecord(value) || !Number.isInteger(value.version)) return null;
  const from = value.version as number;
  // Note: a version from a later Keystone, or none we know, is set aside rather than guessed at.
  if (from < 1 || from > INSTITUTION_VERSION) return null;
  const current = INSTITUTION_STEPS.slice(from - 1).reduce((v, step) => step(v), value);
  const logo = checkedLogo(current.logo ?? null);
  const standardText = checkedText(current.standardText);
  return logo === undefined || standardText === undefined ? null : { logo, standardText };
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

/**
 * Saves it, removing the key when nothing is kept; false when the device has no room (the
 * caller says so and keeps what was there).
 */
export function writeInstitution(area: Storage, data: InstitutionData): boolean {
  try {
    if (isBlank(data)) area.removeItem(INSTITUTION_KEY);
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

function keep(next: InstitutionData): boolean {
  if (!writeInstitution(localStorage, next)) return false;
  cached = next;
  for (const listener of listeners) listener();
  return true;
}

/** Keeps (or, with null, removes) the logo on this device; false when it could not be saved. */
export const keepLogo = (logo: DocumentLogo | null): boolean =>
  keep({ ...institutionSnapshot(), logo });

/** Keeps one standard statement on this device as typed; false when it could not be saved. */
export function keepStandardText(key: StandardTextKey, text: string): boolean {
  const kept = institutionSnapshot();
  return keep({ ...kept, standardText: { ...kept.standardText, [key]: text } });
}

/** Calls `listener` whenever what is kept changes; returns its stop. */
export const subscribeInstitution = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
