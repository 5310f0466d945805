/**
 * "Import JSON": reads a role draft in Keystone's exchange format and adds it as a new draft,
 * never overwriting one (it gets a new id). The imported draft opens on this screen; the notice
 * survives the switch because the shell remounts the view for the new draft.
 */
import { useRef, useState } from 'react';
import { addImportedDraft, readDraftFile } from '../../store/files/open-draft';
import { readFile } from '../../store/files/read-file';
import { useKeystoneStore } from '../../store/keystone-store';

type Outcome = { ok: true; message: string } | { ok: false; message: string };

// Note: module state, read once by the view the new draft opens in (the shell remounts it).
let pending: { draftId: string; outcome: Outcome } | null = null;

export function ImportDraft() {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(() => {
    const carried = pending;
    if (!carried || carried.draftId !== useKeystoneStore.getState().currentId) return null;
    pending = null;
    return carried.outcome;
  });

  async function importFile(file: File) {
    const read = await readFile(file, ['draft']);
    const parsed = read.ok ? readDraftFile(read.bytes) : read;
    if (!parsed.ok) {
      setOutcome({
        ok: false,
        message: `“${file.name}” was not imported. ${parsed.error} Your drafts are unchanged.`,
      });
      return;
    }
    const { id, name } = addImportedDraft(parsed.draft);
    const done: Outcome = {
      ok: true,
      message: `Imported “${name}” from ${file.name} as a new draft, now open. Your other drafts are unchanged.`,
    };
    pending = { draftId: id, outcome: done };
    useKeystoneStore.getState().setStep(id, 'export');
    setOutcome(done);
  }

  return (
    <div className="export-import">
      <button type="button" className="button-secondary" onClick={() => input.current?.click()}>
        Import JSON
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-label="Role draft file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <p className="field-hint">
        Adds a draft exported from Keystone as a new draft: nothing is overwritten.
      </p>
      {outcome?.ok === true && (
        <p role="status" className="notice">
          {outcome.message}
        </p>
      )}
      {outcome?.ok === false && (
        <p role="alert" className="notice notice-error">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
