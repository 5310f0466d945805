/**
 * A peer pack from a CSV file (columns in csv-columns.ts): each row becomes a role draft, then the
 * whole pack goes through the same all-or-nothing check as a JSON pack. Errors name the row (as a
 * spreadsheet numbers it) and the column.
 */
import { catalogueEntry } from '../catalogue';
import { emptyDraft } from '../empty-draft';
import { CSV_COLUMNS, columnFor, type CsvColumn } from './csv-columns';
import { readCsv } from './csv-table';
import { MAX_PACK_BYTES, MAX_PACK_PROFILES, PEER_PACK_TYPE, PEER_PACK_VERSION } from './peer-pack';
import { MAX_ERRORS, validatePack, type PackResult, type ValidateOptions } from './validate-pack';
import { quoteText } from '../quote-text';
import { normaliseLineBreaks, unkeptCharacter } from '../text-rule';

export interface CsvPackInfo {
  name: string;
  source: string;
  createdAt: string;
}

type Cell = { ok: true; value: unknown } | { ok: false; error: string };

function convert(column: CsvColumn, raw: string): Cell {
  const text = raw.trim();
  switch (column.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'option':
      return { ok: true, value: text === '' ? null : text };
    case 'list':
      return {
        ok: true,
        value: text
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      };
    case 'whole': {
      if (text === '') return { ok: true, value: null };
      const digits = text.replace(/,/g, '');
      return /^\d+$/.test(digits)
        ? { ok: true, value: Number(digits) }
        : { ok: false, error: `${quoteText(text)} is not a whole number` };
    }
    case 'number': {
      if (text === '') return { ok: true, value: null };
      const n = Number(text);
      return Number.isFinite(n)
        ? { ok: true, value: n }
        : { ok: false, error: `${quoteText(text)} is not a number` };
    }
    case 'yes-no': {
      const t = text.toLowerCase();
      if (t === '') return { ok: true, value: null };
      if (['yes', 'true', '1'].includes(t)) return { ok: true, value: true };
      if (['no', 'false', '0'].includes(t)) return { ok: true, value: false };
      return { ok: false, error: `${quoteText(text)} should be yes or no` };
    }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) target[head] = value;
  else (target[head] as Record<string, unknown>)[tail] = value;
}

function rowToDraft(row: Record<string, string>, index: number, now: string, errors: string[]) {
  const draft = emptyDraft(`row-${index + 2}`, `Row ${index + 2}`, now) as unknown as Record<
    string,
    unknown
  >;
  for (const column of CSV_COLUMNS) {
    const raw = row[column.name];
    if (raw === undefined || (column.name === 'id' && raw.trim() === '')) continue;
    // The text rule of every field and import (text-rule.ts): line breaks as pasted, and a
    // character no field keeps refused with where it is.
    const character = unkeptCharacter(raw);
    if (character) {
      errors.push(
        `Row ${index + 2}, column ${column.name}: contains an invisible control character (${character}) that Keystone does not keep.`,
      );
      continue;
    }
    const cell = convert(column, normaliseLineBreaks(raw));
    if (!cell.ok) {
      errors.push(`Row ${index + 2}, column ${column.name}: ${cell.error}.`);
      continue;
    }
    if (column.name === 'responsibilities') {
      const ids = cell.value as string[];
      const unknown = ids.filter((id) => !catalogueEntry(id));
      if (unknown.length > 0) {
        errors.push(
          `Row ${index + 2}, column responsibilities: ${unknown.map((u) => quoteText(u)).join(', ')} is not a catalogue responsibility id.`,
        );
        continue;
      }
      draft.responsibilities = ids.map((id) => ({
        id: `r-${id}`,
        catalogueId: id,
        text: catalogueEntry(id)!.text,
        clauses: [],
        reason: '',
      }));
      continue;
    }
    setPath(draft, column.field, cell.value);
  }
  if (typeof draft.name === 'string' && row.title?.trim())
    draft.name = normaliseLineBreaks(row.title.trim());
  return draft;
}

export async function importCsvPack(
  text: string,
  info: CsvPackInfo,
  options: ValidateOptions = {},
): Promise<PackResult> {
  if (text.length > MAX_PACK_BYTES)
    return {
      ok: false,
      errors: [`The file is too large (the limit is ${MAX_PACK_BYTES / 1_048_576} MB).`],
    };
  const table = readCsv(text);
  const errors = [...table.errors];
  const known = new Set(CSV_COLUMNS.map((c) => c.name));
  for (const column of table.columns) {
    if (!known.has(column))
      errors.push(`Column ${quoteText(column)} is not one of the documented columns.`);
  }
  for (const column of CSV_COLUMNS) {
    if (column.required && !table.columns.includes(column.name))
      errors.push(`The file has no "${column.name}" column.`);
  }
  if (table.rows.length > MAX_PACK_PROFILES)
    errors.push(`The file has ${table.rows.length} rows; the limit is ${MAX_PACK_PROFILES}.`);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const profiles = table.rows.map((row, i) => rowToDraft(row, i, info.createdAt, errors));
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const pack = {
    type: PEER_PACK_TYPE,
    version: PEER_PACK_VERSION,
    ...info,
    illustrative: false,
    profiles,
  };
  return validatePack(pack, {
    ...options,
    where: (i) => `Row ${i + 2}`,
    field: (path) => {
      const column = columnFor(path);
      return column ? `column ${column}` : `field ${quoteText(path)}`;
    },
  });
}
