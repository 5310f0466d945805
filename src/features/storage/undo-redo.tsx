import { useRef } from 'react';
import { redo, undo } from '../../store/history/history-store';
import { useKeystoneStore } from '../../store/keystone-store';

/**
 * Undo and redo for edits to drafts (text fields keep their own undo while typing).
 * Note: aria-disabled, not disabled: undoing the last edit would disable the focused button and
 * drop the focus to the page body; instead it moves to the other button, which now has work.
 */
export function UndoRedo() {
  const canUndo = useKeystoneStore((s) => s.canUndo);
  const canRedo = useKeystoneStore((s) => s.canRedo);
  const undoButton = useRef<HTMLButtonElement>(null);
  const redoButton = useRef<HTMLButtonElement>(null);
  const act = (run: () => void, can: 'canUndo' | 'canRedo', other: HTMLButtonElement | null) => {
    if (!useKeystoneStore.getState()[can]) return;
    run();
    if (!useKeystoneStore.getState()[can]) other?.focus();
  };
  return (
    <div className="storage-actions" role="group" aria-label="Undo and redo">
      <button
        ref={undoButton}
        type="button"
        className="button-secondary button-small"
        onClick={() => act(undo, 'canUndo', redoButton.current)}
        aria-disabled={!canUndo || undefined}
      >
        Undo
      </button>
      <button
        ref={redoButton}
        type="button"
        className="button-secondary button-small"
        onClick={() => act(redo, 'canRedo', undoButton.current)}
        aria-disabled={!canRedo || undefined}
      >
        Redo
      </button>
    </div>
  );
}
