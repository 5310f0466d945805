/**
 * Keeps the number texts Keystone could not read (typed-numbers-slice.ts) on this device, under a
 * key of their own beside the drafts, so that a reload shows them again with their reason.
 * Note: not in the drafts' own save: an unread text is not part of the role, so the draft's shape
 * and every file format stay as they are; the texts never leave the device (not in exports,
 * backups or hand-offs) and go with "Delete everything" (every "keystone:" key does).
 * Stamped with its version like every format Keystone saves; a later shape adds a step here.
 */
import { isRecord } from '../../domain/migrations/is-record';
import { parseUntrustedJson } from '../../domain/untrusted-json';
import { own } from '../../domain/own-key';
import { useKeystoneStore } from '../keystone-store';
import { setAside } from '../storage/quarantine';
import type { TypedNumber } from './typed-numbers-slice';

export const TYPED_NUMBERS_KEY = 'keystone:typed-numbers';
export const TYPED_NUMBERS_VERSION = 1;

const MAX_KEY = 300;
const MAX_TYPED = 1_000;

const isTyped = (v: unknown): v is TypedNumber =>
  isRecord(v) &&
  typeof v.text === 'string' &&
  v.text.length <= MAX_TYPED &&
  (v.base === null || (typeof v.base === 'number' && Number.isFinite(v.base)));

/** The saved texts, each checked; unreadable saved data is copied aside, never saved over. */
export function readTypedNumbers(area: Storage, now = new Date()): Record<string, TypedNumber> {
  let raw: string | null;
  try {
    raw = area.getItem(TYPED_NUMBERS_KEY);
  } catch {
    return {};
  }
  if (raw === null) return {};
  const parsed = parseUntrustedJson(raw, 1_000_000, { unkept: 'remove' });
  const value = parsed.ok ? parsed.value : null;
  if (!isRecord(value) || value.version !== TYPED_NUMBERS_VERSION || !isRecord(value.typed)) {
    setAside(area, raw, now);
    return {};
  }
  const typed: Record<string, TypedNumber> = {};
  for (const [key, entry] of Object.entries(value.typed)) {
    if (key.length <= MAX_KEY && isTyped(entry))
      typed[key] = { text: entry.text, base: entry.base };
  }
  return typed;
}

/** Writes the texts of drafts that still exist; no key at all when there are none. */
export function writeTypedNumbers(area: Storage, typed: Readonly<Record<string, TypedNumber>>) {
  const drafts = useKeystoneStore.getState().drafts;
  const kept = Object.fromEntries(
    Object.entries(typed).filter(([key]) => own(drafts, key.slice(0, key.indexOf('/')))),
  );
  try {
    if (Object.keys(kept).length === 0) area.removeItem(TYPED_NUMBERS_KEY);
    else
      area.setItem(
        TYPED_NUMBERS_KEY,
        JSON.stringify({ version: TYPED_NUMBERS_VERSION, typed: kept }),
      );
  } catch {
    // No room or no storage: the texts stay on screen in this tab, as they did before.
  }
}

/** Brings back the saved texts, then saves every change to them; returns its stop. */
export function startTypedNumbers(area: Storage = localStorage): () => void {
  const saved = readTypedNumbers(area);
  if (Object.keys(saved).length > 0) {
    useKeystoneStore.setState((s) => ({ typedNumbers: { ...saved, ...s.typedNumbers } }));
  }
  return useKeystoneStore.subscribe((state, previous) => {
    if (state.typedNumbers !== previous.typedNumbers) writeTypedNumbers(area, state.typedNumbers);
  });
}
