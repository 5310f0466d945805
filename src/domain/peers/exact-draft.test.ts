/**
 * The fast check must say yes exactly when the schema accepts a profile and the import finds no
 * unknown field: generated drafts, each changed in one place (a wrong, missing, extra, boundary
 * or hostile value), and hostile values on their own.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import { hostileValue, mutate, mutation } from '../../testing/mutate-draft';
import { draftSchemas } from '../role-draft';
import { isExactDraft } from './exact-draft';
import { extraFields } from './extra-fields';

/** What the import accepted before the fast check: the schema, then no unknown field. */
function schemaSays(value: unknown): boolean {
  const result = z.safeParse(draftSchemas().draft, value);
  return result.success && extraFields(value, result.data).length === 0;
}

describe('isExactDraft', () => {
  it('accepts every generated draft, as the schema does', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        expect(isExactDraft(draft)).toBe(true);
        expect(schemaSays(draft)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the schema on drafts changed in one place (3,000 generated)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(arbitraryDraft(), mutation, (draft, m) => {
        const value = mutate(draft, m);
        const fast = isExactDraft(value);
        expect(fast).toBe(schemaSays(value));
        if (fast) {
          accepted += 1;
          // What the import keeps is what the schema would have returned.
          expect(z.parse(draftSchemas().draft, value)).toEqual(value);
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
    // Note: a generous limit: the draft has grown (the review record) and the machine is shared.
  }, 30_000);

  it('agrees with the schema on drafts changed in several places', () => {
    fc.assert(
      fc.property(arbitraryDraft(), fc.array(mutation, { minLength: 2, maxLength: 5 }), (d, ms) => {
        const value = ms.reduce<unknown>((v, m) => mutate(v, m), d);
        expect(isExactDraft(value)).toBe(schemaSays(value));
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('refuses hostile values that are not drafts at all, as the schema does', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.anything()), (value) => {
        expect(isExactDraft(value)).toBe(schemaSays(value));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a field the draft inherits rather than holds, which the import calls unknown', () => {
    const fc0 = fc.sample(arbitraryDraft(), { numRuns: 1, seed: 7 })[0]!;
    const { name, ...rest } = fc0;
    const odd = Object.assign(Object.create({ name }) as object, rest, { nickname: 'x' });
    expect(isExactDraft(odd)).toBe(false);
    expect(isExactDraft(odd)).toBe(schemaSays(odd));
  });
});
