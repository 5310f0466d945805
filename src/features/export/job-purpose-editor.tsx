/**
 * The generated job purpose, editable: the user's wording is saved with the draft
 * (draft.wording.jobPurpose) and used in every export; "Use the generated wording" returns to it.
 */
import { useId, useRef } from 'react';
import { generateJobPurpose } from '../../domain/job-description/job-purpose';
import { MAX_TEXT, type RoleDraft } from '../../domain/role-draft';
import { useKeystoneStore } from '../../store/keystone-store';

export function JobPurposeEditor({ draft }: { draft: RoleDraft }) {
  const updateDraft = useKeystoneStore((s) => s.updateDraft);
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const edited = draft.wording.jobPurpose;
  const setPurpose = (jobPurpose: string | null) =>
    updateDraft(draft.id, (d) => ({ ...d, wording: { ...d.wording, jobPurpose } }));

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Job purpose
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {edited === null
          ? 'Generated from your answers. Edit it to fit your institution: your wording is saved with the draft.'
          : 'Your own wording, saved with the draft. Leave it empty to use the generated wording.'}
      </p>
      <textarea
        ref={box}
        id={id}
        className="export-purpose"
        rows={6}
        maxLength={MAX_TEXT}
        aria-describedby={`${id}-hint`}
        value={edited ?? generateJobPurpose(draft)}
        onChange={(event) => setPurpose(event.target.value)}
      />
      <button
        type="button"
        className="button-secondary button-small"
        disabled={edited === null}
        onClick={() => {
          setPurpose(null);
          // The button is disabled once it has done its work: focus goes to the wording it restored.
          box.current?.focus();
        }}
      >
        Use the generated wording
      </button>
    </div>
  );
}
