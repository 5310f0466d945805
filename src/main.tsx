// Tokens and base styles first, then the controls every view uses; each component imports its own.
import './app/styles.css';
import './components/controls.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';

function start(root: HTMLElement) {
  // Note: the services (undo, restore points, other tabs, the warning before leaving) load beside
  // the first render, not before it: the first screen needs none of them (issue 17).
  void import('./app/start-services').then(({ startServices }) => startServices());
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
if (root && document.visibilityState === 'hidden') start(root);
else if (root) requestAnimationFrame(() => setTimeout(() => start(root), 0));
