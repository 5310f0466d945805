/**
 * Plain English: long sentences, the passive voice, jargon and acronyms not spelt out.
 */
import { found, type Finding } from './finding';
import { matchCase, wholeWords } from './match-case';
import {
  BE_FORMS,
  GOVUK_PLAIN,
  GOVUK_SENTENCES,
  IRREGULAR_PARTICIPLES,
  JARGON,
  KNOWN_ACRONYMS,
  STATE_ADJECTIVES,
} from './plain-english-words';
import { wordCount, type Sentence } from './sentences';

/** Longer than this reads as two sentences run together (GOV.UK aims for 25). */
export const LONG_SENTENCE_WORDS = 30;

const JARGON_RES = JARGON.map((j) => ({ ...j, re: wholeWords(j.pattern) }));
const PASSIVE_RE = new RegExp(
  `(?<![\\p{L}])(?:${BE_FORMS})\\s+(?:(?:not|also|then|now|often|usually|fully|\\p{L}+ly)\\s+)?(\\p{L}+)(?![\\p{L}])`,
  'giu',
);
const ACRONYM_RE = /(?<![\p{L}\p{N}])((?:[A-Z][a-z]?){0,1}[A-Z]{2,5})s?(?![\p{L}\p{N}])/gu;

function longSentence(text: string, sentence: Sentence): Finding[] {
  const words = wordCount(sentence.text);
  if (words <= LONG_SENTENCE_WORDS) return [];
  // Note: only a semicolon gives a safe split; elsewhere only the writer knows where.
  const split = sentence.text.indexOf('; ');
  const instead =
    split > 0
      ? `${sentence.text.slice(0, split)}. ${sentence.text.charAt(split + 2).toUpperCase()}${sentence.text.slice(split + 3)}`
      : null;
  return [
    found(
      text,
      'long-sentence',
      'plain',
      { words: sentence.text, start: sentence.start, key: sentence.text.slice(0, 40) },
      {
        what: `A sentence of ${words} words.`,
        why: 'Readers, panels and screen-reader users lose the thread of long sentences; split it where the idea changes.',
        source: GOVUK_SENTENCES,
        instead,
      },
    ),
  ];
}

function passive(text: string, sentence: Sentence): Finding[] {
  const out: Finding[] = [];
  for (const m of sentence.text.matchAll(PASSIVE_RE)) {
    const participle = (m[1] ?? '').toLowerCase();
    const isParticiple =
      (participle.endsWith('ed') && !STATE_ADJECTIVES.has(participle)) ||
      IRREGULAR_PARTICIPLES.has(participle);
    if (!isParticiple || participle === 'been') continue;
    out.push(
      found(
        text,
        'passive',
        'plain',
        { words: m[0], start: sentence.start + m.index },
        {
          what: `“${m[0]}” is passive: it does not say who does it.`,
          why: 'A panel grades who acts. Say who does it: “The role approves…” rather than “… is approved”.',
          source: GOVUK_PLAIN,
          instead: null,
        },
      ),
    );
  }
  return out;
}

function jargon(text: string, sentence: Sentence): Finding[] {
  const out: Finding[] = [];
  for (const j of JARGON_RES) {
    j.re.lastIndex = 0;
    for (const m of sentence.text.matchAll(j.re)) {
      out.push(
        found(
          text,
          'jargon',
          'plain',
          { words: m[0], start: sentence.start + m.index },
          {
            what: `“${m[0]}” is jargon; “${j.instead}” says the same.`,
            why: 'Plain words are read faster and by more people, including those reading in a second language.',
            source: j.source,
            instead: matchCase(m[0], j.instead),
          },
        ),
      );
    }
  }
  return out;
}

/** Acronyms spelt out anywhere in `context` ("Health and Safety Executive (HSE)") count as explained. */
function acronyms(text: string, sentence: Sentence, context: string, seen: Set<string>): Finding[] {
  const out: Finding[] = [];
  // A heading or a shout in capitals is not a run of acronyms.
  if (!/\p{Ll}/u.test(sentence.text)) return out;
  for (const m of sentence.text.matchAll(ACRONYM_RE)) {
    const acronym = m[1] ?? '';
    if (KNOWN_ACRONYMS.has(acronym) || seen.has(acronym)) continue;
    seen.add(acronym);
    if (context.includes(`(${acronym})`) || context.includes(`${acronym} (`)) continue;
    out.push(
      found(
        text,
        'acronym',
        'plain',
        { words: acronym, start: sentence.start + m.index },
        {
          what: `“${acronym}” is not spelt out.`,
          why: 'A candidate or panel member from outside the team may not know it: write it in full the first time, with the acronym in brackets.',
          source: GOVUK_PLAIN,
          instead: null,
        },
      ),
    );
  }
  return out;
}

export function plainEnglishFindings(
  text: string,
  sentence: Sentence,
  context: string,
  seenAcronyms: Set<string>,
): Finding[] {
  return [
    ...longSentence(text, sentence),
    ...passive(text, sentence),
    ...jargon(text, sentence),
    ...acronyms(text, sentence, context, seenAcronyms),
  ];
}
