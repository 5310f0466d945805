/** Migrations read untrusted data: only a plain object has fields to reshape. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
