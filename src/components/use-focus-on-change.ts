import { useEffect, useRef, type RefObject } from 'react';

/**
 * After `key` changes (not on first render), moves focus to the first heading inside the
 * container, so keyboard and screen-reader users land at the top of the new view. Views that
 * load lazily render their heading later: a MutationObserver waits for it.
 */
export function useFocusOnChange(key: string, container: RefObject<HTMLElement | null>) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = container.current;
    if (!root) return;
    const focusHeading = () => {
      // Suspense keeps the previous view in the page, hidden, while the next one loads.
      const heading = [...root.querySelectorAll<HTMLElement>('h1, h2')].find(
        (h) => !h.closest('[hidden], [style*="display: none"]'),
      );
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'hidden'],
    });
    return () => observer.disconnect();
  }, [key, container]);
}
