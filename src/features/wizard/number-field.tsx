/**
 * A short text box for a number, bound to one field of a step's form. It reads what people type
 * ("£2.5m", "80%", "six", "about 400"), says how it read it, and when it cannot read it or the
 * step cannot accept it, keeps the text with the reason, also after leaving the step and coming
 * back (typed-numbers-slice.ts), so that nothing typed vanishes without a word.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  useWatch,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form';
import type * as z from 'zod/mini';
import { Field } from '../../components/field';
import { numberEntry } from '../../domain/numbers/number-entry';
import { readNumber, type NumberKind, type NumberReading } from '../../domain/numbers/read-number';
import { useCurrentDraft } from '../../shared/use-current-draft';
import { useKeystoneStore } from '../../store/keystone-store';

type Section = 'context' | 'remit' | 'authority';

interface NumberFieldProps<T extends FieldValues> {
  section: Section;
  name: Path<T>;
  label: string;
  hint: ReactNode;
  form: Pick<UseFormReturn<T, unknown, FieldValues>, 'register' | 'setValue' | 'control'>;
  /**
   * The step's schema for this field: what it accepts, with the message when it does not. Asked
   * for only once something is typed (the schemas are built on first use, issue 17).
   */
  field: () => z.ZodMiniType;
  kind: NumberKind;
  error?: string | undefined;
}

/** The value the form holds for a reading: a number, null for blank, NaN for unreadable. */
const formValue = (reading: NumberReading): number | null =>
  reading.kind === 'number' ? reading.value : reading.kind === 'blank' ? null : Number.NaN;

const storedValue = (draftId: string, section: Section, name: string): unknown =>
  (useKeystoneStore.getState().drafts[draftId]?.[section] as Record<string, unknown> | undefined)?.[
    name
  ];

/** A text box, not type="number", so that "12,000" or "£2.5m" can be typed; readNumber reads it. */
export function NumberField<T extends FieldValues>({
  section,
  name,
  label,
  hint,
  form,
  field,
  kind,
  error,
}: NumberFieldProps<T>) {
  const draft = useCurrentDraft();
  const key = `${draft.id}/${section}.${name}`;
  const keep = useKeystoneStore((s) => s.keepTypedNumber);
  // The text typed last time, if the stored value has not moved since (see the slice).
  const [initial] = useState(() => {
    const typed = useKeystoneStore.getState().typedNumbers[key];
    return typed && Object.is(typed.base, storedValue(draft.id, section, name)) ? typed.text : null;
  });
  const [text, setText] = useState(initial);
  const box = useRef<HTMLInputElement | null>(null);
  const { register, setValue, control } = form;
  const value: unknown = useWatch({ control, name });

  useEffect(() => {
    if (initial === null) return;
    setValue(name, formValue(readNumber(initial, kind)) as PathValue<T, Path<T>>);
    // setValue writes the number to the box; the person should see what they typed.
    if (box.current) box.current.value = initial;
  }, [initial, kind, name, setValue]);

  const registered = register(name, {
    setValueAs: (v: unknown) =>
      typeof v === 'number' || v === null ? v : formValue(readNumber(String(v ?? ''), kind)),
  });
  const reading = text === null ? null : readNumber(text, kind);
  // After undo or a change from another tab the form is reset: an older text no longer applies.
  const current = reading !== null && Object.is(formValue(reading), value) ? reading : null;
  const entry = current && text !== null ? numberEntry(text, kind, field()) : null;
  const message =
    // Plain figures ("850") need no "Read as 850."; "£2.5m" or "six" do.
    entry === null ||
    (entry.kind === 'save' && (entry.say === null || text?.trim() === String(entry.value)))
      ? null
      : entry.kind === 'keep'
        ? { problem: true, text: entry.why }
        : { problem: false, text: entry.say ?? '' };
  const shownError = error && entry?.kind === 'keep' ? entry.why : error;
  const readingId = `${name}-reading`;

  return (
    <Field id={name} label={label} hint={hint} error={shownError}>
      {(a11y) => (
        <>
          <input
            type="text"
            inputMode={kind === 'fte' ? 'decimal' : 'text'}
            className="input-short"
            {...a11y}
            aria-describedby={
              [a11y['aria-describedby'], message && !shownError ? readingId : null]
                .filter(Boolean)
                .join(' ') || undefined
            }
            aria-invalid={a11y['aria-invalid'] || Boolean(message?.problem)}
            {...registered}
            ref={(el) => {
              registered.ref(el);
              box.current = el;
            }}
            onChange={(event) => {
              const typed = event.target.value;
              setText(typed);
              // The form saves the value as it changes, before its validation (awaited) runs.
              void registered.onChange(event);
              keep(
                key,
                typed.trim() === ''
                  ? null
                  : { text: typed, base: storedValue(draft.id, section, name) },
              );
            }}
          />
          {message && !shownError && (
            <p
              id={readingId}
              className={message.problem ? 'field-reading field-reading-problem' : 'field-reading'}
            >
              {message.text}
            </p>
          )}
        </>
      )}
    </Field>
  );
}
