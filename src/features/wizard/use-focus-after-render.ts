import { useEffect, useRef } from 'react';

/**
 * Returns a function that asks for a control to be focused once the next render has put it on
 * the page. Why: after a list item is added, moved or removed, the control to focus may not
 * exist yet, or the one that had focus may be gone.
 */
export function useFocusAfterRender(): (id: string) => void {
  const targetRef = useRef<string | null>(null);
  useEffect(() => {
    if (!targetRef.current) return;
    document.getElementById(targetRef.current)?.focus();
    targetRef.current = null;
  });
  return (id) => {
    targetRef.current = id;
  };
}
