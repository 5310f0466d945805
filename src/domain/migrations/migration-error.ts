/** Thrown for data no migration can read: a version from the future, or not an object at all. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}
