/** Groups of checkboxes or radios bound to one field of a step's form. */
import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import type { ReactNode } from 'react';
import { FieldGroup } from '../../components/field';

interface ChoiceListProps<T extends FieldValues> {
  name: Path<T>;
  legend: string;
  hint: ReactNode;
  options: readonly { id: string; label: string }[];
  register: UseFormRegister<T>;
  error?: string | undefined;
}

function ChoiceList<T extends FieldValues>({
  type,
  name,
  legend,
  hint,
  options,
  register,
  error,
}: ChoiceListProps<T> & { type: 'checkbox' | 'radio' }) {
  return (
    <FieldGroup id={name} legend={legend} hint={hint} error={error}>
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input type={type} value={o.id} aria-invalid={Boolean(error)} {...register(name)} />
          {o.label}
        </label>
      ))}
    </FieldGroup>
  );
}

/** Checkboxes for a list field: any number of the options. */
export function CheckboxList<T extends FieldValues>(props: ChoiceListProps<T>) {
  return <ChoiceList type="checkbox" {...props} />;
}

/** Radios for a single-choice field: one of the options. */
export function RadioList<T extends FieldValues>(props: ChoiceListProps<T>) {
  return <ChoiceList type="radio" {...props} />;
}
