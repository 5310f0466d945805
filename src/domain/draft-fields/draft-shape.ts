/**
 * The zod shape of the whole draft, built from its rows: a field is its kind's schema, a section
 * an object of its fields, a list an array (at most MAX_LIST long) of objects of its item fields.
 */
import * as z from 'zod/mini';
import { MAX_LIST } from './field-kinds';
import {
  shapeOf,
  type DraftRow,
  type FieldRow,
  type ListRow,
  type Rows,
  type SectionRow,
  type ShapeOf,
} from './field-row';

type SchemaOf<E> = E extends FieldRow
  ? E['kind']['schema']
  : E extends SectionRow<infer R>
    ? z.ZodMiniObject<ShapeOf<R>>
    : E extends ListRow<infer R>
      ? z.ZodMiniArray<z.ZodMiniObject<ShapeOf<R>>>
      : never;

export type DraftShapeOf<T extends Readonly<Record<string, DraftRow>>> = {
  -readonly [K in keyof T]: SchemaOf<T[K]>;
};

const objectOf = (rows: Rows) => z.object(shapeOf(rows));

export function draftShapeOf<T extends Readonly<Record<string, DraftRow>>>(
  table: T,
): DraftShapeOf<T> {
  return Object.fromEntries(
    Object.entries(table).map(([key, row]) => {
      switch (row.part) {
        case 'field':
          return [key, row.kind.schema];
        case 'section':
          return [key, objectOf(row.fields)];
        case 'list':
          return [key, z.array(objectOf(row.fields)).check(z.maxLength(MAX_LIST))];
      }
    }),
  ) as DraftShapeOf<T>;
}
