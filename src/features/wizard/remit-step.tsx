/** Step 2: how far the role reaches, inside the institution and beyond it. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type * as z from 'zod/mini';
import { Field } from '../../components/field';
import { EXTERNAL_REMIT, SCOPES, TECHNICAL_AREAS } from '../../domain/options';
import { RemitSchema, type Remit } from '../../domain/role-draft';
import { useCurrentDraft, useGoTo } from '../drafts/use-current-draft';
import { CheckboxList, RadioList } from './checkbox-list';
import { parseNumber, pickValid } from './pick-valid';
import { QuestionHint } from './question-hint';
import { RemitStepSchema } from './remit-schema';
import { StepFrame } from './step-frame';
import { useAutosave } from './use-autosave';
import { writeSection } from './write-section';
import { useFocusFirstError } from './use-focus-first-error';

type Input = z.input<typeof RemitStepSchema>;

export function RemitStep() {
  const draft = useCurrentDraft();
  const goTo = useGoTo();
  const onInvalid = useFocusFirstError();
  const form = useForm<Input, unknown, z.output<typeof RemitStepSchema>>({
    resolver: zodResolver(RemitStepSchema),
    shouldFocusError: false,
    defaultValues: draft.remit as Input,
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;

  const save = (values: Input): Input =>
    writeSection(draft.id, 'remit', (current) => ({
      ...current,
      ...pickValid<Remit>(RemitSchema.shape, values),
    })) as Input;
  useAutosave(form, draft.remit as Input, save);

  return (
    <StepFrame
      step="remit"
      intro={
        <p>
          The definition’s leader aligns the <em>whole</em> technical workforce with the
          institution’s goals. Say how far this role reaches.
        </p>
      }
      onSubmit={handleSubmit((values) => {
        save(values);
        goTo('authority');
      }, onInvalid)}
    >
      <RadioList
        name="scope"
        legend="How far does the role’s remit reach?"
        hint={
          <QuestionHint
            why="A leader can only align the workforce they can see."
            clauses={['aligns']}
          />
        }
        options={SCOPES.list}
        register={register}
        error={errors.scope?.message}
      />
      <CheckboxList
        name="areas"
        legend="Which technical areas does it cover?"
        hint={
          <QuestionHint
            why="Covering teaching and research settings gives the holistic view the report values."
            clauses={['aligns']}
          />
        }
        options={TECHNICAL_AREAS.list}
        register={register}
        error={errors.areas?.message}
      />
      <div className="field-row">
        <Field
          id="techniciansInRemit"
          label="Technical staff in the remit (optional)"
          hint={<QuestionHint why="Shown in the role’s dimensions; peers are compared on it." />}
          error={errors.techniciansInRemit?.message}
        >
          {(a11y) => (
            <input
              type="text"
              inputMode="numeric"
              className="input-short"
              {...a11y}
              {...register('techniciansInRemit', { setValueAs: parseNumber })}
            />
          )}
        </Field>
        <Field
          id="sites"
          label="Sites or campuses (optional)"
          hint={<QuestionHint why="Shown in the role’s dimensions." />}
          error={errors.sites?.message}
        >
          {(a11y) => (
            <input
              type="text"
              inputMode="numeric"
              className="input-short"
              {...a11y}
              {...register('sites', { setValueAs: parseNumber })}
            />
          )}
        </Field>
      </div>
      <CheckboxList
        name="external"
        legend="Where does the role work outside the institution? (optional)"
        hint={
          <QuestionHint
            why="Sector networks, UK ITSS and professional bodies are where leaders see what is coming and speak for technicians."
            clauses={['anticipates', 'advocates', 'policies', 'workforce', 'skills', 'development']}
          />
        }
        options={EXTERNAL_REMIT.list}
        register={register}
      />
    </StepFrame>
  );
}
