/**
 * Every view the shell can show, in order: the wizard's steps, then the views beside them. The
 * one list the store, the step list, the step frames and the shell's table of components
 * (src/app/view-components.ts) all derive from. It sits in the store because the store saves
 * which view each draft is on and must be able to check a saved one.
 */
export const VIEWS = [
  { id: 'context', label: 'Institution context', step: true },
  { id: 'remit', label: 'Remit', step: true },
  { id: 'authority', label: 'Seniority and authority', step: true },
  { id: 'responsibilities', label: 'Responsibilities', step: true },
  { id: 'person-spec', label: 'Person specification', step: true },
  { id: 'review', label: 'Review', step: true },
  { id: 'benchmark', label: 'Benchmark', step: false, mark: '⇄' },
  { id: 'export', label: 'Export', step: false, mark: '↓' },
  { id: 'handoff', label: 'Hand-off and sign-off', step: false, mark: '✓' },
] as const;

type View = (typeof VIEWS)[number];

/** Everything the shell can show: the wizard's steps and the views beside them. */
export type ViewId = View['id'];
export type StepId = Extract<View, { step: true }>['id'];

/** Where a new draft starts, and where a draft saved on an unknown view opens. */
export const FIRST_VIEW: StepId = 'context';

const IDS: ReadonlySet<string> = new Set(VIEWS.map((v) => v.id));

export const isViewId = (value: unknown): value is ViewId =>
  typeof value === 'string' && IDS.has(value);

/**
 * A saved view id, checked: a view renamed or removed by an update opens the first step instead,
 * since the id only records where the person was.
 */
export const knownViewOr = (value: unknown, fallback: ViewId = FIRST_VIEW): ViewId =>
  isViewId(value) ? value : fallback;
