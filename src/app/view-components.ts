/**
 * The component behind every view in src/store/views.ts. Keyed by the view ids, so a view added
 * there without a component here does not compile. Every view loads in its own chunk, so the
 * forms library and the catalogue stay out of the start-up bundle (budget: 100 KB gzip).
 */
import type { ComponentType } from 'react';
import { preloadable, type Preloadable } from '../components/preloadable';
import type { ViewId } from '../store/views';

const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  preloadable(() => load().then((m) => m[name]));

export const VIEW_COMPONENTS: { readonly [K in ViewId]: Preloadable } = {
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
  handoff: named(() => import('../features/handoff/handoff-screen'), 'HandoffScreen'),
};
