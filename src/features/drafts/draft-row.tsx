/** One draft in the list, with its actions; renaming happens in place. */
import { useState } from 'react';
import { keepFocus } from '../../components/keep-focus';
import { madeOnce } from '../../domain/made-once';
import type { RoleDraft } from '../../domain/role-draft';
import { useKeystoneStore } from '../../store/keystone-store';

const dateFormat = madeOnce(
  () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
);

interface DraftRowProps {
  draft: RoleDraft;
  open: boolean;
  onOpened: () => void;
  onDelete: () => void;
}

export function DraftRow({ draft, open, onOpened, onDelete }: DraftRowProps) {
  const { selectDraft, renameDraft, duplicateDraft } = useKeystoneStore.getState();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(draft.name);
  const updated = new Date(draft.updatedAt);
  const hidden = <span className="visually-hidden"> “{draft.name}”</span>;
  const renameId = `rename-button-${draft.id}`;
  // Saving or cancelling a name closes the form: focus goes back to the row's Rename button.
  const closeRename = () => {
    setRenaming(false);
    keepFocus(() => document.getElementById(renameId));
  };

  if (renaming) {
    const inputId = `rename-${draft.id}`;
    return (
      <li className="draft-row">
        <form
          className="rename-form"
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = name.trim();
            if (trimmed) renameDraft(draft.id, trimmed.slice(0, 200));
            closeRename();
          }}
        >
          <label htmlFor={inputId}>New name for “{draft.name}”</label>
          <input
            id={inputId}
            type="text"
            value={name}
            maxLength={200}
            autoFocus
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button-primary button-small">
            Save name
          </button>
          <button type="button" className="button-secondary button-small" onClick={closeRename}>
            Cancel
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className="draft-row" data-draft-row={draft.id}>
      <div className="draft-row-text">
        <span className="draft-row-name">{draft.name || 'Untitled role'}</span>
        {open && <span className="tag">Open now</span>}
        {!Number.isNaN(updated.getTime()) && (
          <span className="draft-row-date">Last changed {dateFormat().format(updated)}</span>
        )}
      </div>
      <div className="draft-row-actions">
        {!open && (
          <button
            type="button"
            className="button-primary button-small"
            onClick={() => {
              selectDraft(draft.id);
              onOpened();
            }}
          >
            Open{hidden}
          </button>
        )}
        <button
          id={renameId}
          type="button"
          className="button-secondary button-small"
          onClick={() => {
            setName(draft.name);
            setRenaming(true);
          }}
        >
          Rename{hidden}
        </button>
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => duplicateDraft(draft.id)}
        >
          Duplicate{hidden}
        </button>
        <button type="button" className="button-danger button-small" onClick={onDelete}>
          Delete{hidden}
        </button>
      </div>
    </li>
  );
}
