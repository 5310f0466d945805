/**
 * What Keystone reads in a job description written in an institution's own words: each
 * sentence or list item, the clauses of the definition it evidences and the words that said
 * so, the nearest catalogue statement, how much of the duty the wording gives the role, and the
 * facts the text states in passing, each with the sentence it came from.
 */
import type { ClauseId } from '../definition';
import type { WordingReading } from '../wording/wording-kind';

/** Direct evidence of a clause, or evidence in part (the scoring's primary and secondary). */
export type ClauseStrength = 'direct' | 'in-part';

export interface ClauseEvidence {
  readonly id: ClauseId;
  readonly strength: ClauseStrength;
  /** The words of the sentence that triggered it, as written. */
  readonly cues: readonly string[];
  /** Why these words evidence the clause, in plain English. */
  readonly why: string;
}

export interface ReadSentence {
  /** Stable within one reading: "s1", "s2", … in reading order. */
  readonly id: string;
  readonly text: string;
  /** A list item (bullet or numbered duty), a sentence of running text, or a heading. */
  readonly kind: 'item' | 'sentence' | 'heading';
  /** The nearest heading above it ("Main duties"), kept as context; null before any heading. */
  readonly heading: string | null;
  readonly clauses: readonly ClauseEvidence[];
  /** The nearest catalogue statement, or null when none is close. */
  readonly catalogueId: string | null;
  /** How close that statement is, 0–1. */
  readonly similarity: number;
  readonly wording: WordingReading;
}

/** The draft answers a job description can state in passing. */
export type FactKind =
  | 'reportsTo'
  | 'gradeBand'
  | 'salary'
  | 'seats'
  | 'budgetAuthority'
  | 'annualBudget'
  | 'decisionRights'
  | 'scope'
  | 'areas'
  | 'techniciansInRemit'
  | 'directReports'
  | 'sites'
  | 'external'
  | 'fte'
  | 'title';

export interface ProposedFact {
  readonly kind: FactKind;
  /**
   * The proposed answer, in the draft field's own type (an option id, a list of ids, a number);
   * `salary` is the text as written, since the draft has no salary field of its own yet.
   */
  readonly value: string | number | readonly string[];
  /** The value as a person would say it: "Reports to the Vice-Chancellor". */
  readonly label: string;
  /** The sentence it came from. */
  readonly sentenceId: string;
  /** The words that stated it, as written. */
  readonly cues: readonly string[];
}

export interface RoleReading {
  readonly sentences: readonly ReadSentence[];
  readonly facts: readonly ProposedFact[];
}
