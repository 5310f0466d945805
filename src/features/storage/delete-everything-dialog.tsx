import { useRef } from 'react';
import { keepFocus } from '../../components/keep-focus';
import { useKeystoneStore } from '../../store/keystone-store';
import { deleteEverything } from '../../store/storage/delete-everything';
import { DownloadAllButton } from './download-all-button';

/** "Delete everything on this device", for shared and hot-desk computers, after confirmation. */
export function DeleteEverything() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const count = useKeystoneStore((s) => s.order.length);
  const close = () => dialog.current?.close();
  const confirm = () => {
    close();
    // Everything re-renders once memory is emptied: focus returns to the button if it is still
    // there, else to the view's heading, never to the page body.
    void deleteEverything().then(() => keepFocus(() => opener.current));
  };
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">Shared or hot-desk computer?</h2>
      <p>
        Remove every draft, restore point, imported peer pack and set-aside file Keystone keeps in
        this browser.
      </p>
      <button
        ref={opener}
        type="button"
        className="button-danger button-small"
        onClick={() => {
          dialog.current?.showModal();
          // showModal focuses the first button (Download); the safe choice is Cancel. React's
          // autoFocus acts on mount, not when a dialog opens.
          cancel.current?.focus();
        }}
      >
        Delete everything on this device
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-dialog-heading"
        className="storage-dialog"
        // Escape, Cancel or a choice: focus goes back to the button that opened it.
        onClose={() => opener.current?.focus()}
      >
        <h2 id="delete-dialog-heading">Delete everything on this device?</h2>
        <p>
          This deletes {count === 1 ? '1 draft' : `${count} drafts`}, their restore points, imported
          peer packs and any set-aside data from this browser, and clears other open Keystone tabs.
          It cannot be undone. Download a backup first if you may need them again.
        </p>
        <div className="storage-actions">
          <DownloadAllButton />
          <button type="button" className="button-danger button-small" onClick={confirm}>
            Delete everything
          </button>
          <button
            ref={cancel}
            type="button"
            className="button-secondary button-small"
            onClick={close}
          >
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}
