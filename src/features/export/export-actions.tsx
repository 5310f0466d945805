/** The buttons that make each file, and Print, with a live status of what happened. */
import { useState } from 'react';
import type { RoleDraft } from '../../domain/role-draft';
import type { RoleDocument } from '../../export/document-model';
import { FORMAT_NAMES, makeFile, type FileFormat } from './make-file';
import { downloadBlob } from '../../components/download-file';

type Status = { kind: 'idle' } | { kind: 'busy' | 'done' | 'failed'; text: string };

const FORMATS: readonly FileFormat[] = ['pdf', 'docx', 'md', 'json'];

interface Props {
  /** The document, or how to make it when a button is pressed (the board paper). */
  doc: RoleDocument | (() => RoleDocument);
  draft: RoleDraft;
  /** A document other than the role specification names itself: "board paper". */
  what?: string;
  formats?: readonly FileFormat[];
}

export function ExportActions({ doc, draft, what, formats = FORMATS }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function download(format: FileFormat) {
    const name = FORMAT_NAMES[format];
    setStatus({ kind: 'busy', text: `Making the ${name} file…` });
    try {
      const file = await makeFile(format, typeof doc === 'function' ? doc() : doc, draft);
      downloadBlob(file.blob, file.fileName);
      setStatus({ kind: 'done', text: `Downloaded ${file.fileName}.` });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setStatus({
        kind: 'failed',
        text: `The ${name} file could not be made (${detail}). Your draft is unchanged: try again, or download another format.`,
      });
    }
  }

  return (
    <div className="export-actions">
      <div className="export-buttons">
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            className={format === 'pdf' ? 'button-primary' : 'button-secondary'}
            disabled={status.kind === 'busy'}
            onClick={() => void download(format)}
          >
            {what
              ? `Download ${what} (${FORMAT_NAMES[format]})`
              : `Download ${FORMAT_NAMES[format]}`}
          </button>
        ))}
        {!what && (
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            Print
          </button>
        )}
      </div>
      <p
        role="status"
        className={
          status.kind === 'failed' ? 'export-status export-status-failed' : 'export-status'
        }
      >
        {status.kind === 'idle' ? '' : status.text}
      </p>
    </div>
  );
}
