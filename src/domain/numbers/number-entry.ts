/**
 * What a number field does with a text: save the number it reads as (saying how it read it), or
 * keep the text unsaved and say why. The one decision, so that "nothing typed is dropped without
 * a word" can be tested over many inputs without a screen.
 */
import * as z from 'zod/mini';
import { describeReading, readNumber, type NumberKind } from './read-number';

export type NumberEntry =
  { kind: 'save'; value: number | null; say: string | null } | { kind: 'keep'; why: string };

/** `accepts` is the step's schema for the field: its range and its message when out of range. */
export function numberEntry(text: string, kind: NumberKind, accepts: z.ZodMiniType): NumberEntry {
  const reading = readNumber(text, kind);
  if (reading.kind === 'blank') return { kind: 'save', value: null, say: null };
  if (reading.kind === 'unreadable') return { kind: 'keep', why: reading.why };
  const read = describeReading(reading, kind) ?? '';
  const checked = z.safeParse(accepts, reading.value);
  if (checked.success) return { kind: 'save', value: reading.value, say: read };
  const why = checked.error.issues[0]?.message ?? 'This field cannot take that number.';
  return {
    kind: 'keep',
    why: `${read} ${why} What you typed is kept here but not saved into the role until it is changed.`,
  };
}
