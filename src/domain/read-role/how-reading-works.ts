/**
 * The "How the scores work" section on reading wording, generated from the reader's cue table
 * (clause-cues.ts) and structures (clause-structure.ts) so that the explanation cannot drift from what is read.
 */
import { CLAUSES } from '../definition';
import { RESPONSIBILITY_POINTS } from '../scoring-rules';
import { CLAUSE_CUES } from './clause-cues';
import { CLAUSE_STRUCTURES } from './clause-structure';

const points = (n: number) => (n === 1 ? '1 point' : `${n} points`);
const unique = (list: readonly string[]) => [...new Set(list)];

export function howReadingWorks(): { heading: string; paragraphs: string[]; items: string[] } {
  return {
    heading: 'How Keystone reads wording',
    paragraphs: [
      `A responsibility you write yourself, and each sentence of a job description you start from, is read for the clauses its words evidence. Words that evidence a clause directly earn ${points(RESPONSIBILITY_POINTS.primary)}, words that evidence it in part ${points(RESPONSIBILITY_POINTS.secondary)}: the same as a catalogue responsibility of that strength. Keystone reads set phrases and also how a sentence is built: an authority verb and what it governs (“commits the University to significant budget expenditure”), or technicians named beside their visibility or voice, whatever the words between. It shows the words that earned each clause.`,
      'A responsibility the wording only shares (“supports”, “assists”, “contributes to”, “responsible for”) counts in part, as a grading panel reads it. A sentence about the person sought (“Experience of…”, or under a person-specification heading) evidences nothing about the role, and nor do words the sentence takes away from the role (“The post has no budgetary responsibility”).',
      'The clauses you tick on a responsibility of your own are a claim: where the wording does not show a ticked clause, it earns nothing and the review says so, with a stronger sentence to use instead.',
      'A job description’s facts (reporting line, grade, seats, budget, decision rights, scope, areas, staff, sites, external remit, FTE) are proposed as answers, each with the sentence it came from; nothing is answered until you accept it.',
    ],
    items: CLAUSES.map((clause) => {
      const why = (strength: 'direct' | 'in-part') =>
        unique(
          [...CLAUSE_CUES, ...CLAUSE_STRUCTURES]
            .filter((c) => c.clause === clause.id && c.strength === strength)
            .map((c) => c.why),
        ).join(' ');
      return `${clause.name}. Directly: ${why('direct')} In part: ${why('in-part')}`;
    }),
  };
}
