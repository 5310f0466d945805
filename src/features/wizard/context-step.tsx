/** Step 1: the institution the role is for. Sets the scene for the document and the peer set. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type * as z from 'zod/mini';
import { INSTITUTION_TYPES, NATIONS } from '../../domain/options';
import { ContextSchema, type InstitutionContext } from '../../domain/role-draft';
import { Field, FieldGroup } from '../../components/field';
import { useCurrentDraft, useGoTo } from '../drafts/use-current-draft';
import { ContextStepSchema } from './context-schema';
import { emptyToNull, parseNumber, pickValid } from './pick-valid';
import { QuestionHint } from './question-hint';
import { SignatoryQuestion } from './signatory-question';
import { StepFrame } from './step-frame';
import { useAutosave } from './use-autosave';
import { writeSection } from './write-section';
import { useFocusFirstError } from './use-focus-first-error';

type Input = z.input<typeof ContextStepSchema>;

export function ContextStep() {
  const draft = useCurrentDraft();
  const goTo = useGoTo();
  const onInvalid = useFocusFirstError();
  const form = useForm<Input, unknown, z.output<typeof ContextStepSchema>>({
    resolver: zodResolver(ContextStepSchema),
    shouldFocusError: false,
    defaultValues: draft.context as Input,
  });
  const { register, handleSubmit, control, formState } = form;
  const errors = formState.errors;

  const save = (values: Input): Input =>
    writeSection(draft.id, 'context', (current) => ({
      ...current,
      ...pickValid<InstitutionContext>(ContextSchema.shape, values),
    })) as Input;
  useAutosave(form, draft.context as Input, save);

  return (
    <StepFrame
      step="context"
      intro={
        <p>
          Tell us about the institution. These answers set the scene in the role specification and
          choose the peers it is benchmarked against; they do not change the score.
        </p>
      }
      onSubmit={handleSubmit((values) => {
        save(values);
        goTo('remit');
      }, onInvalid)}
    >
      <Field
        id="institutionName"
        label="Institution name"
        hint={<QuestionHint why="It appears at the top of the role specification." />}
        error={errors.institutionName?.message}
      >
        {(a11y) => (
          <input
            type="text"
            autoComplete="organization"
            {...a11y}
            {...register('institutionName')}
          />
        )}
      </Field>

      <Field
        id="nation"
        label="Nation"
        hint={
          <QuestionHint why="Pay, policy and data returns differ across the four nations; benchmarking compares like with like." />
        }
        error={errors.nation?.message}
      >
        {(a11y) => (
          <select {...a11y} {...register('nation', { setValueAs: emptyToNull })}>
            <option value="">Choose a nation</option>
            {NATIONS.list.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>

      <FieldGroup
        id="institutionType"
        legend="Type of institution"
        hint={
          <QuestionHint why="A research-intensive university and a specialist institution need different technical leadership." />
        }
        error={errors.institutionType?.message}
      >
        {INSTITUTION_TYPES.list.map((o) => (
          <label key={o.id} className="choice">
            <input
              type="radio"
              value={o.id}
              aria-invalid={Boolean(errors.institutionType)}
              {...register('institutionType')}
            />
            {o.label}
          </label>
        ))}
      </FieldGroup>

      <Field
        id="technicalCommunitySize"
        label="Technical staff across the institution (head count, optional)"
        hint={
          <QuestionHint why="The size of the technical community the role would lead or speak for; used to choose peers of a similar size." />
        }
        error={errors.technicalCommunitySize?.message}
      >
        {(a11y) => (
          <input
            type="text"
            inputMode="numeric"
            className="input-short"
            {...a11y}
            {...register('technicalCommunitySize', { setValueAs: parseNumber })}
          />
        )}
      </Field>

      <SignatoryQuestion control={control} />
    </StepFrame>
  );
}
