// Tokens and base styles first, then the controls every view uses; each component imports its own.
import './app/styles.css';
import './components/controls.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, ensureDraftOpen } from './app/app';
import { AlignmentPanel } from './app/shell';
import { VIEW_COMPONENTS } from './app/view-components';
import { currentView } from './shared/use-current-draft';
import { useKeystoneStore } from './store/keystone-store';

/**
 * The first screen's view and the alignment, loaded before the first render (their chunks are
 * preloaded with the entry), so that render shows them rather than "Loading…" (preloadable.ts).
 */
function preloadFirstScreen(): Promise<unknown> {
  const view = currentView(useKeystoneStore.getState());
  return Promise.all([VIEW_COMPONENTS[view].preload(), AlignmentPanel.preload()]);
}

async function start(root: HTMLElement) {
  // Note: the services (undo, restore points, other tabs, the warning before leaving) load beside
  // the first render, not before it: the first screen needs none of them (issue 17).
  void import('./app/start-services').then(({ startServices }) => startServices());
  // A draft is open before the first render, so that render is the shell (see App).
  ensureDraftOpen();
  await preloadFirstScreen();
  // Note: a transition, so React renders the first screen in slices and yields between them
  // rather than holding the main thread for one long task: the copy in index.html is on screen
  // meanwhile (issue 17: Lighthouse's blocking time was that task).
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

const root = document.getElementById('root');
// Note: index.html already holds the first screen (scripts/first-screen.ts). Start React once that
// has painted, so the page shows it at once rather than after the first render (issue 17); a
// hidden tab paints nothing, so it starts at once.
if (root && document.visibilityState === 'hidden') void start(root);
else if (root) requestAnimationFrame(() => setTimeout(() => void start(root), 0));
