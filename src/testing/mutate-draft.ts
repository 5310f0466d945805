/**
 * One change to a generated draft, as a damaged or hostile file would bring it: a wrong, missing,
 * extra, boundary or hostile value at any depth. For tests that hold a plain check equal to the
 * schema (peers/exact-draft.test.ts, draft-fields/read-draft.test.ts).
 */
import fc from 'fast-check';
import { CLAUSE_IDS } from '../domain/definition';
import { GRADE_BANDS, NATIONS, SEATS } from '../domain/options';

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
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, '', {}, [], [null], ['x']),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...TEXT_LENGTHS).map((n) => 'a'.repeat(n)),
  fc.constantFrom(...NATIONS.ids, ...GRADE_BANDS.ids, ...SEATS.ids, ...CLAUSE_IDS),
  fc.constantFrom([SEATS.ids[0], SEATS.ids[0]], [...SEATS.ids], [...SEATS.ids, SEATS.ids[0]]),
  fc.constantFrom([...CLAUSE_IDS, CLAUSE_IDS[0]], [CLAUSE_IDS[0], CLAUSE_IDS[0]]),
  fc.jsonValue({ maxDepth: 2 }),
);

export type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'extra'; pick: number; key: string; value: unknown }
  | { kind: 'repeat'; pick: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
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
export function mutate(draft: unknown, m: Mutation): unknown {
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
