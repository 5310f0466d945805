/** One clause's score, with the answers that produced it and the changes that would raise it. */
import { CATALOGUE, catalogueEntry } from './catalogue';
import { describe, isMet, sectionOf, type Section } from './condition';
import type { ClauseId } from './definition';
import type { RoleDraft } from './role-draft';
import { satisfy } from './satisfy';
import { RESPONSIBILITY_CAP, RESPONSIBILITY_POINTS, SIGNALS, type Signal } from './scoring-rules';

export type Strength = 'primary' | 'secondary' | 'custom';

export interface ResponsibilityEvidence {
  kind: 'responsibility';
  responsibilityId: string;
  text: string;
  strength: Strength;
  points: number;
}

export interface AnswerEvidence {
  kind: 'answer';
  signalId: string;
  text: string;
  points: number;
  section: Section;
}

export type Evidence = ResponsibilityEvidence | AnswerEvidence;

export type Raise =
  | { kind: 'add-responsibility'; catalogueId: string; text: string; gain: number }
  | { kind: 'change-answer'; signalId: string; text: string; gain: number; section: Section };

export interface ClauseScore {
  clause: ClauseId;
  score: number;
  /** Points from responsibilities, after the cap. */
  fromResponsibilities: number;
  fromAnswers: number;
  evidence: Evidence[];
  raises: Raise[];
}

function strengthFor(
  clause: ClauseId,
  responsibility: RoleDraft['responsibilities'][number],
): Strength | null {
  const entry = responsibility.catalogueId ? catalogueEntry(responsibility.catalogueId) : undefined;
  if (entry) {
    if (entry.primary.includes(clause)) return 'primary';
    if (entry.secondary.includes(clause)) return 'secondary';
    return null;
  }
  return responsibility.clauses.includes(clause) ? 'custom' : null;
}

function catalogueStrength(clause: ClauseId, id: string): Strength | null {
  const entry = catalogueEntry(id);
  if (!entry) return null;
  if (entry.primary.includes(clause)) return 'primary';
  if (entry.secondary.includes(clause)) return 'secondary';
  return null;
}

/**
 * What meeting a signal's condition adds to its clause. Note: more than the signal's own points
 * when the change also meets a lower rung of the same ladder (a higher grade, a shorter reporting
 * line, a larger budget, a broader remit), so the stated gain is what the change really adds.
 */
function gainOf(signal: Signal, signals: readonly Signal[], draft: RoleDraft): number {
  const changed = satisfy(signal.condition, draft);
  return signals
    .filter((s) => !isMet(s.condition, draft) && isMet(s.condition, changed))
    .reduce((sum, s) => sum + s.points, 0);
}

export function scoreClause(clause: ClauseId, draft: RoleDraft): ClauseScore {
  const cap = RESPONSIBILITY_CAP[clause];
  const evidence: Evidence[] = [];
  let rawResponsibilities = 0;
  const chosen = new Set<string>();

  for (const responsibility of draft.responsibilities) {
    if (responsibility.catalogueId) {
      // Why: a statement chosen twice (possible in an imported file) is still one duty.
      if (chosen.has(responsibility.catalogueId)) continue;
      chosen.add(responsibility.catalogueId);
    }
    const strength = strengthFor(clause, responsibility);
    if (!strength) continue;
    const points = RESPONSIBILITY_POINTS[strength];
    rawResponsibilities += points;
    evidence.push({
      kind: 'responsibility',
      responsibilityId: responsibility.id,
      text: responsibility.text,
      strength,
      points,
    });
  }
  const fromResponsibilities = Math.min(cap, rawResponsibilities);

  const raises: Raise[] = [];
  let fromAnswers = 0;
  const signals = SIGNALS.filter((signal) => signal.clause === clause);
  for (const signal of signals) {
    const text = `${describe(signal.condition)}: ${signal.because}`;
    const section = sectionOf(signal.condition);
    if (isMet(signal.condition, draft)) {
      fromAnswers += signal.points;
      evidence.push({ kind: 'answer', signalId: signal.id, text, points: signal.points, section });
    } else {
      raises.push({
        kind: 'change-answer',
        signalId: signal.id,
        text,
        gain: gainOf(signal, signals, draft),
        section,
      });
    }
  }

  if (fromResponsibilities < cap) {
    for (const entry of CATALOGUE) {
      if (chosen.has(entry.id)) continue;
      const strength = catalogueStrength(clause, entry.id);
      if (!strength) continue;
      const gain =
        Math.min(cap, rawResponsibilities + RESPONSIBILITY_POINTS[strength]) - fromResponsibilities;
      raises.push({ kind: 'add-responsibility', catalogueId: entry.id, text: entry.text, gain });
    }
  }

  // Largest gain first; answers before statements when equal, since authority is scarcer.
  raises.sort(
    (a, b) => b.gain - a.gain || (a.kind === b.kind ? 0 : a.kind === 'change-answer' ? -1 : 1),
  );

  return {
    clause,
    score: Math.min(100, fromResponsibilities + fromAnswers),
    fromResponsibilities,
    fromAnswers,
    evidence,
    raises,
  };
}
