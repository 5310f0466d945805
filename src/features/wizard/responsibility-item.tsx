/**
 * One responsibility in the draft's ordered list: its wording (editable), the clauses it
 * evidences, and the controls to move or remove it. Responsibilities the user wrote carry the clauses
 * they tick, a claim the review checks against the wording (which is what scores); catalogue
 * responsibilities carry their own.
 */
import type { DragEvent } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type * as z from 'zod/mini';
import { FieldError, describedBy } from '../../components/field';
import { MAX_REASON } from '../../domain/draft-fields/draft-fields';
import '../../shared/reasons/reason-note.css';
import { CommentsHere } from '../../shared/comments/comments-here';
import { catalogueEntry } from '../../domain/catalogue';
import { CLAUSES, clauseById } from '../../domain/definition';
import type { Responsibility } from '../../domain/role-draft';
import { ListItemActions } from './list-item-actions';
import { aboutResponsibility } from '../../domain/wording-checks/check-draft';
import { WordingFindings } from '../../shared/wording/wording-findings';
import type { responsibilitiesStepSchema } from '../../domain/steps/responsibilities-schema';

type Input = z.input<ReturnType<typeof responsibilitiesStepSchema>>;

interface ResponsibilityItemProps {
  index: number;
  count: number;
  item: Responsibility;
  register: UseFormRegister<Input>;
  errors: FieldErrors<Input>['responsibilities'];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  /** Puts an accepted rewrite into the text box. */
  onRewrite: (index: number, text: string) => void;
  drag: {
    onDragStart: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

export function ResponsibilityItem(props: ResponsibilityItemProps) {
  const { index, count, item, register, errors, onMove, onRemove, onRewrite, drag } = props;
  const entry = item.catalogueId ? catalogueEntry(item.catalogueId) : undefined;
  const textId = `responsibility-${index}`;
  const textError = errors?.[index]?.text?.message;
  const clausesError = errors?.[index]?.clauses?.message;
  const position = `responsibility ${index + 1}`;
  return (
    <li
      className="responsibility"
      onDragOver={(event) => event.preventDefault()}
      onDrop={drag.onDrop}
    >
      <div className="responsibility-head">
        {/* Mouse users drag by the handle; keyboard users have Move up and Move down. */}
        <span
          className="drag-handle"
          aria-hidden="true"
          title="Drag to reorder"
          draggable
          onDragStart={drag.onDragStart}
        >
          ⠿
        </span>
        <label htmlFor={textId} className="field-label">
          Responsibility {index + 1}
        </label>
      </div>
      <p id={`${textId}-hint`} className="field-hint">
        {entry
          ? `From the catalogue. Evidences: ${entry.primary.map((id) => clauseById(id).name).join('; ')}.`
          : 'Written by you. Its wording earns points for the clauses it evidences, as a catalogue responsibility’s does. Tick the clauses you mean it to evidence: the review checks the wording against them.'}
      </p>
      <textarea
        id={textId}
        rows={3}
        aria-invalid={Boolean(textError)}
        aria-describedby={describedBy(textId, true, Boolean(textError))}
        {...register(`responsibilities.${index}.text`)}
      />
      {textError && <FieldError id={`${textId}-error`}>{textError}</FieldError>}
      <WordingFindings
        about={aboutResponsibility(item.id)}
        label={position}
        text={item.text}
        strength
        onRewrite={(text) => onRewrite(index, text)}
      />
      {!entry && (
        <fieldset
          className="field field-group clause-tags"
          aria-describedby={clausesError ? `${textId}-clauses-error` : undefined}
        >
          <legend className="field-label">Clauses responsibility {index + 1} evidences</legend>
          <div className="choices choices-columns">
            {CLAUSES.map((clause) => (
              <label key={clause.id} className="choice">
                <input
                  type="checkbox"
                  value={clause.id}
                  aria-invalid={Boolean(clausesError)}
                  {...register(`responsibilities.${index}.clauses`)}
                />
                {clause.name}
              </label>
            ))}
          </div>
          {clausesError && <FieldError id={`${textId}-clauses-error`}>{clausesError}</FieldError>}
        </fieldset>
      )}
      <details className="reason-note" open={item.reason !== '' || undefined}>
        <summary>Why does the role hold responsibility {index + 1}?</summary>
        <label htmlFor={`${textId}-reason`} className="field-label">
          Reason for responsibility {index + 1}
        </label>
        <textarea
          id={`${textId}-reason`}
          rows={2}
          maxLength={MAX_REASON}
          {...register(`responsibilities.${index}.reason`)}
        />
      </details>
      <CommentsHere about={`responsibility:${item.id}`} what={position} />
      <ListItemActions
        idPrefix="responsibility"
        index={index}
        count={count}
        name={position}
        onMove={onMove}
        onRemove={onRemove}
      />
    </li>
  );
}
