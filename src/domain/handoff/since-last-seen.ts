/**
 * A hand-off compared three ways: with the version this device last sent or received (the base),
 * what the other side changed since (base → incoming) and what this device changed since
 * (base → mine), section by section. Without a base (the first hand-off, or the record was
 * cleared) there is nothing to split, and only "yours against theirs" can be shown.
 */
import { diffDrafts, type DraftChange } from '../draft-diff';
import type { RoleDraft } from '../role-draft';
import { sectionChanges, type SectionChanges } from './merge-handoff';

export interface SectionSince extends SectionChanges {
  /** What the sender changed since this device last saw the draft; null without a base. */
  theirs: DraftChange[] | null;
  /** What this device changed since; null without a base. */
  yours: DraftChange[] | null;
}

const inSection = (changes: readonly DraftChange[], label: string) =>
  changes.filter((c) => c.section === label);

/**
 * The sections in which this device's draft and the incoming one differ, each with who changed
 * what since the base. A section both changed alike is not listed: there is nothing to choose.
 */
export function changesSinceLastSeen(
  base: RoleDraft | null,
  mine: RoleDraft,
  incoming: RoleDraft,
): SectionSince[] {
  const sections = sectionChanges(mine, incoming);
  if (!base) return sections.map((s) => ({ ...s, theirs: null, yours: null }));
  const theirs = diffDrafts(base, incoming);
  const yours = diffDrafts(base, mine);
  return sections.map((s) => ({
    ...s,
    theirs: inSection(theirs, s.label),
    yours: inSection(yours, s.label),
  }));
}
