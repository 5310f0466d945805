/**
 * Unreadable saved data is never overwritten silently: before anything else is saved, the
 * original text is copied, byte for byte, to a key of its own, where it stays until the person
 * deletes everything on this device.
 */

export const QUARANTINE_PREFIX = 'keystone:unreadable:';

/** Keys holding set-aside data, oldest first. */
export function quarantinedKeys(area: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < area.length; i += 1) {
    const key = area.key(i);
    if (key?.startsWith(QUARANTINE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/**
 * Copies `raw` aside; returns its key, or null when storage has no room for the copy. The same
 * text is kept once, however many times the app is reloaded.
 */
export function setAside(area: Storage, raw: string, now: Date): string | null {
  for (const key of quarantinedKeys(area)) {
    if (area.getItem(key) === raw) return key;
  }
  const key = `${QUARANTINE_PREFIX}${now.toISOString()}`;
  try {
    area.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}
