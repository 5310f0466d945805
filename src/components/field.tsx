/**
 * A labelled form field: label, a short hint, the control, and an error announced next to it.
 * The control is rendered by the caller, which spreads the props it is given so that the
 * hint and the error are tied to it (aria-describedby) and its invalid state is exposed.
 */
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

export const describedBy = (id: string, hint: boolean, error: boolean): string | undefined =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      {children({
        id,
        'aria-describedby': describedBy(id, Boolean(hint), Boolean(error)),
        'aria-invalid': Boolean(error),
      })}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} role="alert" className="field-error">
      <span aria-hidden="true">! </span>
      {children}
    </p>
  );
}

interface FieldGroupProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

/** A group of radios or checkboxes answering one question. */
export function FieldGroup({ id, legend, hint, error, children }: FieldGroupProps) {
  return (
    <fieldset
      className="field field-group"
      aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
    >
      <legend className="field-label">{legend}</legend>
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      <div className="choices">{children}</div>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}
