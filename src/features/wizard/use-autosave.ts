import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReset, UseFormWatch } from 'react-hook-form';
import { sameValue } from './write-section';

/**
 * Saves a step's form to the store on every change, and resets the form when the stored value
 * changes from elsewhere (undo, a restore point, another tab). `save` writes what it can and
 * returns the object now in the store, so the form can tell its own writes from others'.
 * Returns a function that saves at once, for changes the form does not watch (list moves).
 */
export function useAutosave<T extends FieldValues>(
  form: { watch: UseFormWatch<T>; reset: UseFormReset<T> },
  stored: T,
  save: (values: T) => T,
): (values: T) => void {
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
    if (sameValue(stored, written.current)) return;
    written.current = stored;
    reset(stored);
  }, [stored, reset]);
  return (values) => {
    written.current = saveRef.current(values);
  };
}
