/**
 * "Import JSON": reads a role draft in Keystone's exchange format and adds it as a new draft,
 * never overwriting one (it gets a new id). The imported draft opens on this screen; the notice
 * survives the switch because the shell remounts the view for the new draft.
 */
import { useRef, useState } from 'react';
import { parseExchange } from '../../domain/exchange/draft-exchange';
import { MAX_IMPORT_BYTES, decodeUtf8, tooLarge } from '../../domain/untrusted-json';
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
    // Note: the size first, so a huge file is refused without being read into memory.
    const decoded =
      file.size > MAX_IMPORT_BYTES
        ? { ok: false as const, error: tooLarge(file.size, MAX_IMPORT_BYTES) }
        : decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    const parsed = decoded.ok ? parseExchange(decoded.text) : decoded;
    if (!parsed.ok) {
      setOutcome({
        ok: false,
        message: `“${file.name}” was not imported. ${parsed.error} Your drafts are unchanged.`,
      });
      return;
    }
    const { drafts, createDraft, setStep } = useKeystoneStore.getState();
    const taken = new Set(Object.values(drafts).map((d) => d.name));
    const base = parsed.draft.name.trim() || 'Imported draft';
    const name = taken.has(base) ? `${base} (imported)` : base;
    const done: Outcome = {
      ok: true,
      message: `Imported “${name}” from ${file.name} as a new draft, now open. Your other drafts are unchanged.`,
    };
    const id = createDraft(name, parsed.draft);
    pending = { draftId: id, outcome: done };
    setStep(id, 'export');
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
