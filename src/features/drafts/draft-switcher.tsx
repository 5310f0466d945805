/**
 * The header's way into the drafts: a button that opens a modal dialog listing them. The list
 * loads on first open, and stays mounted afterwards so an undo offer survives closing it.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import './drafts.css';

const DraftsManager = lazy(() =>
  import('./drafts-manager').then((m) => ({ default: m.DraftsManager })),
);

export function DraftSwitcher() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useState(false);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button-secondary button-small"
        onClick={() => {
          setOpened(true);
          dialog.current?.showModal();
        }}
      >
        Switch or manage drafts
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="drafts-heading"
        onClose={() => opener.current?.focus()}
      >
        <div className="dialog-bar">
          <h2 id="drafts-heading">Your drafts</h2>
          <button type="button" className="button-secondary button-small" onClick={close}>
            Close
          </button>
        </div>
        {opened && (
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <DraftsManager onDone={close} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
