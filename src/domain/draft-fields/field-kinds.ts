/**
 * The kinds of answer a role draft holds. Each kind is a zod schema (the source of the draft's
 * types and validation) plus a plain description of it (`spec`), from which the fast exact check,
 * the empty value, the CSV reading and the test generator are derived by one switch each.
 */
import * as z from 'zod/mini';
import { isKeptText } from '../text-rule';

/** Long enough for any real statement; short enough that a hostile file cannot bloat storage. */
export const MAX_TEXT = 10_000;
export const MAX_LIST = 200;

/** An option list as options.ts defines them: stable ids and the labels people read. */
export interface Choices<T extends string> {
  readonly ids: readonly [T, ...T[]];
  label: (id: T) => string;
}

type Label = (id: string) => string;

export type KindSpec =
  | { type: 'text'; max: number }
  | { type: 'nullable-text'; max: number }
  /** A whole number from 0 to max, or null. */
  | { type: 'count'; max: number }
  /** Any number from min to max, or null. */
  | { type: 'decimal'; min: number; max: number }
  | { type: 'yes-no' }
  /** One id from a list, or null. */
  | { type: 'option'; ids: readonly string[]; label: Label }
  /** One id from a list, always answered. */
  | { type: 'one-of'; ids: readonly string[]; label: Label }
  /** Distinct ids from a list. */
  | { type: 'id-set'; ids: readonly string[]; label: Label }
  /** Ids from a list, repeats allowed, no longer than the list. */
  | { type: 'id-list'; ids: readonly string[]; label: Label };

export interface Kind<S extends z.ZodMiniType = z.ZodMiniType> {
  spec: KindSpec;
  schema: S;
}

const labelOf = <T extends string>(choices: Choices<T>): Label =>
  choices.label as (id: string) => string;

/** Text as a field keeps it (text-rule.ts): every reader applies the rule before validating. */
const keptText = (max: number) =>
  z
    .string()
    .check(z.maxLength(max), z.refine(isKeptText, 'Contains a character Keystone does not keep.'));

export const text = (max = MAX_TEXT) =>
  ({
    spec: { type: 'text', max },
    schema: keptText(max),
  }) satisfies Kind;

export const nullableText = (max = MAX_TEXT) =>
  ({
    spec: { type: 'nullable-text', max },
    schema: z.nullable(keptText(max)),
  }) satisfies Kind;

export const count = (max: number) =>
  ({
    spec: { type: 'count', max },
    schema: z.nullable(z.int().check(z.minimum(0), z.maximum(max))),
  }) satisfies Kind;

export const decimal = (min: number, max: number) =>
  ({
    spec: { type: 'decimal', min, max },
    schema: z.nullable(z.number().check(z.minimum(min), z.maximum(max))),
  }) satisfies Kind;

export const yesNo = () =>
  ({
    spec: { type: 'yes-no' },
    schema: z.nullable(z.boolean()),
  }) satisfies Kind;

export const option = <T extends string>(choices: Choices<T>) =>
  ({
    spec: { type: 'option', ids: choices.ids, label: labelOf(choices) },
    schema: z.nullable(z.enum(choices.ids)),
  }) satisfies Kind;

export const oneOf = <T extends string>(choices: Choices<T>) =>
  ({
    spec: { type: 'one-of', ids: choices.ids, label: labelOf(choices) },
    schema: z.enum(choices.ids),
  }) satisfies Kind;

export const idSet = <T extends string>(choices: Choices<T>) =>
  ({
    spec: { type: 'id-set', ids: choices.ids, label: labelOf(choices) },
    schema: z.array(z.enum(choices.ids)).check(
      z.maxLength(choices.ids.length),
      z.refine((list) => new Set(list).size === list.length, 'Each answer may appear once.'),
    ),
  }) satisfies Kind;

export const idList = <T extends string>(choices: Choices<T>) =>
  ({
    spec: { type: 'id-list', ids: choices.ids, label: labelOf(choices) },
    schema: z.array(z.enum(choices.ids)).check(z.maxLength(choices.ids.length)),
  }) satisfies Kind;
