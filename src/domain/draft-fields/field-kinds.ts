/**
 * The kinds of answer a role draft holds. Each kind is a plain description (`spec`), from which
 * the zod schema (the source of the draft's types; kind-schemas.ts), the fast exact check, the
 * empty value, the CSV reading and the test generator are derived by one switch each.
 */
import type * as z from 'zod/mini';
import type { KIND_SCHEMAS } from './kind-schemas';

/** Long enough for any real responsibility; short enough that a hostile file cannot bloat storage. */
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

/**
 * A kind: its plain description, and (as a type only) its zod schema. The schema itself is built
 * from the description when something validates with zod (draft-shape.ts), so this table, the
 * empty draft and the plain checks load without zod.
 */
export interface Kind<S extends z.ZodMiniType = z.ZodMiniType> {
  spec: KindSpec;
  /** Never set: carries the schema's type to the draft's types. */
  readonly schemaType?: S;
}

type Builders = typeof KIND_SCHEMAS;

const labelOf = <T extends string>(choices: Choices<T>): Label =>
  choices.label as (id: string) => string;

export const text = (max = MAX_TEXT): Kind<ReturnType<Builders['text']>> => ({
  spec: { type: 'text', max },
});

export const nullableText = (max = MAX_TEXT): Kind<ReturnType<Builders['nullableText']>> => ({
  spec: { type: 'nullable-text', max },
});

export const count = (max: number): Kind<ReturnType<Builders['count']>> => ({
  spec: { type: 'count', max },
});

export const decimal = (min: number, max: number): Kind<ReturnType<Builders['decimal']>> => ({
  spec: { type: 'decimal', min, max },
});

export const yesNo = (): Kind<ReturnType<Builders['yesNo']>> => ({ spec: { type: 'yes-no' } });

export const option = <T extends string>(
  choices: Choices<T>,
): Kind<ReturnType<typeof KIND_SCHEMAS.option<T>>> => ({
  spec: { type: 'option', ids: choices.ids, label: labelOf(choices) },
});

export const oneOf = <T extends string>(
  choices: Choices<T>,
): Kind<ReturnType<typeof KIND_SCHEMAS.oneOf<T>>> => ({
  spec: { type: 'one-of', ids: choices.ids, label: labelOf(choices) },
});

export const idSet = <T extends string>(
  choices: Choices<T>,
): Kind<ReturnType<typeof KIND_SCHEMAS.idSet<T>>> => ({
  spec: { type: 'id-set', ids: choices.ids, label: labelOf(choices) },
});

export const idList = <T extends string>(
  choices: Choices<T>,
): Kind<ReturnType<typeof KIND_SCHEMAS.idList<T>>> => ({
  spec: { type: 'id-list', ids: choices.ids, label: labelOf(choices) },
});
