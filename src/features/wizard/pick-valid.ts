import * as z from 'zod/mini';

/**
 * The fields of `values` that the domain schema accepts, one by one. Why: every change is
 * saved as it is made, but a half-typed number must not reach the store; the form keeps it
 * on screen until it is valid.
 */
export function pickValid<T extends Record<string, unknown>>(
  shape: Record<string, z.ZodMiniType>,
  values: Record<string, unknown>,
): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (!(key in values)) continue;
    const parsed = z.safeParse(schema, values[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Partial<T>;
}

/** The items of a list that the item schema accepts, in order. */
export function validItems<T>(schema: z.ZodMiniType<T>, items: readonly unknown[]): T[] {
  return items.flatMap((item) => {
    const parsed = z.safeParse(schema, item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A select's empty choice is "not answered". */
export const emptyToNull = (value: unknown) => (value === '' ? null : value);
