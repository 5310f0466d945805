/**
 * A component loaded on demand, as with React.lazy, that can also be loaded ahead: a use that
 * mounts once preload() has resolved renders it at once, without suspending.
 * Why: the first render shows the first screen, whose chunks are already fetched (issue 17); a
 * lazy view suspended on them all the same, so React put "Loading…" where index.html's copy of
 * the first screen had been, and revealed the view about 300 ms later.
 * Each use keeps the kind it mounted with (loaded or lazy), so it is never remounted and never
 * loses its state or focus when the chunk arrives.
 */
import { createElement, lazy, useState, type ComponentType, type ReactElement } from 'react';

export interface Preloadable {
  (): ReactElement;
  /** Loads the component; a failure is left to the lazy path, which shows it (and may retry). */
  preload: () => Promise<void>;
}

export function preloadable(load: () => Promise<ComponentType>): Preloadable {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const get = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => get().then((component) => ({ default: component })));
  function Component() {
    const [kind] = useState<ComponentType>(() => loaded ?? Lazy);
    return createElement(kind);
  }
  Component.preload = () =>
    get().then(
      () => undefined,
      () => undefined,
    );
  return Component;
}
