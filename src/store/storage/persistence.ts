/**
 * Asks the browser to keep this site's storage even when space runs low (navigator.storage.persist)
 * and records the answer, so the person knows whether the browser may clear their drafts.
 */
import { reportStatus } from './storage-status-slice';
import type { Persistence } from './storage-status-slice';

export async function requestPersistence(
  storage: StorageManager | undefined = navigator.storage,
): Promise<Persistence> {
  let result: Persistence = 'unsupported';
  try {
    if (storage && typeof storage.persist === 'function') {
      const already = typeof storage.persisted === 'function' && (await storage.persisted());
      result = already || (await storage.persist()) ? 'granted' : 'not-granted';
    }
  } catch {
    result = 'not-granted';
  }
  reportStatus({ persistence: result });
  return result;
}
