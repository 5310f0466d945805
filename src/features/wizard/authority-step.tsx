/** Step 3: the seniority and authority that make the role an "empowered decision-maker". */
import type * as z from 'zod/mini';
import { Field } from '../../components/field';
import {
  BUDGET_AUTHORITY,
  DECISION_RIGHTS,
  GRADE_BANDS,
  REPORTING_LINES,
  SEATS,
} from '../../domain/options';
import { draftSchemas } from '../../domain/role-draft';
import { ReasonNote } from '../../shared/reasons/reason-note';
import { useCurrentDraft } from '../../shared/use-current-draft';
import { authorityStepSchema } from '../../domain/steps/authority-schema';
import { CheckboxList, RadioList } from './checkbox-list';
import { NumberField } from './number-field';
import { QuestionHint } from './question-hint';
import { SelectField } from './select-field';
import { StepFrame } from './step-frame';
import { useSectionForm } from './use-section-form';
import { writeValidFields } from './write-section';

type Input = z.input<ReturnType<typeof authorityStepSchema>>;

export function AuthorityStep() {
  const draft = useCurrentDraft();
  const { form, onSubmit } = useSectionForm({
    schema: authorityStepSchema,
    stored: draft.authority as Input,
    save: (values) =>
      writeValidFields(draft.id, 'authority', draftSchemas().authority.shape, values) as Input,
    next: 'responsibilities',
  });
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <StepFrame
      step="authority"
      intro={
        <p>
          The definition opens with “an empowered decision-maker”. Responsibilities alone cannot
          show that: a seat, a budget, sign-off rights, a grade and a short reporting line do.
        </p>
      }
      onSubmit={onSubmit}
    >
      <Field
        id="title"
        label="Job title"
        hint={
          <QuestionHint why="Sector titles vary widely, for example Director of Technical Strategy or Head of Technical Services." />
        }
        error={errors.title?.message}
      >
        {(a11y) => <input type="text" {...a11y} {...register('title')} />}
      </Field>
      <SelectField
        name="gradeBand"
        label="Grade"
        hint={
          <QuestionHint
            why="Technical job families often stop at grade 7 or 8. Keystone gathers evidence for job evaluation; it does not set the grade."
            answers={{ section: 'authority', field: 'gradeBand' }}
          />
        }
        prompt="Choose a grade"
        options={GRADE_BANDS.list}
        register={register}
        error={errors.gradeBand?.message}
      />
      <ReasonNote reason="gradeBand" what="grade" />
      <NumberField
        name="fte"
        section="authority"
        kind="fte"
        field={() => authorityStepSchema().shape.fte}
        label="Full-time equivalent (optional)"
        hint={<QuestionHint why="For example 1 for full time or 0.8." />}
        form={form}
        error={errors.fte?.message}
      />
      <ReasonNote reason="fte" what="FTE" />
      <SelectField
        name="reportsTo"
        label="Reports to"
        hint={
          <QuestionHint
            why="The closer to the head of the institution, the more weight the role carries."
            answers={{ section: 'authority', field: 'reportsTo' }}
          />
        }
        prompt="Choose a reporting line"
        options={REPORTING_LINES.list}
        register={register}
        error={errors.reportsTo?.message}
      />
      <ReasonNote reason="reportsTo" what="reporting line" />
      <CheckboxList
        name="seats"
        legend="Where does the role have a seat? (optional)"
        hint={
          <QuestionHint
            why="Decisions are made at these tables; a seat gives technicians a voice there."
            answers={{ section: 'authority', field: 'seats' }}
          />
        }
        options={SEATS.list}
        register={register}
      />
      <ReasonNote reason="seats" what="choice of seats" />
      <RadioList
        name="budgetAuthority"
        legend="Budget authority"
        hint={
          <QuestionHint
            why="A leader who holds a budget can fund the decisions they take."
            answers={{ section: 'authority', field: 'budgetAuthority' }}
          />
        }
        options={BUDGET_AUTHORITY.list}
        register={register}
        error={errors.budgetAuthority?.message}
      />
      <div className="field-row">
        <NumberField
          name="annualBudget"
          section="authority"
          kind="money"
          field={() => authorityStepSchema().shape.annualBudget}
          label="Annual budget in pounds (optional)"
          hint={<QuestionHint why="Shown in the role’s dimensions." />}
          form={form}
          error={errors.annualBudget?.message}
        />
        <NumberField
          name="directReports"
          section="authority"
          kind="count"
          field={() => authorityStepSchema().shape.directReports}
          label="Direct reports (optional)"
          hint={<QuestionHint why="Shown in the role’s dimensions." />}
          form={form}
          error={errors.directReports?.message}
        />
      </div>
      <ReasonNote reason="annualBudget" what="budget" />
      <CheckboxList
        name="decisionRights"
        legend="Which decisions does the role sign off? (optional)"
        hint={
          <QuestionHint
            why="Sign-off rights turn advice into decisions."
            answers={{ section: 'authority', field: 'decisionRights' }}
          />
        }
        options={DECISION_RIGHTS.list}
        register={register}
      />
      <ReasonNote reason="decisionRights" what="set of decision rights" />
    </StepFrame>
  );
}
