/**
 * Test helper for the storage services (src/store/storage/storage-services.ts): a fixed clock,
 * the services started afresh before each test, and what another tab does to storage.
 */
import { STORAGE_KEY, useKeystoneStore } from '../store/keystone-store';
import { deleteEverything } from '../store/storage/delete-everything';
import { writeEnvelope } from '../store/storage/saved-envelope';
import { startStorageServices } from '../store/storage/storage-services';
import { makeDraft } from './make-draft';

/** `clock` is what Date.now says (move it on in a test); `stop` stops the running services. */
export const services = { clock: 1_000_000, stop: (): void => undefined };

/** Call once in a test file: each test starts with empty storage and the services running. */
export function runStorageServicesEachTest() {
  beforeEach(() => {
    vi.spyOn(Date, 'now').mockImplementation(() => services.clock);
    deleteEverything();
    services.stop = startStorageServices();
  });
  afterEach(() => {
    services.stop();
    vi.restoreAllMocks();
  });
}

export const store = () => useKeystoneStore.getState();
export const names = () => store().order.map((id) => store().drafts[id]?.name);
export const savedNames = () => {
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
    state: { order: string[]; drafts: Record<string, { name: string }> };
  } | null;
  return saved?.state.order.map((id) => saved.state.drafts[id]?.name) ?? [];
};

/** What another tab does: save its own version and let this tab hear of it. */
export function otherTabSaves(draftNames: string[], announce = true) {
  const drafts = Object.fromEntries(
    draftNames.map((name, i) => [`o${i}`, makeDraft({ id: `o${i}`, name })]),
  );
  const raw = writeEnvelope({
    revision: 99,
    writer: 'other-tab',
    savedAt: '',
    version: 1,
    state: { drafts, order: Object.keys(drafts), currentId: 'o0', steps: {} },
  });
  localStorage.setItem(STORAGE_KEY, raw);
  if (!announce) return;
  window.dispatchEvent(
    new StorageEvent('storage', { key: STORAGE_KEY, newValue: raw, storageArea: localStorage }),
  );
}
