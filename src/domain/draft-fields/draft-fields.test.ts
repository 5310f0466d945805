/**
 * The field table is the draft's shape: every field of the schema has exactly one row, and the
 * schema checks each field with that row's own kind. The compiler holds the same (the schema is
 * built from the rows); the type assertions below say so where a reader looks for it.
 */
import { readFileSync } from 'node:fs';
import type * as z from 'zod/mini';
import { CSV_COLUMNS } from '../peers/csv-columns';
import {
  draftSchemas,
  type Authority,
  type Criterion,
  type InstitutionContext,
  type PeerFilter,
  type Remit,
  type Responsibility,
  type RoleDraft,
} from '../role-draft';
import type {
  AUTHORITY_FIELDS,
  CONTEXT_FIELDS,
  CRITERION_FIELDS,
  PEER_FILTER_FIELDS,
  REMIT_FIELDS,
  RESPONSIBILITY_FIELDS,
} from './draft-fields';
import { schemaOf } from './draft-shape';
import { DRAFT_FIELDS } from './draft-fields';
import type { DraftRow, Rows } from './field-row';

type Shape = Record<string, z.ZodMiniType>;
const shapeOf = (schema: z.ZodMiniType) => (schema as unknown as { shape: Shape }).shape;
const elementOf = (schema: z.ZodMiniType) =>
  (schema as unknown as { def: { element: z.ZodMiniType } }).def.element;

/** Every (path, row, schema) pair, and the paths that have a schema but no row or the reverse. */
function pair(rows: Rows, shape: Shape, at: string, mismatches: string[]) {
  const keys = new Set([...Object.keys(rows), ...Object.keys(shape)]);
  for (const key of keys) {
    const row = rows[key];
    const schema = shape[key];
    if (!row || !schema) mismatches.push(`${at}${key}: ${row ? 'no schema' : 'no row'}`);
    else if (schemaOf(row.kind) !== schema) mismatches.push(`${at}${key}: not the row's schema`);
  }
}

describe('the field table', () => {
  it('has exactly one row for every field of the schema, at every level', () => {
    const mismatches: string[] = [];
    const top = shapeOf(draftSchemas().draft);
    const table: Readonly<Record<string, DraftRow>> = DRAFT_FIELDS;
    expect(Object.keys(table)).toEqual(Object.keys(top));
    for (const [key, row] of Object.entries(table)) {
      const schema = top[key]!;
      if (row.part === 'field') {
        if (schemaOf(row.kind) !== schema) mismatches.push(`${key}: not the row's schema`);
      } else {
        const inner = row.part === 'section' ? shapeOf(schema) : shapeOf(elementOf(schema));
        pair(row.fields, inner, `${key}.`, mismatches);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('is the draft type, field for field (checked by the compiler)', () => {
    expectTypeOf<keyof typeof DRAFT_FIELDS>().toEqualTypeOf<keyof RoleDraft>();
    expectTypeOf<keyof typeof CONTEXT_FIELDS>().toEqualTypeOf<keyof InstitutionContext>();
    expectTypeOf<keyof typeof REMIT_FIELDS>().toEqualTypeOf<keyof Remit>();
    expectTypeOf<keyof typeof AUTHORITY_FIELDS>().toEqualTypeOf<keyof Authority>();
    expectTypeOf<keyof typeof RESPONSIBILITY_FIELDS>().toEqualTypeOf<keyof Responsibility>();
    expectTypeOf<keyof typeof CRITERION_FIELDS>().toEqualTypeOf<keyof Criterion>();
    expectTypeOf<keyof typeof PEER_FILTER_FIELDS>().toEqualTypeOf<keyof PeerFilter>();
  });

  it('gives each field of a section its own label, so a change names one field', () => {
    for (const row of Object.values<DraftRow>(DRAFT_FIELDS)) {
      if (row.part === 'field') continue;
      const labels = Object.values(row.fields).map((f) => f.label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('names the CSV columns docs/peer-pack-csv.md documents, in its order', () => {
    const doc = readFileSync('docs/peer-pack-csv.md', 'utf8');
    const start = doc.indexOf('| column');
    const table = doc.slice(start, doc.indexOf('\n\n', start));
    const documented = [...table.matchAll(/^\| `([a-z_]+)` +\|/gm)].map((m) => m[1]);
    expect(CSV_COLUMNS.map((c) => c.name)).toEqual(documented);
    expect(CSV_COLUMNS.filter((c) => c.required).map((c) => c.name)).toEqual([
      'institution_type',
      'nation',
    ]);
  });
});
