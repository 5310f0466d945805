/**
 * Lookups by a key that came from data (a draft id, a saved view) on a plain object. A plain
 * object inherits `toString`, `constructor`, `hasOwnProperty`... from Object.prototype, and
 * assigning to `__proto__` changes its prototype: a draft whose id is one of those names must
 * read as any other id. So: own keys only, and such ids replaced as data is read (`safeId`).
 */

/** The value stored under `key` itself, never one inherited from Object.prototype. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Whether `key` is stored in `record` itself. */
export const hasOwnKey = (record: object, key: string): boolean => Object.hasOwn(record, key);

/** Every name a plain object answers to without holding it. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  '__proto__',
]);

/**
 * Ids that cannot be mistaken for a name every object has: each reserved id gets a fresh one,
 * the same each time it is asked for, so a draft and its restore points stay together.
 */
export function safeIds(fresh: () => string): (id: string) => string {
  const given = new Map<string, string>();
  return (id) => {
    if (!RESERVED_KEYS.has(id)) return id;
    const known = given.get(id);
    if (known !== undefined) return known;
    const made = fresh();
    given.set(id, made);
    return made;
  };
}
