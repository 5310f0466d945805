import {
  COALESCE_MS,
  UNDO_LIMIT,
  emptyHistory,
  recordEdit,
  redoStep,
  undoStep,
} from './undo-history';

describe('undo history', () => {
  it('undoes and redoes in order, and a new edit clears redo', () => {
    let h = recordEdit(emptyHistory<number>(), 0, 'a', 0);
    h = recordEdit(h, 1, 'a', 5_000);
    const first = undoStep(h, 2);
    expect(first?.state).toBe(1);
    const second = undoStep(first!.history, 1);
    expect(second?.state).toBe(0);
    expect(undoStep(second!.history, 0)).toBeNull();
    const again = redoStep(second!.history, 0);
    expect(again?.state).toBe(1);
    expect(recordEdit(again!.history, 1, 'a', 9_000).future).toEqual([]);
  });

  it('makes one step of quick edits to the same draft, and separate steps otherwise', () => {
    let h = recordEdit(emptyHistory<string>(), 'S', 'a', 1_000);
    h = recordEdit(h, 'S1', 'a', 1_000 + COALESCE_MS - 1);
    expect(h.past).toEqual(['S']);
    h = recordEdit(h, 'S2', 'b', 1_000 + COALESCE_MS);
    expect(h.past).toEqual(['S', 'S2']);
  });

  it(`keeps the last ${UNDO_LIMIT} steps`, () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < UNDO_LIMIT + 5; i += 1) h = recordEdit(h, i, 'a', i * COALESCE_MS);
    expect(h.past).toHaveLength(UNDO_LIMIT);
    expect(h.past[0]).toBe(5);
  });
});
