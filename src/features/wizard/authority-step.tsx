/** Step 3: the seniority and authority that make the role an "empowered decision-maker". */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type * as z from 'zod/mini';
import { Field } from '../../components/field';
import {
  BUDGET_AUTHORITY,
  DECISION_RIGHTS,
  GRADE_BANDS,
  REPORTING_LINES,
  SEATS,
} from '../../domain/options';
import { AuthoritySchema, type Authority } from '../../domain/role-draft';
import { useCurrentDraft, useGoTo } from '../drafts/use-current-draft';
import { AuthorityStepSchema } from './authority-schema';
import { CheckboxList, RadioList } from './checkbox-list';
import { emptyToNull, parseNumber, pickValid } from './pick-valid';
import { QuestionHint } from './question-hint';
import { StepFrame } from './step-frame';
import { useAutosave } from './use-autosave';
import { writeSection } from './write-section';
import { useFocusFirstError } from './use-focus-first-error';

type Input = z.input<typeof AuthorityStepSchema>;

export function AuthorityStep() {
  const draft = useCurrentDraft();
  const goTo = useGoTo();
  const onInvalid = useFocusFirstError();
  const form = useForm<Input, unknown, z.output<typeof AuthorityStepSchema>>({
    resolver: zodResolver(AuthorityStepSchema),
    shouldFocusError: false,
    defaultValues: draft.authority as Input,
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;

  const save = (values: Input): Input =>
    writeSection(draft.id, 'authority', (current) => ({
      ...current,
      ...pickValid<Authority>(AuthoritySchema.shape, values),
    })) as Input;
  useAutosave(form, draft.authority as Input, save);

  return (
    <StepFrame
      step="authority"
      intro={
        <p>
          The definition opens with “an empowered decision-maker”. Duties alone cannot show that: a
          seat, a budget, sign-off rights, a grade and a short reporting line do.
        </p>
      }
      onSubmit={handleSubmit((values) => {
        save(values);
        goTo('responsibilities');
      }, onInvalid)}
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
      <Field
        id="gradeBand"
        label="Grade"
        hint={
          <QuestionHint
            why="Technical job families often stop at grade 7 or 8. Keystone gathers evidence for job evaluation; it does not set the grade."
            clauses={['empowered']}
          />
        }
        error={errors.gradeBand?.message}
      >
        {(a11y) => (
          <select {...a11y} {...register('gradeBand', { setValueAs: emptyToNull })}>
            <option value="">Choose a grade</option>
            {GRADE_BANDS.list.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="fte"
        label="Full-time equivalent (optional)"
        hint={<QuestionHint why="For example 1 for full time or 0.8." />}
        error={errors.fte?.message}
      >
        {(a11y) => (
          <input
            type="text"
            inputMode="decimal"
            className="input-short"
            {...a11y}
            {...register('fte', { setValueAs: parseNumber })}
          />
        )}
      </Field>
      <Field
        id="reportsTo"
        label="Reports to"
        hint={
          <QuestionHint
            why="The closer to the head of the institution, the more weight the role carries."
            clauses={['empowered']}
          />
        }
        error={errors.reportsTo?.message}
      >
        {(a11y) => (
          <select {...a11y} {...register('reportsTo', { setValueAs: emptyToNull })}>
            <option value="">Choose a reporting line</option>
            {REPORTING_LINES.list.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CheckboxList
        name="seats"
        legend="Where does the role have a seat? (optional)"
        hint={
          <QuestionHint
            why="Decisions are made at these tables; a seat gives technicians a voice there."
            clauses={['empowered', 'advocates', 'policies', 'investment']}
          />
        }
        options={SEATS.list}
        register={register}
      />
      <RadioList
        name="budgetAuthority"
        legend="Budget authority"
        hint={
          <QuestionHint
            why="A leader who holds a budget can fund the decisions they take."
            clauses={['empowered', 'investment']}
          />
        }
        options={BUDGET_AUTHORITY.list}
        register={register}
        error={errors.budgetAuthority?.message}
      />
      <div className="field-row">
        <Field
          id="annualBudget"
          label="Annual budget in pounds (optional)"
          hint={<QuestionHint why="Shown in the role’s dimensions." />}
          error={errors.annualBudget?.message}
        >
          {(a11y) => (
            <input
              type="text"
              inputMode="numeric"
              className="input-short"
              {...a11y}
              {...register('annualBudget', { setValueAs: parseNumber })}
            />
          )}
        </Field>
        <Field
          id="directReports"
          label="Direct reports (optional)"
          hint={<QuestionHint why="Shown in the role’s dimensions." />}
          error={errors.directReports?.message}
        >
          {(a11y) => (
            <input
              type="text"
              inputMode="numeric"
              className="input-short"
              {...a11y}
              {...register('directReports', { setValueAs: parseNumber })}
            />
          )}
        </Field>
      </div>
      <CheckboxList
        name="decisionRights"
        legend="Which decisions does the role sign off? (optional)"
        hint={
          <QuestionHint
            why="Sign-off rights turn advice into decisions."
            clauses={['empowered', 'policies', 'workforce', 'skills', 'investment', 'development']}
          />
        }
        options={DECISION_RIGHTS.list}
        register={register}
      />
    </StepFrame>
  );
}
