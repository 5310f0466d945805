/**
 * The peer packs on this device: the shipped illustrative library, every imported pack with its
 * source and date (each can be removed), and the import form. A pack with any error is refused
 * whole, and the errors say which row or field is wrong.
 */
import { useId, useRef, useState } from 'react';
import { keepFocus } from '../../components/keep-focus';
import type { PeerPackMeta } from '../../domain/peers/peer-pack';
import {
  SHIPPED_PACK_NAME,
  SHIPPED_PACK_SOURCE,
  SHIPPED_PEERS,
} from '../../domain/peers/shipped-peers';
import { useKeystoneStore } from '../../store/keystone-store';
import { quoteText } from '../../domain/quote-text';
import { IllustrativeTag } from './illustrative-tag';
import { importPackFile } from '../../store/peers/import-pack-file';
import { removeImported } from '../../store/peers/peer-library';
import type { PackStatus } from '../../store/peers/peer-packs-slice';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; fileName: string; errors: string[] };

const date = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
};

function statusText(status: PackStatus | undefined) {
  if (!status || status.kind === 'ready') return null;
  if (status.kind === 'loading') return 'Loading…';
  return `Could not be read: ${status.why} Remove it and import the file again.`;
}

export function PeerPacksPanel({ status }: { status: Record<string, PackStatus> }) {
  const packs = useKeystoneStore((s) => s.peerPacks);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const packTable = useRef<HTMLTableElement>(null);

  const onImport = async () => {
    const file = input.current?.files?.[0];
    if (!file) {
      setState({ kind: 'failed', fileName: '', errors: ['Choose a JSON or CSV file first.'] });
      return;
    }
    setState({ kind: 'working', done: 0, total: 0 });
    const outcome = await importPackFile(file, (done, total) =>
      setState({ kind: 'working', done, total }),
    );
    if (!outcome.ok) {
      setState({ kind: 'failed', fileName: file.name, errors: outcome.errors });
      return;
    }
    if (input.current) input.current.value = '';
    setState({
      kind: 'done',
      message: `Imported ${quoteText(outcome.meta.name)}: ${outcome.meta.count.toLocaleString('en-GB')} profiles.${outcome.note ? ` ${outcome.note}` : ''}`,
    });
  };

  const onRemove = async (pack: PeerPackMeta) => {
    await removeImported(pack);
    setState({
      kind: 'done',
      message: `Removed ${quoteText(pack.name)}. Your drafts are unchanged.`,
    });
    // Its row and button are gone: focus goes to the list of packs that remain.
    keepFocus(() => packTable.current);
  };

  return (
    <>
      <table ref={packTable} tabIndex={-1} className="bench-table">
        <caption>Peer packs on this device</caption>
        <thead>
          <tr>
            <th scope="col">Pack</th>
            <th scope="col">Source</th>
            <th scope="col">Profiles</th>
            <th scope="col">Imported</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              {SHIPPED_PACK_NAME} <IllustrativeTag />
            </th>
            <td>{SHIPPED_PACK_SOURCE}</td>
            <td>{SHIPPED_PEERS.length}</td>
            <td>Shipped with Keystone</td>
            <td />
          </tr>
          {packs.map((pack) => (
            <tr key={pack.id}>
              <th scope="row">
                {pack.name} {pack.illustrative && <IllustrativeTag />}
                {statusText(status[pack.id]) && (
                  <span className="bench-muted"> {statusText(status[pack.id])}</span>
                )}
              </th>
              <td>
                {pack.source || 'Not stated'} ({pack.fileName})
              </td>
              <td>{pack.count.toLocaleString('en-GB')}</td>
              <td>{date(pack.importedAt)}</td>
              <td>
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => void onRemove(pack)}
                >
                  Remove pack <span className="visually-hidden">{pack.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="field">
        <label className="field-label" htmlFor={id}>
          Peer pack file (JSON or CSV)
        </label>
        <p id={`${id}-hint`} className="field-hint">
          JSON in Keystone’s peer-pack format, or CSV with the documented columns. A file with any
          error is not imported, and your packs and drafts stay as they are.
        </p>
        <input
          ref={input}
          id={id}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          aria-describedby={`${id}-hint`}
        />
      </div>
      <button
        type="button"
        className="button-primary"
        disabled={state.kind === 'working'}
        onClick={() => void onImport()}
      >
        Import peer pack
      </button>
      <div aria-live="polite" className="bench-status">
        {state.kind === 'working' && (
          <p>
            Checking profiles…{' '}
            {state.total > 0 &&
              `${state.done.toLocaleString('en-GB')} of ${state.total.toLocaleString('en-GB')}`}
          </p>
        )}
        {state.kind === 'done' && <p className="bench-ok">{state.message}</p>}
      </div>
      {state.kind === 'failed' && (
        <div role="alert" className="bench-errors">
          <p>
            <strong>
              {state.fileName
                ? `${quoteText(state.fileName)} was not imported.`
                : 'Nothing was imported.'}
            </strong>{' '}
            Nothing has changed. Correct the file and import it again:
          </p>
          <ul>
            {state.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
