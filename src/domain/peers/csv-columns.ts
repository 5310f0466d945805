/**
 * The CSV columns of a peer pack (docs/peer-pack-csv.md): one row per role, one column per
 * answer. Lists hold option ids separated by semicolons. Derived from the field table
 * (draft-fields.ts): a field's row names its column, and its kind says how a cell is read.
 */
import { DRAFT_FIELDS } from '../draft-fields/draft-fields';
import type { KindSpec } from '../draft-fields/field-kinds';
import type { Csv, DraftRow, FieldRow } from '../draft-fields/field-row';

export type CsvKind = 'text' | 'option' | 'list' | 'whole' | 'number' | 'yes-no';

export interface CsvColumn {
  name: string;
  /** Where the answer goes in a role draft. */
  field: string;
  kind: CsvKind;
  required?: true;
}

function csvKind(spec: KindSpec): CsvKind {
  switch (spec.type) {
    case 'text':
    case 'nullable-text':
      return 'text';
    case 'option':
    case 'one-of':
      return 'option';
    case 'id-set':
    case 'id-list':
      return 'list';
    case 'count':
      return 'whole';
    case 'decimal':
      return 'number';
    case 'yes-no':
      return 'yes-no';
  }
}

/** The order the documentation lists the columns in; a column not listed here goes last. */
const DOCUMENTED_ORDER = [
  'id',
  'title',
  'institution_type',
  'nation',
  'technical_community',
  'tc_signatory',
  'scope',
  'areas',
  'technicians_in_remit',
  'sites',
  'external',
  'grade_band',
  'reports_to',
  'fte',
  'seats',
  'budget_authority',
  'annual_budget',
  'decision_rights',
  'direct_reports',
  'responsibilities',
];

function column(csv: Csv, field: string, kind: CsvKind): CsvColumn[] {
  if (csv === null) return [];
  return [{ name: csv.column, field, kind, ...(csv.required ? { required: csv.required } : {}) }];
}

const fieldColumn = (row: FieldRow, path: string) => column(row.csv, path, csvKind(row.kind.spec));

function columnsOf(key: string, row: DraftRow): CsvColumn[] {
  switch (row.part) {
    case 'field':
      return fieldColumn(row, key);
    case 'section':
      return Object.entries(row.fields).flatMap(([name, f]) => fieldColumn(f, `${key}.${name}`));
    case 'list':
      // Note: a list column holds the ids of its items (catalogue responsibilities).
      return column(row.csv, key, 'list');
  }
}

const rank = (name: string) => {
  const i = DOCUMENTED_ORDER.indexOf(name);
  return i === -1 ? DOCUMENTED_ORDER.length : i;
};

export const CSV_COLUMNS: readonly CsvColumn[] = Object.entries<DraftRow>(DRAFT_FIELDS)
  .flatMap(([key, row]) => columnsOf(key, row))
  .sort((a, b) => rank(a.name) - rank(b.name));

/** The column a draft field came from, for error messages. */
export function columnFor(path: string): string | undefined {
  const exact = CSV_COLUMNS.find((c) => path === c.field || path.startsWith(`${c.field}[`));
  return exact?.name;
}
