/**
 * Two more ways to read a draft: the Technician Commitment's four pillars, and the concerns
 * technicians raised in Unite's survey. Both read the tags of the chosen catalogue responsibilities;
 * the user's own responsibilities carry no tags, so they count towards neither.
 */
import { CATALOGUE, catalogueEntry } from './catalogue';
import type { CatalogueEntry } from './catalogue-entry';
import { CONCERNS, TC_PILLARS, type Concern, type TcPillar } from './options';
import type { RoleDraft } from './role-draft';

export type Coverage = 'addressed' | 'touched on' | 'not addressed';

/** Why: one responsibility can mention a pillar in passing; two show the role is built to serve it. */
export const ADDRESSED_MIN = 2;
/** Enough suggestions to act on without burying the page. */
export const MAX_SUGGESTIONS = 3;

export interface LensResponsibility {
  responsibilityId: string;
  text: string;
}

export interface LensSuggestion {
  catalogueId: string;
  text: string;
}

export interface LensItem<T extends string> {
  id: T;
  label: string;
  coverage: Coverage;
  responsibilities: LensResponsibility[];
  /** Catalogue responsibilities not yet chosen that would address it, best first. */
  suggestions: LensSuggestion[];
}

export interface Lens<T extends string> {
  title: string;
  source: string;
  items: LensItem<T>[];
}

export const PILLAR_SOURCE =
  'The Technician Commitment’s four pillars (techniciancommitment.org.uk), as described by Unite, a Supporter of the Technician Commitment, in “Technicians in Higher Education” (seed 003).';
export const CONCERN_SOURCE =
  'Unite’s survey of technicians in higher education (autumn 2025, over 950 members), as listed in Unite’s “Technicians in Higher Education” (seed 003). Pay, the first concern, is set nationally and is outside this role.';

export function coverageFor(count: number): Coverage {
  if (count >= ADDRESSED_MIN) return 'addressed';
  return count > 0 ? 'touched on' : 'not addressed';
}

function lens<T extends string>(
  draft: RoleDraft,
  options: { ids: readonly T[]; label: (id: T) => string },
  tagsOf: (entry: CatalogueEntry) => readonly T[],
): LensItem<T>[] {
  const chosen = draft.responsibilities.flatMap((r) => {
    const entry = r.catalogueId ? catalogueEntry(r.catalogueId) : undefined;
    return entry ? [{ responsibility: r, entry }] : [];
  });
  const chosenIds = new Set(chosen.map((c) => c.entry.id));
  return options.ids.map((id) => {
    const responsibilities = chosen
      .filter((c) => tagsOf(c.entry).includes(id))
      .map((c) => ({ responsibilityId: c.responsibility.id, text: c.responsibility.text }));
    // Responsibilities aimed squarely at this item (fewest other tags) are suggested first.
    const suggestions = CATALOGUE.filter((e) => !chosenIds.has(e.id) && tagsOf(e).includes(id))
      .map((e, index) => ({ e, index }))
      .sort((a, b) => tagsOf(a.e).length - tagsOf(b.e).length || a.index - b.index)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ e }) => ({ catalogueId: e.id, text: e.text }));
    return {
      id,
      label: options.label(id),
      coverage: coverageFor(responsibilities.length),
      responsibilities,
      suggestions,
    };
  });
}

export function pillarLens(draft: RoleDraft): Lens<TcPillar> {
  return {
    title: 'Technician Commitment pillars',
    source: PILLAR_SOURCE,
    items: lens(draft, TC_PILLARS, (entry) => entry.pillars),
  };
}

export function concernLens(draft: RoleDraft): Lens<Concern> {
  return {
    title: 'What technicians say matters',
    source: CONCERN_SOURCE,
    items: lens(draft, CONCERNS, (entry) => entry.concerns),
  };
}
