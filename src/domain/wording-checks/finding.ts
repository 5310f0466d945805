/**
 * One thing a careful reader would raise about a sentence: what, why (with its source), and a
 * rewrite the user can accept in one step. Findings are derived from the text, never stored;
 * only a dismissal (with its reason) is kept in the draft.
 */

/** The four checks of issue 15. */
export type CheckKind = 'strength' | 'plain' | 'inclusive' | 'spelling';

export const CHECK_LABELS: Readonly<Record<CheckKind, string>> = {
  strength: 'Strength for grading',
  plain: 'Plain English',
  inclusive: 'Inclusive language',
  spelling: 'UK spelling',
};

export type RuleId =
  | 'shared-responsibility'
  | 'long-sentence'
  | 'passive'
  | 'jargon'
  | 'acronym'
  | 'gender-coded'
  | 'exclusionary'
  | 'needless-years'
  | 'needless-degree'
  | 'us-spelling';

export interface Finding {
  readonly rule: RuleId;
  readonly check: CheckKind;
  /** The words as written. */
  readonly words: string;
  /** Where they are in the text checked. */
  readonly start: number;
  readonly end: number;
  /** What was found, in a short sentence. */
  readonly what: string;
  /** Why it matters here, in context. */
  readonly why: string;
  /** Where the reason comes from. */
  readonly source: string;
  /** The whole text with this one finding fixed, or null when only the writer can fix it. */
  readonly rewrite: string | null;
  /** Stable across edits elsewhere in the text: a dismissal is kept against it. */
  readonly key: string;
}

export const findingKey = (rule: RuleId, words: string): string =>
  `${rule}:${words.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/** What a check says about words it found; the place, key and rewrite are worked out here. */
export interface Said {
  readonly what: string;
  readonly why: string;
  readonly source: string;
  /** The words that replace the found words, or null when only the writer can fix it. */
  readonly instead: string | null;
}

/** A finding of `words` at `start` in `text` (offsets in the whole text). */
export function found(
  text: string,
  rule: RuleId,
  check: CheckKind,
  at: { words: string; start: number; key?: string },
  said: Said,
): Finding {
  const end = at.start + at.words.length;
  return {
    rule,
    check,
    words: at.words,
    start: at.start,
    end,
    what: said.what,
    why: said.why,
    source: said.source,
    rewrite:
      said.instead === null ? null : text.slice(0, at.start) + said.instead + text.slice(end),
    key: findingKey(rule, at.key ?? at.words),
  };
}
