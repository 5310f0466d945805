/**
 * Turns what Keystone read in a job description, and the person's choice for each sentence and
 * fact, into a new role draft. A sentence kept or reworded becomes a responsibility in the
 * person's own words, claiming the clauses its wording evidences; one swapped for its nearest
 * catalogue statement takes the catalogue's wording and tags. Each remembers the sentence it came
 * from (fromOriginal), and the whole text is kept with the draft, for the annex of changes.
 */
import { MAX_ORIGINAL } from '../draft-fields/draft-fields';
import { MAX_LIST } from '../draft-fields/field-kinds';
import { emptyDraft } from '../empty-draft';
import { responsibilityFromCatalogue } from '../from-catalogue';
import { draftSchemas, type Responsibility, type RoleDraft } from '../role-draft';
import { readRole } from './read-role';
import type { ProposedFact, ReadSentence, RoleReading } from './reading';

export type SentenceChoice =
  | { readonly action: 'keep' }
  | { readonly action: 'reword'; readonly text: string }
  | { readonly action: 'catalogue' }
  | { readonly action: 'drop' };

export interface ReadingChoices {
  readonly name: string;
  /** By sentence id; a sentence with no choice takes `defaultChoice`. */
  readonly sentences: Readonly<Record<string, SentenceChoice>>;
  /** The indexes (in reading.facts) of the facts the person accepted. */
  readonly facts: readonly number[];
}

export interface ReadingSource {
  readonly text: string;
  readonly fileName: string;
}

/**
 * What a sentence becomes unless the person says otherwise: a duty (a list item, or a sentence
 * that evidences a clause) is kept in its own words; headings and other prose are left out.
 */
export function defaultChoice(sentence: ReadSentence): SentenceChoice {
  if (sentence.kind === 'heading') return { action: 'drop' };
  return sentence.kind === 'item' || sentence.clauses.length > 0
    ? { action: 'keep' }
    : { action: 'drop' };
}

export const choiceFor = (choices: ReadingChoices, sentence: ReadSentence): SentenceChoice =>
  choices.sentences[sentence.id] ?? defaultChoice(sentence);

/** The clauses a sentence's own wording evidences: what a responsibility in those words claims. */
const clausesOf = (sentence: { clauses: ReadSentence['clauses'] }) => [
  ...new Set(sentence.clauses.map((c) => c.id)),
];

function responsibilityFor(
  sentence: ReadSentence,
  choice: SentenceChoice,
  id: string,
): Responsibility | null {
  if (choice.action === 'drop') return null;
  if (choice.action === 'catalogue' && sentence.catalogueId)
    return responsibilityFromCatalogue(sentence.catalogueId, id);
  if (choice.action === 'reword') {
    const text = choice.text.trim();
    if (text === '') return null;
    // The reworded sentence claims what its new wording evidences, read the same way.
    const reread = readRole(text).sentences.flatMap((s) => s.clauses);
    return { id, catalogueId: null, text, clauses: clausesOf({ clauses: reread }), reason: '' };
  }
  return { id, catalogueId: null, text: sentence.text, clauses: clausesOf(sentence), reason: '' };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** Puts one fact into its field; returns false for a fact the draft has no field for. */
function applyFact(draft: Mutable<RoleDraft>, fact: ProposedFact): boolean {
  const { value } = fact;
  const list = Array.isArray(value) ? [...(value as readonly string[])] : null;
  const put = (section: Record<string, unknown>, key: string, v: unknown) => {
    section[key] = v;
    return true;
  };
  switch (fact.kind) {
    case 'title':
    case 'reportsTo':
    case 'gradeBand':
    case 'budgetAuthority':
    case 'annualBudget':
    case 'directReports':
    case 'fte':
      return put(draft.authority, fact.kind, value);
    case 'seats':
    case 'decisionRights':
      return put(draft.authority, fact.kind, list ?? [value]);
    case 'scope':
    case 'techniciansInRemit':
    case 'sites':
      return put(draft.remit, fact.kind, value);
    case 'areas':
    case 'external':
      return put(draft.remit, fact.kind, list ?? [value]);
    case 'salary':
      // Note: the draft has no salary field; the salary as written is kept as the grade's reason.
      return put(draft.reasons, 'gradeBand', `The current job description says: ${fact.label}`);
  }
}

const valid = (draft: RoleDraft) => draftSchemas().draft.safeParse(draft).success;

export function draftFromReading(
  reading: RoleReading,
  source: ReadingSource,
  choices: ReadingChoices,
  made: { id: string; now: string },
): RoleDraft {
  let draft = emptyDraft(made.id, choices.name.trim() || 'Untitled role', made.now);
  const responsibilities: Responsibility[] = [];
  const fromOriginal: { id: string; sentence: string }[] = [];
  for (const sentence of reading.sentences) {
    if (responsibilities.length >= MAX_LIST) break;
    const id = `r-${responsibilities.length + 1}`;
    const responsibility = responsibilityFor(sentence, choiceFor(choices, sentence), id);
    if (!responsibility) continue;
    responsibilities.push(responsibility);
    fromOriginal.push({ id, sentence: sentence.text });
  }
  draft = {
    ...draft,
    responsibilities,
    fromOriginal,
    original: { text: source.text.slice(0, MAX_ORIGINAL), fileName: source.fileName.slice(0, 200) },
  };
  // Each accepted fact is kept only if the draft stays valid with it: a value read wrongly is
  // left out rather than spoil the draft.
  for (const index of choices.facts) {
    const fact = reading.facts[index];
    if (!fact) continue;
    const next = structuredClone(draft) as Mutable<RoleDraft>;
    if (applyFact(next, fact) && valid(next as RoleDraft)) draft = next as RoleDraft;
  }
  return draft;
}
