/**
 * The role specification as Markdown (CommonMark with pipe tables). Every character the user
 * wrote that Markdown would read as markup is escaped, so "<script>" or "**" print as written.
 */
import type { Block, ChartBlock, RoleDocument, TableBlock } from '../document-model';
import { normaliseBreaks, withoutControls } from '../plain-text';

/**
 * Backslash-escapes what Markdown or inline HTML would interpret: emphasis, code, links,
 * tags, entities and table pipes anywhere, and block markers (#, -, +, "1.") at a line start.
 * Also what GitHub-flavoured Markdown links by itself (web addresses, www., e-mail addresses):
 * a backslash before their ":", "." or "@" keeps them as typed text.
 */
function escapeInline(text: string): string {
  return normaliseBreaks(withoutControls(text))
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Escaped text; line breaks inside it become hard breaks, continued at `indent`. */
function inline(text: string, indent = ''): string {
  return escapeInline(text.trim())
    .split('\n')
    .map((line) => line.trim())
    .join(`\\\n${indent}`);
}

const cell = (text: string) =>
  escapeInline(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim() || ' ';

function table(block: Pick<TableBlock, 'caption' | 'columns' | 'rows'>): string {
  const header = `| ${block.columns.map((c) => cell(c.header)).join(' | ')} |`;
  const rule = `| ${block.columns.map(() => '---').join(' | ')} |`;
  const rows = block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
  return [`*${inline(block.caption)}*`, '', header, rule, ...rows].join('\n');
}

function chart(block: ChartBlock): string {
  const columns = [
    { header: block.title.includes('clause') ? 'Clause' : 'Item', weight: 1 },
    { header: block.valueLabel, weight: 1 },
    ...(block.markerLabel ? [{ header: block.markerLabel, weight: 1 }] : []),
  ];
  const rows = block.bars.map((bar) => [
    bar.label,
    String(bar.value),
    ...(block.markerLabel ? [bar.marker === undefined ? '' : String(bar.marker)] : []),
  ]);
  return table({ caption: `${block.title} (out of ${block.max})`, columns, rows });
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inline(block.text).replace(/\\\n/g, ' ')}`;
    case 'paragraph':
      return block.tone === 'note' ? `*${inline(block.text)}*` : inline(block.text);
    case 'fields':
      return block.rows
        .map((row) => `- **${inline(row.label)}:** ${inline(row.value, '  ')}`)
        .join('\n');
    case 'list':
      return block.items
        .map((item, i) =>
          block.ordered ? `${i + 1}. ${inline(item, '   ')}` : `- ${inline(item, '  ')}`,
        )
        .join('\n');
    case 'table':
      return table(block);
    case 'quote':
      return `> ${inline(block.text, '> ')}\n>\n> — ${inline(block.citation, '> ')}`;
    case 'chart':
      return chart(block);
  }
}

export function renderMarkdown(doc: RoleDocument): string {
  const footer = `---\n\n*${inline(`${doc.title}: ${doc.footer ?? `prepared on ${doc.date} with Keystone ${doc.appVersion}`}.`)}*`;
  return `${[...doc.blocks.map(renderBlock), footer].join('\n\n')}\n`;
}
