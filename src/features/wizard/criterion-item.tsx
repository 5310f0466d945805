/** One person-specification criterion: its wording, essential or desirable, how it is assessed. */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type * as z from 'zod/mini';
import { FieldError, describedBy } from '../../components/field';
import { ASSESSMENT_METHODS, CRITERION_CATEGORIES } from '../../domain/options';
import { ListItemActions } from './list-item-actions';
import { aboutCriterion } from '../../domain/wording-checks/check-draft';
import { WordingFindings } from '../../shared/wording/wording-findings';
import type { personSpecStepSchema } from '../../domain/steps/person-spec-schema';
import './criterion-item.css';

type Input = z.input<ReturnType<typeof personSpecStepSchema>>;

interface CriterionItemProps {
  index: number;
  count: number;
  register: UseFormRegister<Input>;
  errors: FieldErrors<Input>['personSpec'];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  /** The criterion as it stands in the form, for the wording checks. */
  item: { id: string; text: string };
  onRewrite: (index: number, text: string) => void;
}

export function CriterionItem(props: CriterionItemProps) {
  const { index, count, register, errors, onMove, onRemove, item, onRewrite } = props;
  const id = `criterion-${index}`;
  const error = errors?.[index]?.text?.message;
  const name = `criterion ${index + 1}`;
  return (
    <li className="criterion">
      <label htmlFor={id} className="field-label">
        Criterion {index + 1}
      </label>
      <textarea
        id={id}
        rows={2}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, false, Boolean(error))}
        {...register(`personSpec.${index}.text`)}
      />
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      <WordingFindings
        about={aboutCriterion(item.id)}
        label={name}
        text={item.text}
        strength={false}
        onRewrite={(text) => onRewrite(index, text)}
      />
      <div className="criterion-options">
        <fieldset className="field-group inline-group">
          <legend className="field-label-small">Criterion {index + 1} is</legend>
          {CRITERION_CATEGORIES.list.map((o) => (
            <label key={o.id} className="choice">
              <input type="radio" value={o.id} {...register(`personSpec.${index}.category`)} />
              {o.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="field-group inline-group">
          <legend className="field-label-small">Assessed by</legend>
          {ASSESSMENT_METHODS.list.map((o) => (
            <label key={o.id} className="choice">
              <input type="checkbox" value={o.id} {...register(`personSpec.${index}.assessedBy`)} />
              {o.label}
            </label>
          ))}
        </fieldset>
      </div>
      <ListItemActions
        idPrefix="criterion"
        index={index}
        count={count}
        name={name}
        onMove={onMove}
        onRemove={onRemove}
      />
    </li>
  );
}
