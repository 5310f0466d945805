/**
 * A hand-off compared three ways: with the version this device last sent or received (the base),
 * what the other side changed since (base → incoming) and what this device changed since
 * (base → mine), section by section. Without a base (the first hand-off, or the record was
 * cleared) there is nothing to split, and only "yours against theirs" can be shown.
 */
import { diffDrafts, type DraftChange } from '../draft-diff';
import type { RoleDraft } from '../role-draft';
import { sectionChanges, type Choices, type SectionChanges } from './merge-handoff';

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

/**
 * The choice each section starts on: the incoming one where only the sender changed it since
 * this device last saw the draft (taking it loses nothing of yours), yours everywhere else.
 */
export function startingChoices(sections: readonly SectionSince[]): Choices {
  const choices: Choices = {};
  for (const s of sections) {
    if (s.theirs && s.yours && s.theirs.length > 0 && s.yours.length === 0) {
      choices[s.section] = 'incoming';
    }
  }
  return choices;
}
