/**
 * Inclusive language: gender-coded words that describe a temperament rather than the work,
 * phrases that exclude, and requirements that stand in for ability. The definition's words and
 * the sector's frames are known (gender-coded-words.ts, FRAME_STEMS) and never flagged for being
 * there.
 */
import { found, type Finding } from './finding';
import { CODED_REWRITES, GAUCHER_SOURCE, MASCULINE_STEMS } from './gender-coded-words';
import {
  ACAS,
  DEGREE_WHY,
  EHRC,
  EXCLUSIONARY_PHRASES,
  YEARS_PATTERN,
  YEARS_WHY,
} from './inclusive-phrases';
import { matchCase, wholeWords } from './match-case';
import type { Sentence } from './sentences';

const PHRASE_RES = EXCLUSIONARY_PHRASES.map((p) => ({ ...p, re: wholeWords(p.pattern) }));
const YEARS_RE = wholeWords(YEARS_PATTERN);
const DEGREE_RE = wholeWords(
  "(?:(?:a|an|\\p{L}+-year|honours|first|good|relevant|undergraduate|postgraduate|bachelor[’']?s|master[’']?s|first-class|2:1|science|engineering)\\s+)+degree|degree\\s+(?:in|level)|phd|doctorate",
);
const EQUIVALENT_RE =
  /equivalent|or\s+(?:relevant|comparable|significant|substantial)\s+experience|or\s+experience/iu;
const WORD_RE = /[\p{L}]+(?:-[\p{L}]+)*/gu;
/** "Competitive salary" is about pay, not a temperament. */
const ABOUT_PAY = /^\s+(?:salary|pay|package|rates?|benefits|remuneration)/iu;

const stemMatches = (stem: string, word: string): boolean =>
  stem.endsWith('*') ? word.startsWith(stem.slice(0, -1)) : word === stem;

function genderCoded(text: string, sentence: Sentence): Finding[] {
  const out: Finding[] = [];
  for (const m of sentence.text.matchAll(WORD_RE)) {
    const word = m[0].toLowerCase();
    const instead = CODED_REWRITES[word];
    if (instead === undefined) continue;
    if (ABOUT_PAY.test(sentence.text.slice(m.index + m[0].length))) continue;
    const side = MASCULINE_STEMS.some((s) => stemMatches(s, word)) ? 'masculine' : 'feminine';
    out.push(
      found(
        text,
        'gender-coded',
        'inclusive',
        { words: m[0], start: sentence.start + m.index },
        {
          what: `“${m[0]}” is a ${side}-coded word, and here it describes a temperament, not the work.`,
          why: `Adverts with more ${side}-coded words were found less appealing by ${side === 'masculine' ? 'women' : 'men'}, without changing who could do the job. Words the definition needs (“leader”, “decision”, “champion”) are not counted against you.`,
          source: GAUCHER_SOURCE,
          instead: matchCase(m[0], instead),
        },
      ),
    );
  }
  return out;
}

function phrases(text: string, sentence: Sentence): Finding[] {
  const out: Finding[] = [];
  for (const p of PHRASE_RES) {
    p.re.lastIndex = 0;
    for (const m of sentence.text.matchAll(p.re)) {
      out.push(
        found(
          text,
          'exclusionary',
          'inclusive',
          { words: m[0], start: sentence.start + m.index },
          {
            what: `“${m[0]}” can shut out candidates the job does not need to exclude.`,
            why: p.why,
            source: p.source,
            instead: p.instead === null ? null : matchCase(m[0], p.instead),
          },
        ),
      );
    }
  }
  return out;
}

function years(text: string, sentence: Sentence): Finding[] {
  YEARS_RE.lastIndex = 0;
  return [...sentence.text.matchAll(YEARS_RE)].map((m) =>
    found(
      text,
      'needless-years',
      'inclusive',
      { words: m[0], start: sentence.start + m.index },
      {
        what: `“${m[0]}” asks for time served.`,
        why: YEARS_WHY,
        source: ACAS,
        instead: matchCase(m[0], 'substantial experience'),
      },
    ),
  );
}

function degree(text: string, sentence: Sentence): Finding[] {
  DEGREE_RE.lastIndex = 0;
  const m = DEGREE_RE.exec(sentence.text);
  if (!m || EQUIVALENT_RE.test(sentence.text) || /high\s+degree/iu.test(sentence.text)) return [];
  // The fix goes at the end of the sentence: "A degree in physics, or equivalent experience."
  const bodyEnd = sentence.start + sentence.text.replace(/[.;:!]+$/u, '').length;
  const finding = found(
    text,
    'needless-degree',
    'inclusive',
    { words: m[0], start: sentence.start + m.index },
    {
      what: `“${m[0]}” is asked for with no equivalent route.`,
      why: DEGREE_WHY,
      source: EHRC,
      instead: null,
    },
  );
  const rewrite = `${text.slice(0, bodyEnd)}, or equivalent experience${text.slice(bodyEnd)}`;
  return [{ ...finding, rewrite }];
}

export function inclusiveFindings(text: string, sentence: Sentence): Finding[] {
  return [
    ...genderCoded(text, sentence),
    ...phrases(text, sentence),
    ...years(text, sentence),
    ...degree(text, sentence),
  ];
}
