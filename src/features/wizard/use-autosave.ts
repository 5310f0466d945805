import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReset, UseFormWatch } from 'react-hook-form';

/**
 * Saves a step's form to the store on every change, and resets the form when the stored value
 * changes from elsewhere (undo, a restore point, another tab). `save` writes what it can and
 * returns the object now in the store, so the form can tell its own writes from others'.
 */
export function useAutosave<T extends FieldValues>(
  form: { watch: UseFormWatch<T>; reset: UseFormReset<T> },
  stored: T,
  save: (values: T) => T,
  /** Whether two stored values are the same write; list steps compare the list inside. */
  same: (a: T, b: T) => boolean = Object.is,
) {
  const written = useRef(stored);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const { watch, reset } = form;
  useEffect(() => {
    const subscription = watch((values) => {
      written.current = saveRef.current(values as T);
    });
    return () => subscription.unsubscribe();
  }, [watch]);
  useEffect(() => {
    if (same(stored, written.current)) return;
    written.current = stored;
    reset(stored);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `same` is a pure comparison
  }, [stored, reset]);
}
