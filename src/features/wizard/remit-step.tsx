/** Step 2: how far the role reaches, inside the institution and beyond it. */
import type * as z from 'zod/mini';
import { EXTERNAL_REMIT, SCOPES, TARGET_LEVELS, TECHNICAL_AREAS } from '../../domain/options';
import { draftSchemas } from '../../domain/role-draft';
import { ReasonNote } from '../../shared/reasons/reason-note';
import { useCurrentDraft } from '../../shared/use-current-draft';
import { CheckboxList, RadioList } from './checkbox-list';
import { NumberField } from './number-field';
import { QuestionHint } from './question-hint';
import { remitStepSchema } from '../../domain/steps/remit-schema';
import { StepFrame } from './step-frame';
import { useSectionForm } from './use-section-form';
import { writeValidFields } from './write-section';

type Input = z.input<ReturnType<typeof remitStepSchema>>;

export function RemitStep() {
  const draft = useCurrentDraft();
  const { form, onSubmit } = useSectionForm({
    schema: remitStepSchema,
    stored: draft.remit as Input,
    save: (values) =>
      writeValidFields(draft.id, 'remit', draftSchemas().remit.shape, values) as Input,
    next: 'authority',
  });
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <StepFrame
      step="remit"
      intro={
        <p>
          The definition’s leader aligns the <em>whole</em> technical workforce with the
          institution’s goals. Say how far this role reaches.
        </p>
      }
      onSubmit={onSubmit}
    >
      <RadioList
        name="targetLevel"
        legend="What is the role meant to be? (optional)"
        hint={
          <QuestionHint why="The review still measures the role against the definition, but suggests only changes that fit this level, and says when the level itself is the gap." />
        }
        options={TARGET_LEVELS.list}
        register={register}
        error={errors.targetLevel?.message}
      />
      <RadioList
        name="scope"
        legend="How far does the role’s remit reach?"
        hint={
          <QuestionHint
            why="A leader can only align the workforce they can see."
            answers={{ section: 'remit', field: 'scope' }}
          />
        }
        options={SCOPES.list}
        register={register}
        error={errors.scope?.message}
      />
      <ReasonNote reason="scope" what="scope" />
      <CheckboxList
        name="areas"
        legend="Which technical areas does it cover?"
        hint={
          <QuestionHint
            why="Covering teaching and research settings gives the holistic view the report values."
            answers={{ section: 'remit', field: 'areas' }}
          />
        }
        options={TECHNICAL_AREAS.list}
        register={register}
        error={errors.areas?.message}
      />
      <div className="field-row">
        <NumberField
          name="techniciansInRemit"
          section="remit"
          kind="count"
          field={() => remitStepSchema().shape.techniciansInRemit}
          label="Technical staff in the remit (optional)"
          hint={<QuestionHint why="Shown in the role’s dimensions; peers are compared on it." />}
          form={form}
          error={errors.techniciansInRemit?.message}
        />
        <NumberField
          name="sites"
          section="remit"
          kind="count"
          field={() => remitStepSchema().shape.sites}
          label="Sites or campuses (optional)"
          hint={<QuestionHint why="Shown in the role’s dimensions." />}
          form={form}
          error={errors.sites?.message}
        />
      </div>
      <CheckboxList
        name="external"
        legend="Where does the role work outside the institution? (optional)"
        hint={
          <QuestionHint
            why="Sector networks, UK ITSS and professional bodies are where leaders see what is coming and speak for technicians."
            answers={{ section: 'remit', field: 'external' }}
          />
        }
        options={EXTERNAL_REMIT.list}
        register={register}
      />
    </StepFrame>
  );
}
