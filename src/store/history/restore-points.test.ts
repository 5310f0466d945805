import { makeDraft } from '../../testing/make-draft';
import {
  readRestorePoint,
  AUTOMATIC_PER_DRAFT,
  addPoint,
  dropOldestAutomatic,
  lastSeenInHandoff,
  mergePoints,
  pruneAutomatic,
} from './restore-points';
import type { RestorePoint, RestorePointKind } from './restore-points';

let n = 0;
const point = (kind: RestorePointKind, name = `v${n}`, draftId = 'd1'): RestorePoint => {
  n += 1;
  return {
    id: `p${n}`,
    kind,
    label: name,
    createdAt: `2026-01-01T09:00:${String(n).padStart(2, '0')}.000Z`,
    draft: makeDraft({ id: draftId, name }),
  };
};

describe('restore points', () => {
  it('keeps every named point and the newest automatic ones of each draft', () => {
    let list: RestorePoint[] = [point('named', 'Before the board')];
    for (let i = 0; i < AUTOMATIC_PER_DRAFT + 3; i += 1) list = addPoint(list, point('periodic'));
    list = addPoint(list, point('periodic', 'other', 'd2'));
    expect(list.filter((p) => p.kind === 'named')).toHaveLength(1);
    expect(list.filter((p) => p.draft.id === 'd1' && p.kind === 'periodic')).toHaveLength(
      AUTOMATIC_PER_DRAFT,
    );
    expect(list.filter((p) => p.draft.id === 'd2')).toHaveLength(1);
    expect(pruneAutomatic(list, 0).every((p) => p.kind === 'named')).toBe(true);
  });

  it('keeps each draft’s newest hand-off point however many edits follow it', () => {
    let list: RestorePoint[] = [point('handoff-seen', 'sent'), point('handoff-seen', 'received')];
    for (let i = 0; i < AUTOMATIC_PER_DRAFT + 3; i += 1) list = addPoint(list, point('periodic'));
    expect(lastSeenInHandoff(list, 'd1')?.label).toBe('received');
    expect(list.filter((p) => p.kind === 'handoff-seen')).toHaveLength(1);
    expect(lastSeenInHandoff(list, 'd2')).toBeNull();
  });

  it('skips an automatic point identical to the draft’s latest, but never a named one', () => {
    const first = point('periodic', 'same');
    const twin = { ...point('periodic', 'same'), draft: { ...first.draft, updatedAt: 'later' } };
    expect(addPoint([first], twin)).toHaveLength(1);
    expect(addPoint([first], { ...twin, kind: 'named' })).toHaveLength(2);
  });

  it('merges two tabs’ lists without duplicates, oldest first', () => {
    const [a, b, c] = [point('named'), point('periodic'), point('before-delete')];
    expect(mergePoints([c!, a!], [b!, a!]).map((p) => p.id)).toEqual([a!.id, b!.id, c!.id]);
  });

  it('makes room by dropping the oldest automatic point, never a named one', () => {
    const named = point('named');
    const auto = point('periodic');
    expect(dropOldestAutomatic([named, auto])).toEqual([named]);
    expect(dropOldestAutomatic([named])).toBeNull();
  });
});

describe('reading a restore point', () => {
  const saved = {
    id: 'p1',
    kind: 'named',
    label: 'Before the panel',
    createdAt: '2026-11-01T09:00:00.000Z',
    draft: makeDraft({ name: 'Kept' }),
  };

  it('reads a saved point, leaving out fields it does not know', () => {
    expect(readRestorePoint({ ...saved, extra: true })).toEqual(saved);
  });

  it.each([
    ['an unknown kind', { ...saved, kind: 'weekly' }],
    ['a label that is too long', { ...saved, label: 'x'.repeat(201) }],
    ['a missing id', { ...saved, id: undefined }],
    ['a damaged draft', { ...saved, draft: { ...saved.draft, name: 42 } }],
    ['a list', [saved]],
    ['nothing', null],
  ])('refuses %s', (_name, value) => {
    expect(readRestorePoint(value)).toBeNull();
  });
});
