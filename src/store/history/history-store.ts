/**
 * Undo and redo for edits to drafts. Watches the one store and records the drafts and their order
 * before each change; navigation (current draft, step) is not an edit and is not recorded.
 */
import type { KeystoneData } from '../keystone-data';
import { useKeystoneStore } from '../keystone-store';
import { quietly, isQuiet } from './quiet';
import { emptyHistory, recordEdit, redoStep, undoStep } from './undo-history';
import type { UndoHistory } from './undo-history';
import { hasOwnKey, own } from '../../domain/own-key';

type Edit = Pick<KeystoneData, 'drafts' | 'order'>;

let history: UndoHistory<Edit> = emptyHistory();

const publish = () =>
  useKeystoneStore.setState({
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
  });

/** The draft an edit touched, for coalescing: the first whose object changed. */
function touched(next: Edit, previous: Edit): string {
  if (next.order !== previous.order && next.order.length !== previous.order.length) return '*order';
  for (const id of next.order) if (own(next.drafts, id) !== own(previous.drafts, id)) return id;
  return '*other';
}

const content = (draft: unknown) =>
  draft === undefined ? '' : JSON.stringify({ ...(draft as object), updatedAt: '' });

/**
 * True when nothing but save times changed. Note: a form that resets to the stored value (after
 * an undo) writes the same answers back; that is not an edit, and must not clear "Redo".
 */
function onlyTimesChanged(next: Edit, previous: Edit): boolean {
  if (next.order.join('\n') !== previous.order.join('\n')) return false;
  return next.order.every(
    (id) =>
      own(next.drafts, id) === own(previous.drafts, id) ||
      content(own(next.drafts, id)) === content(own(previous.drafts, id)),
  );
}

export function startUndoHistory(clock: () => number = Date.now): () => void {
  return useKeystoneStore.subscribe((state, previous) => {
    if (state.drafts === previous.drafts && state.order === previous.order) return;
    if (isQuiet() || onlyTimesChanged(state, previous)) return;
    const before = { drafts: previous.drafts, order: previous.order };
    history = recordEdit(history, before, touched(state, previous), clock());
    publish();
  });
}

function apply(edit: Edit) {
  quietly(() =>
    useKeystoneStore.setState((s) => {
      const steps = { ...s.steps };
      for (const id of edit.order) if (!hasOwnKey(steps, id)) steps[id] = 'context';
      const currentId =
        s.currentId && own(edit.drafts, s.currentId) ? s.currentId : (edit.order[0] ?? null);
      return { drafts: edit.drafts, order: edit.order, steps, currentId };
    }),
  );
}

const current = (): Edit => {
  const { drafts, order } = useKeystoneStore.getState();
  return { drafts, order };
};

export function undo(): boolean {
  const step = undoStep(history, current());
  if (!step) return false;
  history = step.history;
  apply(step.state);
  publish();
  return true;
}

export function redo(): boolean {
  const step = redoStep(history, current());
  if (!step) return false;
  history = step.history;
  apply(step.state);
  publish();
  return true;
}

/** Forgets every step (after another tab's save is loaded, or everything is deleted). */
export function clearUndoHistory() {
  history = emptyHistory();
  publish();
}
