/** One clause's score, with the answers that produced it and the changes that would raise it. */
import { CATALOGUE } from './catalogue';
import { describe, isMet, needsMet, sectionOf, type Section } from './condition';
import { CLAUSE_IDS, type ClauseId } from './definition';
import type { RoleDraft } from './role-draft';
import { satisfySignal } from './satisfy';
import { RESPONSIBILITY_CAP, RESPONSIBILITY_POINTS, SIGNALS, type Signal } from './scoring-rules';
import {
  countedResponsibilities,
  earningWords,
  entryStrength,
  strengthOf,
  type Strength,
} from './responsibility-worth';
import { capped, signalMet, tally, type Tally } from './tally';

export interface ResponsibilityEvidence {
  kind: 'responsibility';
  responsibilityId: string;
  text: string;
  strength: Strength;
  points: number;
  /** The words of the institution's own wording that earned it; none for a catalogue one. */
  cues: readonly string[];
  /** True when the responsibility came from the current job description (its sentence kept). */
  fromJobDescription: boolean;
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

/**
 * What meeting a signal's condition adds to its clause. Note: more than the signal's own points
 * when the change also meets a lower rung of the same ladder (a higher grade, a shorter reporting
 * line, a larger budget, a broader remit), so the stated gain is what the change really adds.
 */
function gainOf(signal: Signal, signals: readonly Signal[], draft: RoleDraft): number {
  const changed = satisfySignal(signal, draft);
  return signals
    .filter((s) => !signalMet(s, draft) && signalMet(s, changed))
    .reduce((sum, s) => sum + s.points, 0);
}

/**
 * The numbers come from the tally (pass one in when scoring every clause of a draft); this adds
 * the evidence behind them and the changes that would raise them.
 */
export function scoreClause(
  clause: ClauseId,
  draft: RoleDraft,
  counts: Tally = tally(draft),
): ClauseScore {
  const c = CLAUSE_IDS.indexOf(clause);
  const raw = counts.raw[c]!;
  const fromResponsibilities = counts.fromResponsibilities[c]!;
  const evidence: Evidence[] = [];
  const responsibilities = countedResponsibilities(draft.responsibilities);

  for (const responsibility of responsibilities) {
    const strength = strengthOf(responsibility, clause);
    if (!strength) continue;
    evidence.push({
      kind: 'responsibility',
      responsibilityId: responsibility.id,
      text: responsibility.text,
      strength,
      points: RESPONSIBILITY_POINTS[strength],
      cues: earningWords(responsibility, clause),
      fromJobDescription: draft.fromOriginal.some((f) => f.id === responsibility.id),
    });
  }

  const raises: Raise[] = [];
  const signals = SIGNALS.filter((signal) => signal.clause === clause);
  SIGNALS.forEach((signal, s) => {
    if (signal.clause !== clause) return;
    const first = signal.needs?.answers[0];
    const also = first && !needsMet(signal.needs, draft) ? ` with ${describe(first)}` : '';
    const text = `${describe(signal.condition)}${also}: ${signal.because}`;
    const section = sectionOf(signal.condition);
    if (counts.met[s]) {
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
  });

  if (fromResponsibilities < RESPONSIBILITY_CAP[clause]) {
    const chosen = new Set(responsibilities.map((r) => r.catalogueId));
    for (const entry of CATALOGUE) {
      if (chosen.has(entry.id)) continue;
      const strength = entryStrength(entry, clause);
      if (!strength) continue;
      // A responsibility can also be what a signal needs (strategic work that uses the remit).
      const unlocked = signals
        .filter(
          (s) =>
            s.needs?.responsibilities.includes(entry.id) &&
            !signalMet(s, draft) &&
            isMet(s.condition, draft),
        )
        .reduce((sum, s) => sum + s.points, 0);
      const gain =
        capped(clause, raw + RESPONSIBILITY_POINTS[strength]) - fromResponsibilities + unlocked;
      raises.push({ kind: 'add-responsibility', catalogueId: entry.id, text: entry.text, gain });
    }
  }

  // Largest gain first; answers before responsibilities when equal, since authority is scarcer.
  raises.sort(
    (a, b) => b.gain - a.gain || (a.kind === b.kind ? 0 : a.kind === 'change-answer' ? -1 : 1),
  );

  return {
    clause,
    score: counts.score[c]!,
    fromResponsibilities,
    fromAnswers: counts.fromAnswers[c]!,
    evidence,
    raises,
  };
}
