/**
 * The zod shape of the whole draft, built from its rows: a field is its kind's schema, a section
 * an object of its fields, a list an array (at most MAX_LIST long) of objects of its item fields.
 */
import * as z from 'zod/mini';
import { MAX_LIST, type Kind, type KindSpec } from './field-kinds';
import { KIND_SCHEMAS } from './kind-schemas';
import {
  type DraftRow,
  type FieldRow,
  type ListRow,
  type Rows,
  type SectionRow,
  type ShapeOf,
} from './field-row';

type SchemaOf<E> = E extends FieldRow
  ? NonNullable<E['kind']['schemaType']>
  : E extends SectionRow<infer R>
    ? z.ZodMiniObject<ShapeOf<R>>
    : E extends ListRow<infer R>
      ? z.ZodMiniArray<z.ZodMiniObject<ShapeOf<R>>>
      : never;

export type DraftShapeOf<T extends Readonly<Record<string, DraftRow>>> = {
  -readonly [K in keyof T]: SchemaOf<T[K]>;
};

type Ids = readonly [string, ...string[]];

function schemaOfSpec(spec: KindSpec): z.ZodMiniType {
  switch (spec.type) {
    case 'text':
      return KIND_SCHEMAS.text(spec.max);
    case 'nullable-text':
      return KIND_SCHEMAS.nullableText(spec.max);
    case 'count':
      return KIND_SCHEMAS.count(spec.max);
    case 'decimal':
      return KIND_SCHEMAS.decimal(spec.min, spec.max);
    case 'yes-no':
      return KIND_SCHEMAS.yesNo();
    case 'option':
      return KIND_SCHEMAS.option(spec.ids as Ids);
    case 'one-of':
      return KIND_SCHEMAS.oneOf(spec.ids as Ids);
    case 'id-set':
      return KIND_SCHEMAS.idSet(spec.ids as Ids);
    case 'id-list':
      return KIND_SCHEMAS.idList(spec.ids as Ids);
  }
}

const made = new WeakMap<Kind, z.ZodMiniType>();

/** A kind's schema, made once per kind, so every use of a row shares one schema. */
export function schemaOf<S extends z.ZodMiniType>(kind: Kind<S>): S {
  let schema = made.get(kind);
  if (!schema) {
    schema = schemaOfSpec(kind.spec);
    made.set(kind, schema);
  }
  return schema as S;
}

export function shapeOf<R extends Rows>(rows: R): ShapeOf<R> {
  return Object.fromEntries(
    Object.entries(rows).map(([key, row]) => [key, schemaOf(row.kind)]),
  ) as ShapeOf<R>;
}

const objectOf = (rows: Rows) => z.object(shapeOf(rows));

export function draftShapeOf<T extends Readonly<Record<string, DraftRow>>>(
  table: T,
): DraftShapeOf<T> {
  return Object.fromEntries(
    Object.entries(table).map(([key, row]) => {
      switch (row.part) {
        case 'field':
          return [key, schemaOf(row.kind)];
        case 'section':
          return [key, objectOf(row.fields)];
        case 'list':
          return [key, z.array(objectOf(row.fields)).check(z.maxLength(MAX_LIST))];
      }
    }),
  ) as DraftShapeOf<T>;
}
