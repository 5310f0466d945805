import fc from 'fast-check';
import { grouped } from './step-fields';

describe('grouped', () => {
  it('groups a whole number as en-GB does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en-GB'));
      }),
    );
  });
});
