import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockTime } from './clock-time';

describe('clockTime', () => {
  it('writes a time as en-GB does on a 24-hour clock', () => {
    expect(clockTime(new Date(2026, 11, 7, 9, 5))).toBe('09:05');
    expect(clockTime(new Date(2026, 11, 7, 0, 0))).toBe('00:00');
    expect(clockTime(new Date(2026, 11, 7, 23, 59))).toBe('23:59');
  });

  it('gives what Intl gives for en-GB hours and minutes, at any moment', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
        (date) => {
          expect(clockTime(date)).toBe(intl.format(date));
        },
      ),
    );
  });
});
