/**
 * Field schemas with the messages a person reads. The domain schema says what a draft may hold;
 * these add what a step requires before Next, in plain English.
 */
import * as z from 'zod/mini';

/**
 * "100,000": en-GB grouping of a whole number without an Intl formatter, which would cost more
 * to create than every message here is worth while the step loads (issue 17).
 */
export const grouped = (whole: number) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const requiredText = (max: number, message: string) =>
  z.string().check(
    z.refine((value) => value.trim().length > 0, message),
    z.maxLength(max, `Keep this under ${grouped(max)} characters.`),
  );

export const requiredChoice = <T extends string>(ids: readonly [T, ...T[]], message: string) =>
  z.enum(ids, { error: message });

/** An optional whole number, with the range in the message. */
export const optionalCount = (max: number) =>
  z.nullable(
    z
      .int({ error: 'Enter a whole number, for example 120, or leave it blank.' })
      .check(
        z.minimum(0, 'Enter a number of 0 or more.'),
        z.maximum(max, `Enter a number no larger than ${grouped(max)}.`),
      ),
  );
