/**
 * Generated wording, editable: the user's text is saved with the draft (draft.wording) and used
 * in every export; "Use the generated wording" returns to the generated starting point.
 */
import { useId, useRef } from 'react';
import { MAX_TEXT, type RoleDraft } from '../../domain/role-draft';
import { useKeystoneStore } from '../../store/keystone-store';
import { WordingFindings } from '../../shared/wording/wording-findings';

type WordingKey = 'jobPurpose' | 'context' | 'relationships' | 'advert';

interface Props {
  draft: RoleDraft;
  field: WordingKey;
  label: string;
  generated: string;
  rows?: number;
  /** Said under the hint, such as how a list is written or how long it may be. */
  howTo?: string;
  /** The largest number of characters; a count is shown when given. */
  limit?: number;
}

export function WordingEditor({ draft, field, label, generated, rows = 6, howTo, limit }: Props) {
  const updateDraft = useKeystoneStore((s) => s.updateDraft);
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const edited = draft.wording[field];
  const value = edited ?? generated;
  const set = (text: string | null) =>
    updateDraft(draft.id, (d) => ({ ...d, wording: { ...d.wording, [field]: text } }));
  const over = limit !== undefined && value.length > limit;

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {edited === null
          ? 'Generated from your answers. Edit it to fit your institution: your wording is saved with the draft.'
          : 'Your own wording, saved with the draft. Leave it empty to use the generated wording.'}
        {howTo ? ` ${howTo}` : ''}
      </p>
      <textarea
        ref={box}
        id={id}
        className="export-purpose"
        rows={rows}
        maxLength={MAX_TEXT}
        aria-describedby={`${id}-hint${limit !== undefined ? ` ${id}-count` : ''}`}
        aria-invalid={over}
        value={value}
        onChange={(event) => set(event.target.value)}
      />
      {limit !== undefined ? (
        <p id={`${id}-count`} className={over ? 'field-error' : 'field-hint'}>
          {value.length.toLocaleString('en-GB')} of {limit.toLocaleString('en-GB')} characters
          {over ? ': too long for most job boards; shorten it before you publish.' : '.'}
        </p>
      ) : null}
      <WordingFindings
        about={field}
        label={`the ${label.toLowerCase()}`}
        text={value}
        strength={field === 'jobPurpose'}
        onRewrite={set}
      />
      <button
        type="button"
        className="button-secondary button-small"
        disabled={edited === null}
        onClick={() => {
          set(null);
          // The button is disabled once it has done its work: focus goes to the wording it restored.
          box.current?.focus();
        }}
      >
        Use the generated wording
        <span className="visually-hidden"> for the {label.toLowerCase()}</span>
      </button>
    </div>
  );
}
