import fc from 'fast-check';
import { describeReading, readNumber, type NumberKind } from './read-number';

const valueOf = (text: string, kind: NumberKind) => {
  const r = readNumber(text, kind);
  return r.kind === 'number' ? r.value : r.kind;
};

describe('reading numbers as people type them', () => {
  it.each([
    ['£2.5m', 'money', 2_500_000],
    ['2.5 million', 'money', 2_500_000],
    ['£250k', 'money', 250_000],
    ['£250,000', 'money', 250_000],
    ['£1.2bn', 'money', 1_200_000_000],
    ['250000 pounds', 'money', 250_000],
    ['£2,500.40', 'money', 2_500],
    ['£1.5m per year', 'money', 1_500_000],
    ['two million', 'money', 2_000_000],
    ['80%', 'fte', 0.8],
    ['80 per cent', 'fte', 0.8],
    ['0.8', 'fte', 0.8],
    ['.6', 'fte', 0.6],
    ['full time', 'fte', 1],
    ['half', 'fte', 0.5],
    ['4 days a week', 'fte', 0.8],
    ['three days', 'fte', 0.6],
    ['six', 'count', 6],
    ['about 400', 'count', 400],
    ['c. 400', 'count', 400],
    ['~400', 'count', 400],
    ['400+', 'count', 400],
    ['1,200', 'count', 1_200],
    ['1 200', 'count', 1_200],
    ['1.2k', 'count', 1_200],
    ['twenty-five', 'count', 25],
    ['a hundred and twenty', 'count', 120],
    ['a dozen', 'count', 12],
    ['two thousand three hundred', 'count', 2_300],
    ['400 technicians', 'count', 400],
    ['0', 'count', 0],
    ['none', 'count', 0],
  ] as const)('reads “%s” as a %s of %d', (text, kind, value) => {
    expect(valueOf(text, kind)).toBe(value);
  });

  it.each([
    ['lots', 'count', /cannot read “lots” as a number/],
    ['400-500', 'count', /is a range/],
    ['400 to 500', 'count', /is a range/],
    ['1.5', 'count', /whole number, for example 1 or 2/],
    ['80%', 'count', /percentage only makes sense for the full-time equivalent/],
    ['£400', 'count', /cannot read/],
    ['-3', 'count', /cannot be below 0/],
    ['30 hours', 'fte', /Divide the role’s hours by your full-time week/],
    ['m', 'money', /cannot read/],
    ['TBC', 'money', /cannot read “TBC”/],
  ] as const)('keeps “%s” (%s) unread and says why', (text, kind, why) => {
    const r = readNumber(text, kind);
    expect(r.kind).toBe('unreadable');
    if (r.kind === 'unreadable') {
      expect(r.why).toMatch(why);
      expect(r.why).toMatch(/kept here but not saved/);
    }
  });

  it('treats blank as not answered', () => {
    expect(readNumber('   ', 'count')).toEqual({ kind: 'blank' });
  });

  it('says how it read a number', () => {
    expect(describeReading(readNumber('about £2.5m', 'money'), 'money')).toBe(
      'Read as £2,500,000 (approximate).',
    );
    expect(describeReading(readNumber('4 days a week', 'fte'), 'fte')).toBe(
      'Read as 0.8 (4 of 5 working days).',
    );
  });
});

/** Ways a person writes `value` pounds, each with the number they mean. */
const moneyText = fc
  .tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 9 }))
  .chain(([whole, tenth]) =>
    fc.constantFrom<[string, number]>(
      [`£${whole.toLocaleString('en-GB')}`, whole],
      [`${whole}`, whole],
      [`£${whole}.${tenth}k`, whole * 1_000 + tenth * 100],
      [`£${whole}.${tenth}m`, whole * 1_000_000 + tenth * 100_000],
      [`${whole}.${tenth} million`, whole * 1_000_000 + tenth * 100_000],
      [`about £${whole}k`, whole * 1_000],
      [`${whole} thousand pounds`, whole * 1_000],
      [` £ ${whole.toLocaleString('en-GB')} per year `, whole],
    ),
  );

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const countText = fc
  .integer({ min: 0, max: 99_999 })
  .chain((n) =>
    fc.constantFrom<[string, number]>(
      [`${n}`, n],
      [n.toLocaleString('en-GB'), n],
      [`about ${n.toLocaleString('en-GB')}`, n],
      [`c. ${n}`, n],
      [`${n}+`, n],
      [`${n} technicians`, n],
      [`roughly ${n} people`, n],
      [WORDS[n % 10] ?? 'zero', n % 10],
    ),
  );

const fteText = fc
  .integer({ min: 10, max: 100 })
  .chain((pct) =>
    fc.constantFrom<[string, number]>(
      [`${pct}%`, pct / 100],
      [`${pct} per cent`, pct / 100],
      [String(pct / 100), pct / 100],
    ),
  );

describe('no number typed is silently dropped (properties)', () => {
  it('reads every generated way of writing an amount of money as the amount meant', () => {
    fc.assert(
      fc.property(moneyText, ([text, value]) => valueOf(text, 'money') === value),
      { numRuns: 1_000 },
    );
  });

  it('reads every generated way of writing a head count as the count meant', () => {
    fc.assert(
      fc.property(countText, ([text, value]) => valueOf(text, 'count') === value),
      { numRuns: 1_000 },
    );
  });

  it('reads every generated full-time equivalent as the fraction meant', () => {
    fc.assert(
      fc.property(fteText, ([text, value]) => valueOf(text, 'fte') === value),
      { numRuns: 1_000 },
    );
  });

  it('gives any text at all either a finite number or a reason, never NaN or silence', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[£~c. ]{0,3}[0-9,. ]{0,12}[kmb%+]?( (million|thousand|pounds))?$/),
      fc.constantFrom('six', 'about 400', 'TBC', 'n/a', '£', '%', '1e9', 'Infinity', 'NaN'),
    );
    fc.assert(
      fc.property(anything, fc.constantFrom<NumberKind>('count', 'money', 'fte'), (text, kind) => {
        const r = readNumber(text, kind);
        if (r.kind === 'blank') return text.trim() === '';
        if (r.kind === 'number') return Number.isFinite(r.value) && r.value >= 0;
        return r.why.length > 20;
      }),
      { numRuns: 2_000 },
    );
  });
});
