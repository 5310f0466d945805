import { useEffect, useState } from 'react';

const INVALID = 'form.step [aria-invalid="true"], form.step [data-error-anchor]';

/**
 * After Next fails, moves focus to the first problem on the page, in reading order. Why not
 * react-hook-form's own focus: it visits every invalid field and the last one keeps focus.
 * Returns the handler to pass to handleSubmit as its onInvalid.
 */
export function useFocusFirstError(): () => void {
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts === 0) return;
    // The errors may render a frame after the failed submit: look again until they do.
    let frames = 0;
    let handle = 0;
    const focusFirst = () => {
      const first = document.querySelector<HTMLElement>(INVALID);
      if (first) first.focus();
      else if ((frames += 1) < 10) handle = requestAnimationFrame(focusFirst);
    };
    focusFirst();
    return () => cancelAnimationFrame(handle);
  }, [attempts]);
  return () => setAttempts((n) => n + 1);
}
