import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSE_CUES } from './clause-cues';
import { AREA_CUES, EXTERNAL_CUES, REPORTING_LINE_CUES, SCOPE_CUES } from './fact-cues';
import { cueRegExp, wholeWordMatches, wholeWords } from './whole-words';

const withLookbehind = (pattern: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])(?:${pattern})(?![\\p{L}\\p{N}-])`, 'giu');

describe('wholeWordMatches', () => {
  it('skips a match that starts inside a word and finds the whole word after it', () => {
    const re = cueRegExp('train(?:s|ing)?');
    expect(wholeWordMatches('restraining training, re-train', re).map((m) => m[0])).toEqual([
      'training',
    ]);
    expect(wholeWordMatches('𝐀train train', re).map((m) => m.index)).toEqual([8]);
  });

  it('finds exactly what a lookbehind on whole words finds, for every clause cue', () => {
    const words = fc.constantFrom(
      'budget',
      'holder',
      'training',
      'technicians',
      'policy',
      'career',
      'paths',
      're',
      'x',
      '-',
      ' ',
      ', ',
      'é',
      'skills',
      'framework',
      'strategy',
      'technical',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const cue of CLAUSE_CUES) {
          const ours = wholeWordMatches(text, cueRegExp(cue.pattern)).map((m) => [m.index, m[0]]);
          const theirs = [...text.matchAll(withLookbehind(cue.pattern))].map((m) => [
            m.index,
            m[0],
          ]);
          expect(ours).toEqual(theirs);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads a fact cue as a lookbehind on whole words would, first match first', () => {
    const cues = [...AREA_CUES, ...EXTERNAL_CUES, ...REPORTING_LINE_CUES, ...SCOPE_CUES];
    const texts = [
      'Reports to the Director of Estates; manages the animal facility.',
      'Works with UKRI, funders and the sector bodies across the university-wide core facilities.',
      'non-director roles, subdirector, x-ray and media studios',
    ];
    for (const text of texts)
      for (const cue of cues) {
        const theirs = new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${cue.pattern})(?![\\p{L}\\p{N}])`,
          'iu',
        ).exec(text);
        const ours = wholeWords(cue.pattern).exec(text);
        expect([ours?.index, ours?.[0]]).toEqual([theirs?.index, theirs?.[0]]);
      }
  });
});
