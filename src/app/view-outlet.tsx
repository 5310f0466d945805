/**
 * Shows the step or view the draft is on. A view that fails to render (or to load) is replaced
 * by a notice, inside the main area: the header, the step list and the drafts stay usable.
 */
import { Suspense } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import type { ViewId } from '../store/views';
import { VIEW_COMPONENTS } from './view-components';
import { ViewProblem } from './view-problem';

export function ViewOutlet({ view }: { view: ViewId }) {
  const View = VIEW_COMPONENTS[view];
  return (
    <ErrorBoundary
      resetKey={view}
      fallback={({ retry }) => <ViewProblem view={view} retry={retry} />}
    >
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <View />
      </Suspense>
    </ErrorBoundary>
  );
}
