/** Yes, no or not sure, stored as true, false or null. */
import { Controller, type Control } from 'react-hook-form';
import type * as z from 'zod/mini';
import { FieldGroup } from '../../components/field';
import type { contextStepSchema } from '../../domain/steps/context-schema';
import { QuestionHint } from './question-hint';

const CHOICES = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Not sure' },
] as const;

export function SignatoryQuestion({
  control,
}: {
  control: Control<
    z.input<ReturnType<typeof contextStepSchema>>,
    unknown,
    z.output<ReturnType<typeof contextStepSchema>>
  >;
}) {
  return (
    <Controller
      control={control}
      name="techCommitmentSignatory"
      render={({ field }) => (
        <FieldGroup
          id="techCommitmentSignatory"
          legend="Has the institution signed the Technician Commitment?"
          hint={
            <QuestionHint
              why="A signatory names a lead and keeps an action plan; the role is often that lead."
              usedFor="Context for: Advocates for technicians (it does not change the score)."
            />
          }
        >
          {CHOICES.map((choice) => (
            <label key={choice.label} className="choice">
              <input
                type="radio"
                name={field.name}
                checked={field.value === choice.value}
                onChange={() => field.onChange(choice.value)}
                onBlur={field.onBlur}
              />
              {choice.label}
            </label>
          ))}
        </FieldGroup>
      )}
    />
  );
}
