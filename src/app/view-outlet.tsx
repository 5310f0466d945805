/**
 * Shows the step or view the draft is on. Every view loads in its own chunk, so the forms
 * library and the catalogue stay out of the start-up bundle (budget: 100 KB gzip).
 */
import { lazy, Suspense } from 'react';
import type { ViewId } from '../store/keystone-store';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const VIEWS: Record<ViewId, React.ComponentType> = {
  context: named(() => import('../features/wizard/context-step'), 'ContextStep'),
  remit: named(() => import('../features/wizard/remit-step'), 'RemitStep'),
  authority: named(() => import('../features/wizard/authority-step'), 'AuthorityStep'),
  responsibilities: named(
    () => import('../features/wizard/responsibilities-step'),
    'ResponsibilitiesStep',
  ),
  'person-spec': named(() => import('../features/wizard/person-spec-step'), 'PersonSpecStep'),
  review: named(() => import('../features/review/review-screen'), 'ReviewScreen'),
  benchmark: named(() => import('../features/benchmark/benchmark-screen'), 'BenchmarkScreen'),
  export: named(() => import('../features/export/export-screen'), 'ExportScreen'),
};

export function ViewOutlet({ view }: { view: ViewId }) {
  const View = VIEWS[view];
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <View />
    </Suspense>
  );
}
