/**
 * What every field of the role draft must say about itself (its row in draft-fields.ts): the
 * words the comparison of versions uses, whether and how it may leave the device in an anonymised
 * peer profile, and its CSV column. The schema is built from the rows (role-draft.ts), so a field
 * cannot exist without one, and a row cannot compile without its policies (excalidraw's
 * APP_STATE_STORAGE_CONF idea).
 */
import type { Kind } from './field-kinds';

/** How a field leaves the device in an anonymised profile (peers/anonymise-draft.ts). */
export type Share =
  | 'keep'
  /** Always the empty value: nothing of it leaves. */
  | 'blank'
  /** A date to the first of its month. */
  | 'month'
  /** Only when the user chooses to include the job title. */
  | 'if-title'
  /** Only when the user chooses to include free text. */
  | 'if-free-text'
  /** Catalogue wording is public; the user's own wording only when they include free text. */
  | 'catalogue-or-free-text'
  | { round: number }
  | { replace: string }
  /** Position in its list, from 1, after a prefix. */
  | { renumber: string };

/** The column a field fills in a CSV peer pack (docs/peer-pack-csv.md); null when it has none. */
export type Csv = { column: string; required?: true } | null;

export interface FieldRow<K extends Kind = Kind> {
  part: 'field';
  kind: K;
  /** The field's name in the comparison of versions. */
  label: string;
  share: Share;
  csv: Csv;
  /** Bookkeeping a person does not edit (ids, times) is left out of the comparison. */
  inDiff?: false;
}

export type Rows = Readonly<Record<string, FieldRow>>;

/** A group of fields stored as one object (context, remit...). */
export interface SectionRow<R extends Rows = Rows> {
  part: 'section';
  /** The section's name in the comparison of versions. */
  label: string;
  fields: R;
}

/** A list of items of one shape (responsibilities, person specification). */
export interface ListRow<R extends Rows = Rows> {
  part: 'list';
  label: string;
  /** Whether the list leaves the device at all ('blank': never); each item field then says how. */
  share: 'keep' | 'if-free-text' | 'blank';
  csv: Csv;
  fields: R;
}

export type DraftRow = FieldRow | SectionRow | ListRow;

export const field = <K extends Kind>(
  kind: K,
  policy: Omit<FieldRow<K>, 'part' | 'kind'>,
): FieldRow<K> => ({ part: 'field', kind, ...policy });

export const section = <R extends Rows>(label: string, fields: R): SectionRow<R> => ({
  part: 'section',
  label,
  fields,
});

export const list = <R extends Rows>(
  label: string,
  fields: R,
  policy: Pick<ListRow, 'share' | 'csv'>,
): ListRow<R> => ({ part: 'list', label, fields, ...policy });

/** The zod shape of a group of rows: each field's own schema (built by draft-shape.ts). */
export type ShapeOf<R extends Rows> = {
  -readonly [K in keyof R]: NonNullable<R[K]['kind']['schemaType']>;
};
