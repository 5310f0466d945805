/** Saved view ids are only where the person was: an unknown one opens the first step. */
import { makeDraft } from '../testing/make-draft';
import { readSavedData } from './storage/read-saved-data';
import { writeEnvelope } from './storage/saved-envelope';
import { STORE_VERSION } from './migrations';
import { FIRST_VIEW, VIEWS, isViewId, knownViewOr } from './views';

describe('view ids', () => {
  it('knows every view in the table, and nothing else', () => {
    for (const view of VIEWS) expect(isViewId(view.id)).toBe(true);
    for (const other of ['no-such-view', '', 'Context', 'toString', '__proto__', null, 3, {}]) {
      expect(isViewId(other)).toBe(false);
      expect(knownViewOr(other)).toBe(FIRST_VIEW);
    }
  });

  it('opens a draft saved on a view that no longer exists on the first step, keeping everything else', () => {
    const kept = makeDraft({ id: 'd1', name: 'Director of Technical Strategy' });
    const other = makeDraft({ id: 'd2', name: 'Head of Research Facilities' });
    const raw = writeEnvelope({
      revision: 3,
      writer: 'tab',
      savedAt: '',
      version: STORE_VERSION,
      state: {
        drafts: { d1: kept, d2: other },
        order: ['d1', 'd2'],
        currentId: 'd1',
        steps: { d1: 'no-such-view', d2: 'benchmark' },
      },
    });
    const read = readSavedData(raw);
    expect(read).toEqual({
      kind: 'ok',
      data: {
        drafts: { d1: kept, d2: other },
        order: ['d1', 'd2'],
        currentId: 'd1',
        steps: { d1: FIRST_VIEW, d2: 'benchmark' },
      },
    });
  });
});
