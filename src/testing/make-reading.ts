/**
 * Readings of a job description built by hand, with clauses, catalogue matches and facts
 * filled, so screens and exports can be tested apart from how well the reader reads.
 */
import { CATALOGUE } from '../domain/catalogue';
import type { ReadSentence, RoleReading } from '../domain/read-role/reading';
import { readWordingKind } from '../domain/wording/wording-kind';

const sentence = (id: string, text: string, more: Partial<ReadSentence> = {}): ReadSentence => ({
  id,
  text,
  kind: 'item',
  heading: 'Main duties',
  clauses: [],
  catalogueId: null,
  similarity: 0,
  wording: readWordingKind(text),
  ...more,
});

export const READ_TEXT = `Head of Technical Services

Main duties:
- Lead the development of the institutional technical strategy.
- Support the faculties in planning their technical workforce.
- Attend meetings as required.

The postholder reports to the Chief Operating Officer and is a member of the University Executive Board.`;

export function makeReading(): RoleReading {
  const catalogueId = CATALOGUE[0]?.id ?? null;
  return {
    sentences: [
      sentence('s1', 'Head of Technical Services', { kind: 'heading', heading: null }),
      sentence('s2', 'Main duties', { kind: 'heading', heading: null }),
      sentence('s3', 'Lead the development of the institutional technical strategy.', {
        clauses: [
          {
            id: 'aligns',
            strength: 'direct',
            cues: ['Lead', 'technical strategy'],
            why: 'Sets the institution’s technical strategy.',
          },
        ],
        catalogueId,
        similarity: 0.82,
      }),
      sentence('s4', 'Support the faculties in planning their technical workforce.', {
        clauses: [
          {
            id: 'workforce',
            strength: 'in-part',
            cues: ['technical workforce'],
            why: 'Plans the technical workforce, in support.',
          },
        ],
      }),
      sentence('s5', 'Attend meetings as required.'),
      sentence(
        's6',
        'The postholder reports to the Chief Operating Officer and is a member of the University Executive Board.',
        { kind: 'sentence', heading: 'Main duties' },
      ),
    ],
    facts: [
      {
        kind: 'reportsTo',
        value: 'coo-registrar',
        label: 'Reports to the Chief Operating Officer',
        sentenceId: 's6',
        cues: ['reports to the Chief Operating Officer'],
      },
      {
        kind: 'seats',
        value: ['executive-board'],
        label: 'Member of the University Executive Board',
        sentenceId: 's6',
        cues: ['member of the University Executive Board'],
      },
      {
        kind: 'gradeBand',
        value: 'not-a-grade',
        label: 'Grade 99',
        sentenceId: 's6',
        cues: ['Grade 99'],
      },
    ],
  };
}
