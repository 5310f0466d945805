/** The buttons that make each file, and Print, with a live status of what happened. */
import { useMemo, useState } from 'react';
import type { RoleDraft } from '../../domain/role-draft';
import type { RoleDocument } from '../../export/document-model';
import { FORMAT_NAMES, makeFile, type FileFormat } from './make-file';
import { downloadBlob } from '../../components/download-file';
import { unprintableInPdf } from '../../export/pdf-coverage';

/** How many of the characters the PDF cannot print are named; the rest are counted. */
const NAMED = 12;

const codeOf = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** “Ω” (U+03A9), … : each character, and its code for those a reader's font may lack too. */
const listed = (chars: readonly string[]) =>
  chars
    .slice(0, NAMED)
    .map((c) => `“${c}” (${codeOf(c)})`)
    .join(', ') + (chars.length > NAMED ? `, and ${chars.length - NAMED} more` : '');

type Status = { kind: 'idle' } | { kind: 'busy' | 'done' | 'failed'; text: string };

const FORMATS: readonly FileFormat[] = ['pdf', 'tagged', 'docx', 'md', 'json'];

/** The formats whose font is Open Sans, and so share its gaps. */
const isPdf = (format: FileFormat) => format === 'pdf' || format === 'tagged';

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
  // Said before any download: which characters the PDF's font cannot print (issue 18, item 4).
  const hasPdf = formats.some(isPdf);
  const both = formats.includes('pdf') && formats.includes('tagged');
  // The accessible PDF, where it is offered, is the one to publish, so it is the main button.
  const main: FileFormat = formats.includes('tagged') ? 'tagged' : 'pdf';
  const unprintable = useMemo(() => (hasPdf ? unprintableInPdf(doc) : []), [doc, hasPdf]);

  // Note: aria-disabled, not disabled, while a file is made: a disabled button loses the focus,
  // which then falls to the page body (issue 13, part 6).
  const busy = status.kind === 'busy';

  async function download(format: FileFormat) {
    if (busy) return;
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
            className={format === main ? 'button-primary' : 'button-secondary'}
            aria-disabled={busy || undefined}
            aria-describedby={
              [
                isPdf(format) && unprintable.length > 0 ? 'pdf-gaps' : '',
                format === 'tagged' ? 'pdf-which' : '',
              ]
                .filter(Boolean)
                .join(' ') || undefined
            }
            onClick={() => void download(format)}
          >
            {what
              ? `Download ${what} (${FORMAT_NAMES[format]})`
              : `Download ${FORMAT_NAMES[format]}`}
          </button>
        ))}
        {!what && hasPdf && (
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            Print
          </button>
        )}
      </div>
      {formats.includes('tagged') ? (
        <p id="pdf-which" className="export-note">
          The accessible PDF is the one to publish: it is tagged, so a screen reader can move
          through its headings, lists and tables, and it states its language. The other PDF is the
          print layout, with the internal pack’s charts drawn as pictures; the library that makes it
          cannot tag a PDF, so a screen reader finds no headings, lists or tables in it.
        </p>
      ) : null}
      {unprintable.length > 0 ? (
        <div id="pdf-gaps" className="export-gaps">
          <p>
            {both ? 'The PDFs cannot' : 'The PDF cannot'} print{' '}
            {unprintable.length === 1 ? 'one character' : `${unprintable.length} characters`} this
            draft holds ({both ? 'their' : 'its'} font covers Latin, Greek and Cyrillic only, so{' '}
            {unprintable.length === 1 ? 'it would print' : 'they would print'} as “?”
            {both ? ' or not at all' : ''}): {listed(unprintable)}. The Word file keeps every
            character.
          </p>
          <button
            type="button"
            className="button-secondary button-small"
            aria-disabled={busy || undefined}
            onClick={() => void download('docx')}
          >
            Download Word instead
          </button>
        </div>
      ) : null}
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
