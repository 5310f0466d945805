/**
 * A value made the first time it is asked for, then kept. For costly objects a module would
 * otherwise make as it loads: an Intl formatter costs tens of milliseconds of CPU to create on a
 * phone, and module load is the start-up path (issue 17).
 */
export function madeOnce<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
