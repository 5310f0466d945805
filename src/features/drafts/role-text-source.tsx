/**
 * Where the job description comes from: a file to open or text to paste. What was read in it is
 * shown by StartFromJobDescription.
 */
import { useId } from 'react';

interface RoleTextSourceProps {
  pasted: string;
  onPaste: (text: string) => void;
  /** True while a file is being read. */
  busy: boolean;
  error: string | null;
  onFile: (file: File | undefined) => void;
  onRead: () => void;
  onBack: () => void;
}

export function RoleTextSource({
  pasted,
  onPaste,
  busy,
  error,
  onFile,
  onRead,
  onBack,
}: RoleTextSourceProps) {
  const base = useId();
  return (
    <section className="role-reader" aria-labelledby={`${base}-heading`}>
      <h3 id={`${base}-heading`}>Start from an existing job description</h3>
      <p>
        Paste the text of a job description, or open its file. Keystone reads it sentence by
        sentence on this device; nothing leaves it, and nothing is saved until you create the draft.
      </p>
      <div className="field">
        <label htmlFor={`${base}-file`} className="field-label">
          Open a job description file
        </label>
        <p id={`${base}-file-hint`} className="field-hint">
          Word (.docx), PDF (.pdf) or plain text (.txt, .md), up to 20 MB.
        </p>
        <input
          id={`${base}-file`}
          type="file"
          accept=".docx,.pdf,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
          aria-describedby={`${base}-file-hint`}
          disabled={busy}
          onChange={(event) => {
            onFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-text`} className="field-label">
          Or paste its text
        </label>
        <textarea
          id={`${base}-text`}
          rows={8}
          value={pasted}
          onChange={(event) => onPaste(event.target.value)}
        />
      </div>
      <div role="status" className="read-status">
        {busy && <p>Reading the file…</p>}
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button-primary" disabled={busy} onClick={onRead}>
          Read the pasted text
        </button>
        <button type="button" className="button-secondary" onClick={onBack}>
          Back to your drafts
        </button>
      </div>
    </section>
  );
}
