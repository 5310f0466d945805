/**
 * Ids that cannot collide with the language (own-key.ts): a draft saved, backed up or kept in a
 * restore point under a name every object answers to ("toString", "constructor", "__proto__",
 * "hasOwnProperty"...) reads as any other draft, keeps its place and step, and keeps its restore
 * points; it never makes Keystone fail to start or lose a draft.
 */
import fc from 'fast-check';
import { RESERVED_KEYS } from '../domain/own-key';
import { makeDraft } from '../testing/make-draft';
import { restoreFromPoint, readRestorePoints } from './history/restore-point-store';
import type { RestorePoint } from './history/restore-points';
import { writeRestorePoints } from './history/restore-points-migrations';
import { useKeystoneStore } from './keystone-store';
import { readBackup, writeBackup } from './storage/backup-file';
import { applyBackup } from './storage/restore-backup';
import { readSavedData } from './storage/read-saved-data';

const reserved = fc.constantFrom(...RESERVED_KEYS);
const bytes = (text: string) => new TextEncoder().encode(text);

/** JSON with `id` as a key, written by hand: JSON.stringify drops an own "__proto__" key. */
function savedWith(id: string, currentId: string) {
  const draft = JSON.stringify(makeDraft({ id, name: `Draft ${id}` }));
  const other = JSON.stringify(makeDraft({ id: 'd-other', name: 'Other' }));
  const ids = JSON.stringify(id);
  return `{"state":{"drafts":{${ids}:${draft},"d-other":${other}},"order":[${ids},"d-other"],"currentId":${JSON.stringify(currentId)},"steps":{${ids}:"review"}},"version":1}`;
}

const point = (draftId: string): RestorePoint => ({
  id: `p-${draftId}`,
  kind: 'named',
  label: 'Before the panel',
  createdAt: '2026-01-01T09:00:00.000Z',
  draft: makeDraft({ id: draftId, name: `Draft ${draftId}` }),
});

afterEach(() => {
  useKeystoneStore.setState({
    drafts: {},
    order: [],
    currentId: null,
    steps: {},
    restorePoints: [],
  });
});

describe('a draft id that is a name every object has', () => {
  it('is read from saved data under a fresh id, with its place, step and the open draft (property)', () => {
    fc.assert(
      fc.property(reserved, (id) => {
        const result = readSavedData(savedWith(id, id));
        expect(result.kind).toBe('ok');
        if (result.kind !== 'ok') return;
        const [first, second] = result.data.order;
        expect(second).toBe('d-other');
        expect(first).not.toBe(id);
        expect(RESERVED_KEYS.has(first ?? '')).toBe(false);
        expect(Object.keys(result.data.drafts)).toHaveLength(2);
        expect(Object.hasOwn(result.data.drafts, first ?? '')).toBe(true);
        expect(result.data.drafts[first ?? '']).toMatchObject({ id: first, name: `Draft ${id}` });
        expect(result.data.steps).toEqual({ [first ?? '']: 'review', 'd-other': 'context' });
        expect(result.data.currentId).toBe(first);
        expect(Object.getPrototypeOf(result.data.drafts)).toBe(Object.prototype);
      }),
    );
  });

  it('never becomes the open draft when only the saved open id is such a name (property)', () => {
    fc.assert(
      fc.property(reserved, (id) => {
        const raw = savedWith('d-one', id);
        const result = readSavedData(raw);
        expect(result.kind === 'ok' && result.data.currentId).toBe('d-one');
      }),
    );
  });

  it('is restored from a backup with its restore points still beside it (property)', () => {
    fc.assert(
      fc.property(
        reserved.filter((id) => id !== '__proto__' && id !== 'constructor'),
        (id) => {
          const draft = makeDraft({ id, name: `Draft ${id}` });
          const data = { drafts: { [id]: draft }, order: [id], currentId: id, steps: {} };
          const read = readBackup(bytes(writeBackup(data, [point(id)], new Date(0))));
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          const [restored] = read.drafts;
          expect(restored?.id).not.toBe(id);
          expect(read.restorePoints[0]?.draft.id).toBe(restored?.id);
          applyBackup(read.drafts, read.restorePoints);
          const state = useKeystoneStore.getState();
          expect(state.order).toEqual([restored?.id]);
          expect(state.steps).toEqual({ [restored?.id ?? '']: 'context' });
          expect(state.restorePoints.map((p) => p.draft.id)).toContain(restored?.id);
          useKeystoneStore.setState({ drafts: {}, order: [], currentId: null, steps: {} });
        },
      ),
    );
  });

  it('refuses a backup keyed by "__proto__" or "constructor" with a clear message', () => {
    for (const id of ['__proto__', 'constructor']) {
      const draft = JSON.stringify(makeDraft({ id }));
      const raw = `{"type":"keystone-backup","version":1,"exportedAt":"","state":{"drafts":{${JSON.stringify(id)}:${draft}},"order":[],"currentId":null,"steps":{}},"restorePoints":[]}`;
      expect(readBackup(bytes(raw))).toEqual({
        ok: false,
        error: `The file uses the name “${id}” at .state.drafts, which Keystone does not accept in a file.`,
      });
    }
  });

  it('keeps a saved restore point of such a draft, and restores it as a draft (property)', () => {
    fc.assert(
      fc.property(reserved, (id) => {
        localStorage.setItem('keystone:restore-points', writeRestorePoints([point(id)]));
        const [read] = readRestorePoints();
        expect(read?.draft.name).toBe(`Draft ${id}`);
        expect(RESERVED_KEYS.has(read?.draft.id ?? '')).toBe(false);
        useKeystoneStore.setState({ restorePoints: read ? [read] : [] });
        expect(restoreFromPoint(read?.id ?? '')).toBe(true);
        const state = useKeystoneStore.getState();
        expect(state.order).toEqual([read?.draft.id]);
        expect(state.currentId).toBe(read?.draft.id);
        useKeystoneStore.setState({ drafts: {}, order: [], currentId: null, steps: {} });
      }),
    );
  });

  it('finds no draft by such a name in the store, so nothing inherited is taken for a draft (property)', () => {
    fc.assert(
      fc.property(reserved, (id) => {
        const store = useKeystoneStore.getState();
        store.selectDraft(id);
        store.updateDraft(id, (d) => ({ ...d, name: 'changed' }));
        store.deleteDraft(id);
        expect(store.duplicateDraft(id)).toBeNull();
        expect(useKeystoneStore.getState()).toMatchObject({ currentId: null, order: [] });
      }),
    );
  });
});
