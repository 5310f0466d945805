/** Word tables: a caption kept with the table, and a header row Word repeats on every page. */
import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ChartBlock, FieldsBlock, TableBlock } from '../document-model';
import { runs } from './docx-text';

const HEADER_FILL = 'E6EEF3';

function cell(children: ParagraphChild[], widthPercent: number, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children, keepNext: header })],
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext: true, children: runs(text) });
}

export function tableBlock(block: Pick<TableBlock, 'caption' | 'columns' | 'rows'>) {
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = block.columns.map((c) => Math.round((100 * c.weight) / total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) =>
      cell(runs(c.header, { bold: true }), widths[i] ?? 0, true),
    ),
  });
  const rows = block.rows.map(
    (row) => new TableRow({ children: row.map((text, i) => cell(runs(text), widths[i] ?? 0)) }),
  );
  return [
    caption(block.caption),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    new Paragraph({ children: [] }),
  ];
}

export function fieldsBlock(block: FieldsBlock) {
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [cell(runs(row.label, { bold: true }), 28), cell(runs(row.value), 72)],
      }),
  );
  return [
    caption(block.caption),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    new Paragraph({ children: [] }),
  ];
}

/** Word has no drawing here: the chart becomes its data table, which is also its text equivalent. */
export function chartBlock(block: ChartBlock) {
  const columns = [
    { header: 'Clause', weight: 3 },
    { header: block.valueLabel, weight: 1 },
    ...(block.markerLabel ? [{ header: block.markerLabel, weight: 1 }] : []),
  ];
  const rows = block.bars.map((bar) => [
    bar.label,
    String(bar.value),
    ...(block.markerLabel ? [bar.marker === undefined ? '' : String(bar.marker)] : []),
  ]);
  return tableBlock({ caption: `${block.title} (out of ${block.max})`, columns, rows });
}
