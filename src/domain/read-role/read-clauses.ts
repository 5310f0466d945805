/**
 * Reads which clauses of the definition one sentence evidences, from the cues in
 * clause-cues.ts, with the words that triggered each. Small and synchronous: the scoring of a
 * responsibility the user wrote reads its wording with this too (responsibility-worth.ts).
 */
import { CLAUSE_IDS } from '../clause-names';
import { madeOnce } from '../made-once';
import { readWordingKind, type WordingReading } from '../wording/wording-kind';
import {
  CLAUSE_CUES,
  NEGATION_BEFORE,
  OWN_LEARNING,
  PERSON_SPEC_HEADINGS,
  PERSON_SPEC_OPENERS,
} from './clause-cues';
import type { ClauseEvidence, ClauseStrength } from './reading';
import { readStructures } from './read-structure';
import { cueRegExp, wholeWordMatches } from './whole-words';

// Note: the cues' patterns are compiled on first use, not as the module loads: the first screen
// loads this module (its alignment scores the draft) but reads no sentence (issue 17).
const matchers = madeOnce(() => ({
  cues: CLAUSE_CUES.map((cue) => ({ cue, re: cueRegExp(cue.pattern) })),
  personSpec: new RegExp(PERSON_SPEC_OPENERS, 'iu'),
  personSpecHeading: new RegExp(PERSON_SPEC_HEADINGS, 'iu'),
  negated: new RegExp(NEGATION_BEFORE, 'iu'),
  ownLearning: cueRegExp(OWN_LEARNING),
}));

const SHARED =
  ' The wording shares the responsibility (it supports or contributes), so it counts as evidence in part.';

/** True when the sentence describes the person sought, not the role. */
export function describesPerson(sentence: string, heading: string | null = null): boolean {
  const { personSpec, personSpecHeading } = matchers();
  return personSpec.test(sentence.trim()) || (heading !== null && personSpecHeading.test(heading));
}

/**
 * The clauses a sentence evidences, in the definition's order, each at its strongest cue.
 * Note: a direct cue in a sentence whose opening verb shares the duty ("Support the technical
 * strategy") counts in part, as a grading panel would read it; a cue the sentence takes away from
 * the role ("has no budgetary responsibility") counts not at all. `wording`: the sentence's
 * wording when the caller has already read it (readRole does), so it is read once.
 */
export function readClauses(
  sentence: string,
  heading: string | null = null,
  wording: WordingReading = readWordingKind(sentence),
): ClauseEvidence[] {
  if (describesPerson(sentence, heading)) return [];
  const shares = wording.kind === 'shares';
  const found = new Map<string, { direct: boolean; cues: string[]; why: string }>();
  const { cues, negated, ownLearning } = matchers();
  // Why: the post holder's own training is no skills development of others (OWN_LEARNING).
  const ownTraining = wholeWordMatches(sentence, ownLearning, undefined, 1).length > 0;
  const add = (clause: string, strength: ClauseStrength, words: string[], why: string) => {
    const direct = strength === 'direct' && !shares;
    const seen = found.get(clause);
    if (!seen) {
      found.set(clause, {
        direct,
        cues: words,
        why: why + (strength === 'direct' && shares ? SHARED : ''),
      });
    } else if (direct && !seen.direct) {
      found.set(clause, { direct, cues: [...words, ...seen.cues], why });
    } else {
      seen.cues.push(...words.filter((w) => !seen.cues.includes(w)));
    }
  };
  for (const { cue, re } of cues) {
    if (ownTraining && cue.clause === 'skills') continue;
    const words = wholeWordMatches(sentence, re)
      .filter((m) => !negated.test(sentence.slice(0, m.index)))
      .map((m) => m[0]);
    if (words.length > 0) add(cue.clause, cue.strength, words, cue.why);
  }
  // The same clauses read from the sentence's structure (clause-structure.ts): an authority verb
  // and its object, technicians beside their recognition, whatever the words between.
  for (const { structure, words } of readStructures(sentence)) {
    const at = sentence.indexOf(words[0]!);
    if (at >= 0 && negated.test(sentence.slice(0, at))) continue;
    add(structure.clause, structure.strength, [...words], structure.why);
  }
  return CLAUSE_IDS.flatMap((id) => {
    const f = found.get(id);
    return f ? [{ id, strength: f.direct ? 'direct' : 'in-part', cues: f.cues, why: f.why }] : [];
  });
}
