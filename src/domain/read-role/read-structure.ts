/**
 * Finds the structures of clause-structure.ts in a sentence: a head word reaching an object word
 * within a few content words, in one part of the sentence, matched by stems. Pure and
 * synchronous, like the phrase cues; the stems of the structures' words are made on first use.
 */
import { madeOnce } from '../made-once';
import { CLAUSE_STRUCTURES, type ClauseStructure } from './clause-structure';
import { matchTerm, stemOf } from './match-terms';

export interface StructureMatch {
  readonly structure: ClauseStructure;
  /** The head and object as written. */
  readonly words: readonly string[];
}

interface Token {
  readonly word: string;
  readonly lower: string;
  /** Null for a common word (match-terms.ts): it does not count in the distance. */
  readonly stem: string | null;
}

const stems = madeOnce(() =>
  CLAUSE_STRUCTURES.map((structure) => ({
    structure,
    heads: new Set(structure.heads.map(stemOf)),
    objects: new Set(structure.objects.map(stemOf)),
    unless: new Set(structure.unless ?? []),
  })),
);

/** Where one part of a sentence ends: the object of a verb does not cross these. */
const PART_END = /[;:.!?()]|\s[–—-]\s/u;

function parts(sentence: string): Token[][] {
  return sentence.split(PART_END).map((part) =>
    (part.match(/[\p{L}\p{N}’']+/gu) ?? []).map((word) => ({
      word,
      lower: word.toLowerCase(),
      stem: matchTerm(word),
    })),
  );
}

export function readStructures(sentence: string): StructureMatch[] {
  const found: StructureMatch[] = [];
  const all = stems();
  for (const tokens of parts(sentence)) {
    // Content words only, each with its place among all the words (for `unless`).
    const content = tokens.flatMap((t, at) => (t.stem === null ? [] : [{ ...t, at }]));
    const present = new Set(content.map((t) => t.stem));
    const has = (words: ReadonlySet<string>) => [...words].some((w) => present.has(w));
    for (const { structure, heads, objects, unless } of all) {
      // Why: most parts hold no head and object of a structure; skip them before any walk.
      if (!has(heads) || !has(objects)) continue;
      const hit = ((): StructureMatch | null => {
        for (let h = 0; h < content.length; h++) {
          if (!heads.has(content[h]!.stem!)) continue;
          const reach = structure.either ? structure.within : 1;
          const from = Math.max(0, h - reach);
          const to = Math.min(content.length - 1, h + structure.within + 1);
          for (let o = from; o <= to; o++) {
            if (o === h || !objects.has(content[o]!.stem!)) continue;
            const first = Math.min(content[h]!.at, content[o]!.at);
            const last = Math.max(content[h]!.at, content[o]!.at);
            const around = tokens.slice(Math.max(0, first - 3), last);
            if (around.some((t) => unless.has(t.lower))) continue;
            return { structure, words: [content[h]!.word, content[o]!.word] };
          }
        }
        return null;
      })();
      if (hit) found.push(hit);
    }
  }
  return found;
}
