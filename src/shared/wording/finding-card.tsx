/**
 * One wording finding: what, why and its source; the rewrite, accepted in one step; and a
 * dismissal with a reason, which stays with the draft.
 */
import { useId, useState } from 'react';
import { FieldError } from '../../components/field';
import { MAX_REASON } from '../../domain/draft-fields/draft-fields';
import { CHECK_LABELS, type Finding } from '../../domain/wording-checks/finding';

interface Props {
  finding: Finding;
  /** What the text is called: "responsibility 2". */
  label: string;
  onRewrite: (text: string) => void;
  onDismiss: (reason: string) => void;
}

export function FindingCard({ finding, label, onRewrite, onDismiss }: Props) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  return (
    <li className="finding">
      <p className="finding-what">
        <strong>{CHECK_LABELS[finding.check]}:</strong> {finding.what}
      </p>
      <p className="finding-why">{finding.why}</p>
      <p className="finding-source">Source: {finding.source}</p>
      {finding.rewrite !== null && (
        <div className="finding-rewrite">
          <p id={`${id}-rewrite`}>
            Suggested: <q>{finding.rewrite}</q>
          </p>
          <button
            type="button"
            className="button-secondary"
            aria-describedby={`${id}-rewrite`}
            onClick={() => onRewrite(finding.rewrite ?? '')}
          >
            Use this wording for {label}
          </button>
        </div>
      )}
      <details className="finding-dismiss">
        <summary>Dismiss “{finding.words.slice(0, 40)}” with a reason</summary>
        <label className="field-label" htmlFor={`${id}-reason`}>
          Why it stands as written
        </label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={MAX_REASON}
          value={reason}
          aria-invalid={error !== ''}
          aria-describedby={error ? `${id}-reason-error` : undefined}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {error && <FieldError id={`${id}-reason-error`}>{error}</FieldError>}
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            if (reason.trim() === '') {
              setError('Give a reason, so a reviewer can see why it stands.');
              return;
            }
            onDismiss(reason.trim());
          }}
        >
          Dismiss finding
        </button>
      </details>
    </li>
  );
}
