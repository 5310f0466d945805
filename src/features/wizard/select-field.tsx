/** A drop-down list bound to one field of a step's form; its empty first choice means "not answered". */
import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { Field } from '../../components/field';
import { emptyToNull } from './pick-valid';

interface SelectFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  hint: ReactNode;
  /** The text of the empty first choice, for example "Choose a grade". */
  prompt: string;
  options: readonly { id: string; label: string }[];
  register: UseFormRegister<T>;
  error?: string | undefined;
}

export function SelectField<T extends FieldValues>({
  name,
  label,
  hint,
  prompt,
  options,
  register,
  error,
}: SelectFieldProps<T>) {
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      {(a11y) => (
        <select {...a11y} {...register(name, { setValueAs: emptyToNull })}>
          <option value="">{prompt}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
