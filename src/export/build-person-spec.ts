/** The person specification: essential and desirable criteria, each with how it is assessed. */
import { ASSESSMENT_METHODS } from '../domain/options';
import type { Criterion, RoleDraft } from '../domain/role-draft';
import type { Block } from './document-model';

/** Professional registration (DOMAIN.md §4): suggested when no criterion asks for it. */
export const REGISTRATION_NOTE =
  'Professional registration, such as the Science Council’s RSciTech, RSci or CSci, or the Engineering Council’s EngTech, IEng or CEng, is welcomed as evidence of professional standing.';

const REGISTRATION_WORDS = /regist|RSciTech|RSci|CSci|EngTech|IEng|CEng|chartered|fellowship/i;

const COLUMNS = [
  { header: 'Criterion', weight: 3 },
  { header: 'How assessed', weight: 1 },
];

function assessed(criterion: Criterion): string {
  return criterion.assessedBy.length > 0
    ? criterion.assessedBy.map((m) => ASSESSMENT_METHODS.label(m)).join(', ')
    : 'Not stated';
}

function criteriaTable(caption: string, criteria: Criterion[]): Block[] {
  if (criteria.length === 0) return [{ kind: 'paragraph', text: 'None stated yet.', tone: 'note' }];
  return [
    {
      kind: 'table',
      caption,
      columns: COLUMNS,
      rows: criteria.map((c) => [c.text, assessed(c)]),
    },
  ];
}

export function personSpecBlocks(draft: RoleDraft): Block[] {
  const essential = draft.personSpec.filter((c) => c.category === 'essential');
  const desirable = draft.personSpec.filter((c) => c.category === 'desirable');
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Person specification' },
    { kind: 'heading', level: 3, text: 'Essential criteria' },
    ...criteriaTable('Essential criteria and how each is assessed', essential),
    { kind: 'heading', level: 3, text: 'Desirable criteria' },
    ...criteriaTable('Desirable criteria and how each is assessed', desirable),
  ];
  if (!draft.personSpec.some((c) => REGISTRATION_WORDS.test(c.text))) {
    blocks.push({ kind: 'paragraph', text: REGISTRATION_NOTE, tone: 'note' });
  }
  return blocks;
}
