/** A group of checkboxes bound to one list field of a step's form. */
import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import type { ReactNode } from 'react';
import { FieldGroup } from '../../components/field';

interface CheckboxListProps<T extends FieldValues> {
  name: Path<T>;
  legend: string;
  hint: ReactNode;
  options: readonly { id: string; label: string }[];
  register: UseFormRegister<T>;
  error?: string | undefined;
}

export function CheckboxList<T extends FieldValues>({
  name,
  legend,
  hint,
  options,
  register,
  error,
}: CheckboxListProps<T>) {
  return (
    <FieldGroup id={name} legend={legend} hint={hint} error={error}>
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input type="checkbox" value={o.id} aria-invalid={Boolean(error)} {...register(name)} />
          {o.label}
        </label>
      ))}
    </FieldGroup>
  );
}

/** A group of radios bound to one field of a step's form. */
export function RadioList<T extends FieldValues>({
  name,
  legend,
  hint,
  options,
  register,
  error,
}: CheckboxListProps<T>) {
  return (
    <FieldGroup id={name} legend={legend} hint={hint} error={error}>
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input type="radio" value={o.id} aria-invalid={Boolean(error)} {...register(name)} />
          {o.label}
        </label>
      ))}
    </FieldGroup>
  );
}
