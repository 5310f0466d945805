/**
 * The fast check must say yes exactly when the schema accepts a profile and the import finds no
 * unknown field: generated drafts, each changed in one place (a wrong, missing, extra, boundary
 * or hostile value), and hostile values on their own.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import { CLAUSE_IDS } from '../definition';
import { GRADE_BANDS, NATIONS, SEATS } from '../options';
import { RoleDraftSchema } from '../role-draft';
import { isExactDraft } from './exact-draft';
import { extraFields } from './extra-fields';

/** What the import accepted before the fast check: the schema, then no unknown field. */
function schemaSays(value: unknown): boolean {
  const result = z.safeParse(RoleDraftSchema, value);
  return result.success && extraFields(value, result.data).length === 0;
}

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...at, i])));
  if (value !== null && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k])));
  }
  return here;
}

const TEXT_LENGTHS = [0, 40, 41, 100, 101, 200, 201, 10_000, 10_001];
const NUMBERS = [
  -1,
  -0,
  0,
  0.05,
  0.0999,
  0.1,
  0.5,
  1,
  1.0001,
  2.5,
  1000,
  1001,
  10_000,
  10_001,
  100_000,
  100_001,
  10_000_000_000,
  10_000_000_001,
  2 ** 53,
  Number.NaN,
  Infinity,
  -Infinity,
];
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, '', {}, [], [null], ['x']),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...TEXT_LENGTHS).map((n) => 'a'.repeat(n)),
  fc.constantFrom(...NATIONS.ids, ...GRADE_BANDS.ids, ...SEATS.ids, ...CLAUSE_IDS),
  fc.constantFrom([SEATS.ids[0], SEATS.ids[0]], [...SEATS.ids], [...SEATS.ids, SEATS.ids[0]]),
  fc.constantFrom([...CLAUSE_IDS, CLAUSE_IDS[0]], [CLAUSE_IDS[0], CLAUSE_IDS[0]]),
  fc.jsonValue({ maxDepth: 2 }),
);

type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'extra'; pick: number; key: string; value: unknown }
  | { kind: 'repeat'; pick: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('extra' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom('salary', '__proto__', 'constructor', 'id', '0'), fc.string()),
    value: hostileValue,
  }),
  fc.record({ kind: fc.constant('repeat' as const), pick: fc.nat() }),
);

/** A JSON copy of the draft with one change, as a file would bring it (own "__proto__" keys too). */
function mutate(draft: unknown, m: Mutation): unknown {
  // Note: an earlier change may have replaced the whole value with undefined, which JSON cannot
  // carry; there is nothing left to change then.
  const text = JSON.stringify(draft) as string | undefined;
  if (text === undefined) return draft;
  const copy: unknown = JSON.parse(text);
  const paths = pathsOf(copy);
  const path = paths[m.pick % paths.length]!;
  const parentPath = path.slice(0, -1);
  let parent: unknown = copy;
  for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
  const last = path[path.length - 1];
  const holder = parent as Record<string | number, unknown>;
  const target = last === undefined ? copy : holder[last];
  switch (m.kind) {
    case 'set':
      if (last === undefined) return m.value;
      holder[last] = m.value;
      return copy;
    case 'delete':
      if (last === undefined) return copy;
      if (Array.isArray(holder)) holder.splice(Number(last), 1);
      else delete holder[last];
      return copy;
    case 'extra':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        Object.defineProperty(target, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return copy;
    case 'repeat':
      if (Array.isArray(target) && target.length > 0) target.push(target[0]);
      return copy;
  }
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
          expect(z.parse(RoleDraftSchema, value)).toEqual(value);
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
