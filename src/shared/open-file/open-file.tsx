/**
 * "Open a file": the one door for every file Keystone opens. It reads the chosen file, says what
 * it found and what opening it will do, and opens it only when the person agrees; a draft it
 * adds is opened at once. Offered from the drafts dialog, the start of the wizard and the export
 * screen; the older buttons ("Import JSON", "Restore from a backup file", the peer-pack import)
 * stay as shortcuts for one kind each, through the same reader.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useKeystoneStore } from '../../store/keystone-store';
import type * as FileReaders from '../../store/files/open-file';
import type { Found } from '../../store/files/open-file';
import { reportStatus } from '../../store/storage/storage-status-slice';
import { OPENS } from '../../domain/files/file-kinds';
import { quoteText } from '../../domain/quote-text';
import type { Choices } from '../../domain/handoff/merge-handoff';
import { startingChoices } from '../../domain/handoff/since-last-seen';
import { HandoffChoices } from './handoff-choices';
import './open-file.css';

type Reader = typeof FileReaders;
// Note: the readers (CSV, the schemas, every format's migrations) load when a file is chosen, not
// with the first screen, which offers this door (issue 17).
let reader: Reader | null = null;
const loadReader = async (): Promise<Reader> =>
  (reader ??= await import('../../store/files/open-file'));

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; done: number; total: number }
  | { kind: 'found'; found: Found }
  | { kind: 'opening'; found: Found }
  | { kind: 'opened'; message: string }
  | { kind: 'failed'; fileName: string; errors: string[] };

const ACTIONS: Record<Found['kind'], string> = {
  draft: 'Add as a new draft',
  handoff: 'Open the hand-off',
  backup: 'Restore these drafts',
  'peer-pack': 'Add to the peer library',
};

interface OpenFileProps {
  /** Called after a file added a draft and opened it (the drafts dialog closes itself). */
  onDraftOpened?: () => void;
  /** The button's name where the door is offered for one purpose: "Open a hand-off file". */
  label?: string;
}

export function OpenFile({ onDraftOpened, label = 'Open a file' }: OpenFileProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [choices, setChoices] = useState<Choices>({});
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const summaryId = useId();
  const hintId = useId();

  // Focus follows the person's next choice: the found file's action, then back to the door (the
  // panel that held the focus is gone, and focus must never fall to the page body).
  useEffect(() => {
    if (state.kind === 'found') confirm.current?.focus();
    if (state.kind === 'opened' || state.kind === 'failed') opener.current?.focus();
  }, [state.kind]);
  const busy = state.kind === 'reading' || state.kind === 'opening';

  async function choose(file: File) {
    setChoices({});
    setState({ kind: 'reading', fileName: file.name, done: 0, total: 0 });
    try {
      const { inspectFile } = await loadReader();
      const inspected = await inspectFile(file, (done, total) =>
        setState({ kind: 'reading', fileName: file.name, done, total }),
      );
      if (inspected.ok && inspected.found.kind === 'handoff') {
        setChoices(startingChoices(inspected.found.sections));
      }
      setState(
        inspected.ok
          ? { kind: 'found', found: inspected.found }
          : { kind: 'failed', fileName: file.name, errors: inspected.errors },
      );
    } catch {
      setState({
        kind: 'failed',
        fileName: file.name,
        errors: ['The file could not be read from the disk.'],
      });
    }
  }

  async function open(found: Found) {
    setState({ kind: 'opening', found });
    let result: Awaited<ReturnType<Reader['openFound']>>;
    try {
      const { openFound } = await loadReader();
      result = await openFound(found, choices);
    } catch (error) {
      // Never left "opening" with no word: say what happened; what was saved before is kept.
      const detail = error instanceof Error ? error.message : String(error);
      result = { ok: false, errors: [`Keystone could not finish opening it (${detail}).`] };
    }
    if (!result.ok) {
      setState({ kind: 'failed', fileName: found.fileName, errors: result.errors });
      return;
    }
    if (result.opened.draftId !== undefined) {
      // The view changes to the new draft, so the message is said where every view shows it.
      reportStatus({ announcement: result.opened.message });
      setState({ kind: 'idle' });
      onDraftOpened?.();
      return;
    }
    setState({ kind: 'opened', message: result.opened.message });
  }

  const cancel = () => {
    setState({ kind: 'idle' });
    opener.current?.focus();
  };

  const found = state.kind === 'found' || state.kind === 'opening' ? state.found : null;
  const here = useKeystoneStore.getState().drafts;

  return (
    <div className="open-file">
      <button
        ref={opener}
        type="button"
        className="button-secondary"
        aria-describedby={hintId}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) input.current?.click();
        }}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-label="File to open"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void choose(file);
        }}
      />
      <p id={hintId} className="field-hint">
        {OPENS}
      </p>
      <div role="status" className="open-file-status">
        {state.kind === 'reading' &&
          `Reading ${quoteText(state.fileName)}…${
            state.total > 0
              ? ` ${state.done.toLocaleString('en-GB')} of ${state.total.toLocaleString('en-GB')} profiles checked.`
              : ''
          }`}
        {state.kind === 'opened' && <p className="notice">{state.message}</p>}
      </div>
      {found && (
        <div
          className="open-file-found notice"
          role="group"
          aria-label={`Found in ${quoteText(found.fileName)}`}
        >
          <p id={summaryId}>
            <strong>{quoteText(found.fileName)}</strong>: {reader?.describeFound(found, here)}
          </p>
          {found.kind === 'handoff' && found.sections.length > 0 && (
            <HandoffChoices
              sections={found.sections}
              lastSeenAt={found.lastSeenAt}
              choices={choices}
              onChange={setChoices}
            />
          )}
          <div className="open-file-actions">
            <button
              ref={confirm}
              type="button"
              className="button-primary"
              aria-describedby={summaryId}
              aria-disabled={busy || undefined}
              onClick={() => {
                if (!busy) void open(found);
              }}
            >
              {ACTIONS[found.kind]}
            </button>
            <button type="button" className="button-secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.kind === 'failed' && (
        <div role="alert" className="notice notice-error">
          <p>“{state.fileName}” was not opened. Nothing on this device was changed.</p>
          <ul>
            {state.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
