import { redo, undo } from '../../store/history/history-store';
import { useKeystoneStore } from '../../store/keystone-store';

/** Undo and redo for edits to drafts (text fields keep their own undo while typing). */
export function UndoRedo() {
  const canUndo = useKeystoneStore((s) => s.canUndo);
  const canRedo = useKeystoneStore((s) => s.canRedo);
  return (
    <div className="storage-actions" role="group" aria-label="Undo and redo">
      <button
        type="button"
        className="button-secondary button-small"
        onClick={undo}
        disabled={!canUndo}
      >
        Undo
      </button>
      <button
        type="button"
        className="button-secondary button-small"
        onClick={redo}
        disabled={!canRedo}
      >
        Redo
      </button>
    </div>
  );
}
