import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedNumber } from './grouped-number';

describe('groupedNumber', () => {
  it('groups thousands with commas, as en-GB writes them', () => {
    expect(groupedNumber(100_000)).toBe('100,000');
    expect(groupedNumber(2.5)).toBe('2.5');
    expect(groupedNumber(1_234_567.25)).toBe('1,234,567.25');
    expect(groupedNumber(0)).toBe('0');
    expect(groupedNumber(-4500)).toBe('-4,500');
  });

  it('gives what toLocaleString gives for en-GB, for whole numbers and up to three decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 999 }),
        (whole, thousandths) => {
          const n = whole + Math.sign(whole || 1) * (thousandths / 1000);
          expect(groupedNumber(n)).toBe(n.toLocaleString('en-GB', { maximumFractionDigits: 3 }));
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(groupedNumber(n)).toBe(n.toLocaleString('en-GB'));
      }),
    );
  });
});
