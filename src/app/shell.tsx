/**
 * The shell (DESIGN.md, Layout): header with the draft and its save status; the steps on the
 * left, the current step in the centre, the live alignment on the right. Below about 900 px
 * the side panels fold under the content (styles.css).
 */
import { Suspense, useEffect, useRef } from 'react';
import { preloadable } from '../components/preloadable';
import { ErrorBoundary } from '../components/error-boundary';
import { useFocusOnChange } from '../components/use-focus-on-change';
import { viewLabel } from '../shared/steps';
import { useCurrentDraft, useCurrentView } from '../shared/use-current-draft';
import { StorageNotices } from '../features/storage/storage-notices';
import { AppHeader } from './app-header';
import { StepNav } from './step-nav';
import { ViewOutlet } from './view-outlet';
import './shell.css';

// Scoring and the catalogue load in their own chunk (preloaded for the first screen: main.tsx).
export const AlignmentPanel = preloadable(() =>
  import('../features/alignment/alignment-panel').then((m) => m.AlignmentPanel),
);

const alignmentHeading = (
  <h2 id="alignment-heading" className="panel-heading">
    Alignment with the definition
  </h2>
);

function AlignmentProblem() {
  return (
    <>
      {alignmentHeading}
      <p className="panel-note">
        The alignment could not be worked out for this draft. Your answers are kept; carry on, and
        it will be tried again after your next change.
      </p>
    </>
  );
}

export function Shell() {
  const draft = useCurrentDraft();
  const view = useCurrentView();
  const content = useRef<HTMLDivElement>(null);
  useFocusOnChange(`${draft.id}:${view}`, content);
  // Each view names itself in the title, so the browser's tabs and history say where one is.
  useEffect(() => {
    document.title = `${viewLabel(view)}: ${draft.name.trim() || 'Untitled draft'} – Keystone`;
  }, [view, draft.name]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader />
      <div className="layout">
        <main id="main" className="layout-main" tabIndex={-1}>
          {/* Below 900 px the step list folds under the view: this reaches it from the top. */}
          <a className="steps-link" href="#steps">
            Steps <span className="visually-hidden">(the list of steps and views)</span>
            <span aria-hidden="true"> ↓</span>
          </a>
          <StorageNotices />
          <div ref={content}>
            <ViewOutlet key={draft.id} view={view} />
          </div>
        </main>
        <StepNav />
        <aside className="layout-aside" aria-labelledby="alignment-heading">
          {/* Tried again after each edit: the value it could not score may be gone. */}
          <ErrorBoundary resetKey={draft.updatedAt} fallback={() => <AlignmentProblem />}>
            <Suspense fallback={alignmentHeading}>
              <AlignmentPanel />
            </Suspense>
          </ErrorBoundary>
        </aside>
      </div>
    </div>
  );
}
