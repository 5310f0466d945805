import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type * as z from 'zod/mini';
import type { ViewId } from '../../store/views';
import { useGoTo } from '../../shared/use-current-draft';
import { useAutosave } from './use-autosave';
import { useFocusFirstError } from './use-focus-first-error';

interface SectionFormOptions<Input extends FieldValues, Output extends FieldValues> {
  /** The step's schema, what Next insists on: built when the form first validates (issue 17). */
  schema: () => z.ZodMiniType<Output, Input>;
  /** The section as it stands in the store. */
  stored: Input;
  /** Writes what it can of the values and returns the section now in the store. */
  save: (values: Input) => Input;
  /** Where Next goes once the step is valid. */
  next: ViewId;
}

interface SectionForm<Input extends FieldValues, Output extends FieldValues> {
  form: UseFormReturn<Input, unknown, Output>;
  /** Saves the form's current values at once, for changes the form does not watch. */
  saveNow: () => void;
  /** The step's submit handler: save and go on, or focus the first problem. */
  onSubmit: ReturnType<UseFormReturn<Input, unknown, Output>['handleSubmit']>;
}

/**
 * The form behind one wizard step: validated by the step's schema, saved on every change, and
 * on Next saved once more before moving on. Focus on error is left to useFocusFirstError,
 * which visits only the first problem.
 */
export function useSectionForm<Input extends FieldValues, Output extends FieldValues>({
  schema,
  stored,
  save,
  next,
}: SectionFormOptions<Input, Output>): SectionForm<Input, Output> {
  const goTo = useGoTo();
  const onInvalid = useFocusFirstError();
  const form = useForm<Input, unknown, Output>({
    resolver: (values, context, options) => zodResolver(schema())(values, context, options),
    shouldFocusError: false,
    defaultValues: stored as DefaultValues<Input>,
  });
  const saveValues = useAutosave(form, stored, save);
  const onSubmit = form.handleSubmit((values) => {
    // The parsed values are a valid input too; TypeScript cannot see that for any schema.
    save(values as unknown as Input);
    goTo(next);
  }, onInvalid);
  return { form, saveNow: () => saveValues(form.getValues()), onSubmit };
}
