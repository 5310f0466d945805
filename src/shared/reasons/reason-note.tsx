/**
 * A short "why" beside a decision that shapes the role, written to the draft's reasons as it
 * is typed. It is internal reasoning: it travels in hand-off files and the annex, never in an
 * anonymised profile (draft-fields.ts).
 */
import { useState } from 'react';
import { MAX_REASON } from '../../domain/draft-fields/draft-fields';
import type { ReasonKey } from '../../domain/review/decisions';
import { useKeystoneStore } from '../../store/keystone-store';
import { CommentsHere } from '../comments/comments-here';
import { useCurrentDraft } from '../use-current-draft';
import './reason-note.css';

interface Props {
  reason: ReasonKey;
  /** What the decision is called in "Why this …?": "grade", "reporting line". */
  what: string;
}

export function ReasonNote({ reason, what }: Props) {
  const draft = useCurrentDraft();
  const updateDraft = useKeystoneStore((s) => s.updateDraft);
  const value = draft.reasons[reason];
  const [open, setOpen] = useState(value !== '');
  const id = `reason-${reason}`;

  return (
    <>
      <details className="reason-note" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Why this {what}?{' '}
          <span className="reason-state">
            {value.trim() === '' ? '(no reason yet)' : '(reason given)'}
          </span>
        </summary>
        <label className="field-label" htmlFor={id}>
          Reason for the {what}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          A sentence or two for the panel and the board. It stays with the draft and is never shared
          in an anonymised profile.
        </p>
        <textarea
          id={id}
          rows={2}
          maxLength={MAX_REASON}
          aria-describedby={`${id}-hint`}
          value={value}
          onChange={(e) => {
            const text = e.currentTarget.value;
            updateDraft(draft.id, (d) => ({ ...d, reasons: { ...d.reasons, [reason]: text } }));
          }}
        />
      </details>
      <CommentsHere about={reason} what={`the ${what}`} />
    </>
  );
}
