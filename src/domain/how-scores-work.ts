/**
 * The user-facing "How the scores work" text, generated from the scoring rules themselves
 * (scoring-rules.ts), so that the explanation cannot drift from what is computed.
 */
import { describe } from './condition';
import { ALL_CONTRADICTION_RULES } from './contradictions';
import { CITATION, CLAUSES, type ClauseId } from './definition';
import { howReadingWorks } from './read-role/how-reading-works';
import {
  BANDS,
  CLAUSE_WEIGHTS,
  RESPONSIBILITY_CAP,
  RESPONSIBILITY_POINTS,
  SIGNALS,
  TOP_BAND_MIN_EMPOWERED,
  RULES_VERSION,
  type Signal,
} from './scoring-rules';

export interface HowScoresWorkSection {
  heading: string;
  paragraphs: string[];
  items?: string[];
}

const points = (n: number) => (n === 1 ? '1 point' : `${n} points`);
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const clauseName = (id: ClauseId) => CLAUSES.find((c) => c.id === id)?.name ?? id;
const answerPoints = (id: ClauseId) =>
  SIGNALS.filter((s) => s.clause === id).reduce((sum, s) => sum + s.points, 0);

function times(weight: number): string {
  if (weight === 1) return 'once';
  if (weight === 2) return 'twice';
  if (weight === 1.5) return 'one and a half times';
  return `${weight} times`;
}

function weightsSentence(): string {
  const byWeight = new Map<number, string[]>();
  for (const clause of CLAUSES) {
    const weight = CLAUSE_WEIGHTS[clause.id];
    byWeight.set(weight, [...(byWeight.get(weight) ?? []), `“${clause.name}”`]);
  }
  const parts = [...byWeight.entries()]
    .sort(([a], [b]) => b - a)
    .map(([weight, names]) =>
      names.length > 3
        ? `the other clauses count ${times(weight)} each`
        : `${names.join(' and ')} ${names.length > 1 ? 'count' : 'counts'} ${times(weight)}`,
    );
  return `${sentence(parts.join('; '))}.`;
}

function bandItems(): string[] {
  return BANDS.map((band, index) => {
    const above = BANDS[index - 1];
    const range = above ? `${band.min} to ${above.min - 1}` : `${band.min} to 100`;
    return `${range}: ${band.name}. ${band.verdict}`;
  });
}

/** What a signal also needs, in words: ", counted only with … or …". */
function needsWords(signal: Signal): string {
  if (!signal.needs) return '';
  const options = signal.needs.answers.map(describe);
  if (signal.needs.responsibilities.length > 0) options.push('a strategic responsibility');
  const list =
    options.length <= 1
      ? (options[0] ?? '')
      : `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
  return `, counted only with ${list}`;
}

function clauseSection(id: ClauseId): HowScoresWorkSection {
  const clause = CLAUSES.find((c) => c.id === id)!;
  return {
    heading: clause.name,
    paragraphs: [
      `Up to ${points(RESPONSIBILITY_CAP[id])} from responsibilities that evidence it, and up to ${points(answerPoints(id))} from these answers:`,
    ],
    items: SIGNALS.filter((s) => s.clause === id).map(
      (s) => `${points(s.points)}: ${describe(s.condition)}${needsWords(s)} (${s.because}).`,
    ),
  };
}

export function howScoresWork(): HowScoresWorkSection[] {
  const top = BANDS[0]!;
  const partial = BANDS[1] ?? top;
  return [
    {
      heading: 'What is scored',
      paragraphs: [
        `Keystone reads a role against the definition of a strategic technical leader in “${CITATION.title}” (${CITATION.publisher}, ${CITATION.year}). The definition names nine things a role either has or lacks; each is scored from 0 to 100.`,
        'Every score shows the answers that produced it and the changes that would raise it, so that a panel can check it by hand. Keystone gathers the evidence that job evaluation reads; it does not set a grade.',
      ],
      items: CLAUSES.map((c) => c.name),
    },
    {
      heading: 'Two kinds of evidence',
      paragraphs: [
        `Responsibilities: a responsibility from the catalogue that evidences a clause directly adds ${points(RESPONSIBILITY_POINTS.primary)} to it; one that supports it in part adds ${points(RESPONSIBILITY_POINTS.secondary)}. A responsibility you write yourself earns the same for what its wording evidences (see “How Keystone reads wording”). A responsibility chosen twice counts once.`,
        'Authority and remit: seats, budget, decision rights, grade, reporting line, the breadth of the remit and the role outside the institution. These are the means to act on the responsibilities.',
        `Responsibilities alone can earn only part of each clause, so that a role is not scored as strategic because its description says so. For “${clauseName('empowered')}” they earn ${points(RESPONSIBILITY_CAP.empowered)}: that clause is evidenced by authority only. Two responsibilities that evidence a clause directly reach its limit, so a third adds nothing: the score counts coverage, not length.`,
        `The rules are version ${RULES_VERSION}, calibrated on 30 roles from laboratory supervisor to executive director that a sector expert placed in bands.`,
      ],
      items: CLAUSES.map(
        (c) =>
          `${c.name}: up to ${points(RESPONSIBILITY_CAP[c.id])} from responsibilities and ${points(answerPoints(c.id))} from answers.`,
      ),
    },
    ...CLAUSES.map((c) => clauseSection(c.id)),
    howReadingWorks(),
    {
      heading: 'The overall score',
      paragraphs: [
        `The overall score is the weighted average of the nine clause scores, rounded to a whole number. ${weightsSentence()}`,
        'Why: the definition begins “an empowered decision-maker”, and aligning the technical workforce with the institution’s long-term goals is what the rest serves.',
      ],
    },
    {
      heading: 'Bands',
      paragraphs: [
        'The overall score places the role in one of these bands:',
        `A role whose “${clauseName('empowered')}” score is below ${TOP_BAND_MIN_EMPOWERED} cannot reach “${top.name}”, however strong the rest: without authority it can only advise. It is placed in “${partial.name}” instead, and Keystone says so.`,
      ],
      items: bandItems(),
    },
    {
      heading: 'Contradictions',
      paragraphs: [
        `Keystone also checks the answers against each other, in ${ALL_CONTRADICTION_RULES.length} ways a grading panel or an executive would. A contradiction does not change any score: it is listed with a fix and the step where to make it. A question not yet answered is never a contradiction.`,
      ],
      items: ALL_CONTRADICTION_RULES.map((rule) => `${rule.title}.`),
    },
    {
      heading: 'Changes that would raise a score',
      paragraphs: [
        'For each clause Keystone lists the changes that would raise it, largest gain first: responsibilities not yet chosen and authority not yet given. The gain shown is what the change adds to that clause, counting any lower step it also passes (a higher grade also passes the grades below it).',
      ],
    },
  ];
}
