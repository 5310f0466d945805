/**
 * The grading evidence of a draft: for each of HERA's 14 elements and Hay's three factors, the
 * sentences of the draft that evidence it, how strongly each is worded (the one cue table,
 * src/domain/wording), and what a panel is likely to ask for that the draft does not give.
 * Indicative: it maps evidence, it never grades.
 */
import { HERA_ELEMENTS, type HeraElement } from '../options';
import type { RoleDraft } from '../role-draft';
import { readWordingKind } from '../wording/wording-kind';
import { HAY_FACTORS, HERA_CUES, HOLDING_EVIDENCES, type HayFactor } from './grading-cues';
import { draftSentences, type DraftSentence } from './draft-sentences';

/**
 * "holds" and "shares" as the one wording table reads them; "task" for work named with no cue
 * either way ("Manages the budget"); "fact" for dimensions, answers and criteria, which are not
 * read for strength.
 */
export type Strength = 'holds' | 'shares' | 'task' | 'fact';

export interface EvidenceLine {
  readonly sentence: DraftSentence;
  readonly strength: Strength;
  /** The words that decided the strength, if any. */
  readonly cue: string | null;
}

export interface ElementEvidence<Id extends string> {
  readonly id: Id;
  readonly name: string;
  readonly lines: readonly EvidenceLine[];
  /** What a panel is likely to ask for that the draft does not give: phrases, no full stop. */
  readonly asks: readonly string[];
}

export interface GradingEvidence {
  readonly sentences: readonly DraftSentence[];
  /** Every sentence with how strongly it is worded, in the draft's order. */
  readonly lines: readonly EvidenceLine[];
  readonly hera: readonly ElementEvidence<HeraElement>[];
  readonly hay: readonly ElementEvidence<HayFactor>[];
}

const MATCHERS = Object.fromEntries(
  HERA_ELEMENTS.ids.map((id) => [
    id,
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${HERA_CUES[id].pattern})(?![\\p{L}\\p{N}])`, 'iu'),
  ]),
) as Record<HeraElement, RegExp>;

function lineOf(sentence: DraftSentence): EvidenceLine {
  if (!sentence.worded) return { sentence, strength: 'fact', cue: null };
  const reading = readWordingKind(sentence.text);
  return {
    sentence,
    strength: reading.kind ?? 'task',
    cue: reading.cues[0]?.words ?? null,
  };
}

/** Asks that follow from the answers, whatever the wording. */
function answerAsks(draft: RoleDraft, id: HeraElement): string[] {
  const { authority } = draft;
  const asks: string[] = [];
  if (id === 'decision-making' && authority.decisionRights.length === 0) {
    asks.push('which decisions the role signs off (no decision rights are recorded)');
  }
  if (id === 'planning-resources' && authority.annualBudget === null) {
    asks.push('the size of the budget the role holds (none is recorded)');
  }
  if (id === 'team-development' && authority.directReports === null) {
    asks.push('how many people report to the role (not recorded)');
  }
  return asks;
}

function asksFor(lines: readonly EvidenceLine[], ask: string): string[] {
  if (lines.length === 0) return [ask];
  const work = lines.filter((l) => l.strength === 'holds' || l.strength === 'shares');
  if (work.length > 0 && work.every((l) => l.strength === 'shares')) {
    return [
      `who holds the outcome and what the role decides itself, since each responsibility here is worded as a share (${work.map((l) => `“${l.cue ?? ''}”`).join(', ')})`,
    ];
  }
  return [];
}

export function gradingEvidence(draft: RoleDraft): GradingEvidence {
  const sentences = draftSentences(draft);
  const lines = sentences.map(lineOf);
  const hera = HERA_ELEMENTS.ids.map((id) => {
    const found = lines.filter(
      (l) =>
        l.sentence.hera.includes(id) ||
        MATCHERS[id].test(l.sentence.text) ||
        (l.strength === 'holds' && HOLDING_EVIDENCES.includes(id)),
    );
    return {
      id,
      name: HERA_ELEMENTS.label(id),
      lines: found,
      asks: [...asksFor(found, HERA_CUES[id].ask), ...answerAsks(draft, id)],
    };
  });
  const hay = HAY_FACTORS.map((factor) => {
    const refs = new Set(
      hera
        .filter((e) => factor.elements.includes(e.id))
        .flatMap((e) => e.lines.map((l) => l.sentence.ref)),
    );
    const found = lines.filter((l) => refs.has(l.sentence.ref));
    const fromAnswers =
      factor.id === 'accountability'
        ? [...answerAsks(draft, 'decision-making'), ...answerAsks(draft, 'planning-resources')]
        : [];
    return {
      id: factor.id,
      name: factor.name,
      lines: found,
      asks: [...asksFor(found, factor.ask), ...fromAnswers],
    };
  });
  return { sentences, lines, hera, hay };
}
