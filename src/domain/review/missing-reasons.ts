/**
 * The decisions that have no reason yet, most consequential first. A decision's weight is what
 * leaving it unanswered would change: each contradiction that appears or disappears counts
 * more than any change of score, then the points of the overall score it moves. Only answered
 * decisions are listed: an unanswered question has nothing to explain yet.
 */
import { findContradictions } from '../contradictions';
import type { Section } from '../condition';
import type { RoleDraft } from '../role-draft';
import { scoreDraft } from '../score-draft';
import { DECISIONS } from './decisions';

export interface MissingReason {
  /** A decision ("gradeBand") or a responsibility ("responsibility:<id>"). */
  target: string;
  label: string;
  section: Section;
  /** Contradictions that depend on it. */
  contradictions: number;
  /** Points of the overall score that depend on it. */
  points: number;
}

function weigh(without: RoleDraft, before: { ids: Set<string>; score: number }) {
  const after = findContradictions(without).map((c) => c.id);
  const changed =
    after.filter((id) => !before.ids.has(id)).length +
    [...before.ids].filter((id) => !after.includes(id)).length;
  return { contradictions: changed, points: Math.abs(scoreDraft(without).overall - before.score) };
}

export function missingReasons(draft: RoleDraft): MissingReason[] {
  const before = {
    ids: new Set(findContradictions(draft).map((c) => c.id)),
    score: scoreDraft(draft).overall,
  };
  const decisions = DECISIONS.filter(
    (d) => d.answered(draft) && draft.reasons[d.key].trim() === '',
  ).map((d) => ({
    target: d.key,
    label: d.label,
    section: d.section,
    ...weigh(d.without(draft), before),
  }));
  const responsibilities = draft.responsibilities
    .filter((r) => r.reason.trim() === '' && r.text.trim() !== '')
    .map((r) => ({
      target: `responsibility:${r.id}`,
      label: `Responsibility: ${r.text}`,
      section: 'responsibilities' as const,
      ...weigh(
        { ...draft, responsibilities: draft.responsibilities.filter((x) => x.id !== r.id) },
        before,
      ),
    }));
  // Note: a stable sort, so equal weights keep the wizard's order (decisions first).
  return [...decisions, ...responsibilities].sort(
    (a, b) => b.contradictions - a.contradictions || b.points - a.points,
  );
}
