/** A short text box for a number, bound to one field of a step's form. */
import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { Field } from '../../components/field';
import { parseNumber } from './pick-valid';

interface NumberFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  hint: ReactNode;
  register: UseFormRegister<T>;
  error?: string | undefined;
  /** "decimal" where a fraction makes sense (FTE), so phones offer a decimal point. */
  inputMode?: 'numeric' | 'decimal';
}

/** A text box, not type="number", so that "12,000" or "£250,000" can be typed; parseNumber reads it. */
export function NumberField<T extends FieldValues>({
  name,
  label,
  hint,
  register,
  error,
  inputMode = 'numeric',
}: NumberFieldProps<T>) {
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      {(a11y) => (
        <input
          type="text"
          inputMode={inputMode}
          className="input-short"
          {...a11y}
          {...register(name, { setValueAs: parseNumber })}
        />
      )}
    </Field>
  );
}
