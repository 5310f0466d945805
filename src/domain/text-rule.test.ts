import fc from 'fast-check';
import { arbitraryPastedText } from '../testing/arbitrary-draft';
import {
  isKeptText,
  keepText,
  keepTextIn,
  normaliseLineBreaks,
  unkeptCharacter,
} from './text-rule';

describe('the text rule', () => {
  it.each([
    ['Word’s manual line break', 'one\u000btwo', 'one\ntwo'],
    ['Word’s page break', 'one\u000ctwo', 'one\ntwo'],
    ['a line separator', 'one\u2028two', 'one\ntwo'],
    ['a paragraph separator', 'one\u2029two', 'one\ntwo'],
    ['next line (U+0085)', 'one\u0085two', 'one\ntwo'],
    ['Windows line ends', 'one\r\ntwo\r\n', 'one\ntwo\n'],
    ['an old Mac line end', 'one\rtwo', 'one\ntwo'],
  ])('reads %s as a line break', (_what, pasted, kept) => {
    expect(keepText(pasted)).toBe(kept);
  });

  it.each([
    ['a bell', 'a\u0007b'],
    ['a NUL', 'a\u0000b'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0086b'],
    ['half a surrogate pair', 'a\ud83db'],
    ['a noncharacter', 'a\uffffb'],
  ])('does not keep %s', (_what, pasted) => {
    expect(keepText(pasted)).toBe('ab');
    expect(unkeptCharacter(pasted)).toMatch(/^U\+[0-9A-F]{4}$/);
  });

  it('keeps spaces as typed: leading, trailing, non-breaking, narrow, tabs', () => {
    const typed = '  \u00a0Siân\u202fZoë\t\n  ';
    expect(keepText(typed)).toBe(typed);
  });

  it('keeps every script, emoji sequences and combining marks', () => {
    const typed = 'Ελληνικά Русский 中文 العربية עברית हिन्दी 👩‍👩‍👧 🏴󠁧󠁢󠁷󠁬󠁳󠁿 e\u0301 \u200f\u202e';
    expect(keepText(typed)).toBe(typed);
    expect(unkeptCharacter(typed)).toBeNull();
  });

  it('is idempotent, and what it keeps is kept text (property)', () => {
    fc.assert(
      fc.property(arbitraryPastedText(200), (pasted) => {
        const kept = keepText(pasted);
        expect(keepText(kept)).toBe(kept);
        expect(isKeptText(kept)).toBe(true);
        expect(unkeptCharacter(kept)).toBeNull();
        expect(isKeptText(pasted)).toBe(kept === pasted);
        // Refused or not, line breaks alone never make text unkept.
        expect(unkeptCharacter(normaliseLineBreaks(kept))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('changes only line breaks and characters no format can carry (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (pasted) => {
        const visible = (s: string) =>
          // eslint-disable-next-line no-control-regex
          s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufffe\uffff]/g, '');
        expect(visible(keepText(pasted))).toBe(visible(pasted));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns the same object when nothing changes, and a new one only where text changed', () => {
    const draft = { a: 'plain', list: [{ text: 'x' }, { text: 'y' }] };
    expect(keepTextIn(draft)).toBe(draft);
    const pasted = { a: 'plain', list: [{ text: 'x' }, { text: 'y\u000bz' }] };
    const kept = keepTextIn(pasted);
    expect(kept).toEqual({ a: 'plain', list: [{ text: 'x' }, { text: 'y\nz' }] });
    expect(kept.list[0]).toBe(pasted.list[0]);
    expect(pasted.list[1]?.text).toBe('y\u000bz');
  });
});
