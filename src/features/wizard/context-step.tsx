/** Step 1: the institution the role is for. Sets the scene for the document and the peer set. */
import type * as z from 'zod/mini';
import { INSTITUTION_TYPES, NATIONS } from '../../domain/options';
import { draftSchemas } from '../../domain/role-draft';
import { Field } from '../../components/field';
import { OpenFile } from '../../shared/open-file/open-file';
import { useCurrentDraft } from '../../shared/use-current-draft';
import { RadioList } from './checkbox-list';
import { contextStepSchema } from '../../domain/steps/context-schema';
import { NumberField } from './number-field';
import { QuestionHint } from './question-hint';
import { SelectField } from './select-field';
import { SignatoryQuestion } from './signatory-question';
import { StepFrame } from './step-frame';
import { useSectionForm } from './use-section-form';
import { writeValidFields } from './write-section';

type Input = z.input<ReturnType<typeof contextStepSchema>>;

export function ContextStep() {
  const draft = useCurrentDraft();
  const { form, onSubmit } = useSectionForm({
    schema: contextStepSchema,
    stored: draft.context as Input,
    save: (values) =>
      writeValidFields(draft.id, 'context', draftSchemas().context.shape, values) as Input,
    next: 'remit',
  });
  const { register, control, formState } = form;
  const errors = formState.errors;

  return (
    <StepFrame
      step="context"
      intro={
        <p>
          Tell us about the institution. These answers set the scene in the role specification and
          choose the peers it is benchmarked against; they do not change the score.
        </p>
      }
      start={<OpenFile />}
      onSubmit={onSubmit}
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

      <SelectField
        name="nation"
        label="Nation"
        hint={
          <QuestionHint why="Pay, policy and data returns differ across the four nations; benchmarking compares like with like." />
        }
        prompt="Choose a nation"
        options={NATIONS.list}
        register={register}
        error={errors.nation?.message}
      />

      <RadioList
        name="institutionType"
        legend="Type of institution"
        hint={
          <QuestionHint why="A research-intensive university and a specialist institution need different technical leadership." />
        }
        options={INSTITUTION_TYPES.list}
        register={register}
        error={errors.institutionType?.message}
      />

      <NumberField
        name="technicalCommunitySize"
        section="context"
        kind="count"
        field={() => contextStepSchema().shape.technicalCommunitySize}
        label="Technical staff across the institution (head count, optional)"
        hint={
          <QuestionHint why="The size of the technical community the role would lead or speak for; used to choose peers of a similar size." />
        }
        form={form}
        error={errors.technicalCommunitySize?.message}
      />

      <SignatoryQuestion control={control} />
    </StepFrame>
  );
}
