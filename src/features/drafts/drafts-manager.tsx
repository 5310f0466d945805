/** Create, open, rename, duplicate and delete (with undo) the drafts kept in this browser. */
import { useRef, useState } from 'react';
import { keepFocus } from '../../components/keep-focus';
import type { RoleDraft } from '../../domain/role-draft';
import { useKeystoneStore } from '../../store/keystone-store';
import type { ViewId } from '../../store/views';
import { OpenFile } from '../../shared/open-file/open-file';
import { DraftRow } from './draft-row';
import { NewDraft } from './new-draft';
import { StartFromJobDescription } from './start-from-job-description';
import { hasOwnKey, own } from '../../domain/own-key';

interface Deleted {
  draft: RoleDraft;
  index: number;
  step: ViewId | undefined;
}

export function DraftsManager({ onDone }: { onDone: () => void }) {
  const drafts = useKeystoneStore((s) => s.drafts);
  const order = useKeystoneStore((s) => s.order);
  const currentId = useKeystoneStore((s) => s.currentId);
  const steps = useKeystoneStore((s) => s.steps);
  const { createDraft, deleteDraft, restoreDraft } = useKeystoneStore.getState();
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [fromText, setFromText] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);

  const remove = (id: string) => {
    const draft = own(drafts, id);
    if (!draft) return;
    setDeleted({ draft, index: order.indexOf(id), step: own(steps, id) });
    // Why: there is always a draft open; start a blank one first so the undo offer stays on screen.
    if (order.filter((d) => hasOwnKey(drafts, d)).length === 1) createDraft('Untitled role');
    deleteDraft(id);
    // The row and its Delete button are gone: focus goes to the offer to undo.
    keepFocus(() => undoButton.current);
  };

  const undo = () => {
    if (!deleted) return;
    restoreDraft(deleted.draft, deleted.index, deleted.step);
    setDeleted(null);
    // The offer is gone: focus goes to the draft it brought back.
    const id = deleted.draft.id;
    keepFocus(() =>
      document.querySelector<HTMLElement>(`[data-draft-row="${CSS.escape(id)}"] button`),
    );
  };

  const listed = order.filter((id) => hasOwnKey(drafts, id));
  const names = listed.map((id) => own(drafts, id)?.name ?? '');
  if (fromText)
    return (
      <StartFromJobDescription
        names={names}
        onBack={() => setFromText(false)}
        onCreated={() => {
          setFromText(false);
          setDeleted(null);
          onDone();
        }}
      />
    );
  return (
    <div className="drafts">
      <p className="drafts-note">
        Drafts are kept in this browser on this device only. Export a draft to keep a copy
        elsewhere.
      </p>
      <div role="status" className="drafts-status">
        {deleted && (
          <p className="notice">
            Deleted “{deleted.draft.name}”.{' '}
            <button
              ref={undoButton}
              type="button"
              className="button-secondary button-small"
              onClick={undo}
            >
              Undo delete
            </button>
          </p>
        )}
      </div>
      <ul className="draft-list" aria-label="Drafts">
        {listed.map((id) => {
          const draft = own(drafts, id);
          return draft ? (
            <DraftRow
              key={id}
              draft={draft}
              open={id === currentId}
              onOpened={onDone}
              onDelete={() => remove(id)}
            />
          ) : null;
        })}
      </ul>
      <NewDraft
        names={names}
        onStartFromText={() => setFromText(true)}
        onCreated={() => {
          setDeleted(null);
          onDone();
        }}
      />
      <section className="drafts-open-file" aria-labelledby="open-file-heading">
        <h3 id="open-file-heading">Open a file saved from Keystone</h3>
        <OpenFile onDraftOpened={onDone} />
      </section>
    </div>
  );
}
