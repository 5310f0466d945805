/** The one module that reads CSV (papaparse): text in, rows of named cells out. */
import Papa from 'papaparse';

export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
  errors: string[];
}

export function readCsv(text: string): CsvTable {
  const result = Papa.parse<Record<string, string>>(
    text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
    {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim().toLowerCase(),
    },
  );
  return {
    columns: result.meta.fields ?? [],
    rows: result.data,
    // Rows count from 2: row 1 holds the column names, as a spreadsheet shows them.
    errors: result.errors.map((e) => `Row ${(e.row ?? 0) + 2}: ${e.message}.`),
  };
}
