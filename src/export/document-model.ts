/**
 * The role specification as a format-free document: a title, its properties and a flat list of
 * blocks. Every renderer (PDF, Word, Markdown, the print view) draws only from this, so each
 * stays thin and all of them say the same thing.
 */
import type { DocumentLogo } from '../domain/job-pack/logo-image';

export type { DocumentLogo };

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** Starts a new page in paged formats (the annex does). */
  pageBreakBefore?: true;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** A note reads as secondary (smaller, muted) text. */
  tone?: 'note';
}

/** Label and value pairs: the facts at the head of a job description. */
export interface FieldsBlock {
  kind: 'fields';
  caption: string;
  rows: { label: string; value: string }[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: string[];
}

export interface TableColumn {
  header: string;
  /** Share of the width, relative to the other columns. */
  weight: number;
}

export interface TableBlock {
  kind: 'table';
  caption: string;
  columns: TableColumn[];
  rows: string[][];
}

export interface QuoteBlock {
  kind: 'quote';
  text: string;
  citation: string;
}

export interface ChartBar {
  label: string;
  value: number;
  /** A second value drawn as a mark on the bar, such as the peer median. */
  marker?: number;
}

/** A horizontal bar chart; `description` is its text equivalent and is always shown. */
export interface ChartBlock {
  kind: 'chart';
  title: string;
  max: number;
  bars: ChartBar[];
  valueLabel: string;
  markerLabel?: string;
  description: string;
}

export type Block =
  HeadingBlock | ParagraphBlock | FieldsBlock | ListBlock | TableBlock | QuoteBlock | ChartBlock;

export interface RoleDocument {
  /** The job title: the document's title and running header. */
  title: string;
  subject: string;
  author: string;
  language: 'en-GB';
  keywords: string[];
  /** The date it was prepared, as people read it ("1 December 2026"). */
  date: string;
  appVersion: string;
  /** What kind of document it is, printed at the head of each page; "Role specification" when absent. */
  runningHead?: string;
  blocks: Block[];
  /** The institution's logo at the top of the first page, when one is kept on this device. */
  logo?: DocumentLogo;
  /**
   * The line at the foot of every page and the end of the document. The candidate pack sets the
   * institution's own (no word of the tool); absent, it reads "Prepared <date> with Keystone".
   */
  footer?: string;
}

/** The foot line a renderer prints: the document's own, or the tool's note. */
export const footerOf = (doc: RoleDocument): string =>
  doc.footer ?? `Prepared ${doc.date} with Keystone ${doc.appVersion}`;

/** The program named in a file's properties: none for a document in the institution's voice. */
export const creatorOf = (doc: RoleDocument): string =>
  doc.footer === undefined ? `Keystone ${doc.appVersion}` : doc.author;
