/**
 * The role specification as HTML: the on-screen preview and, with export.css, the print view.
 * Renders only from the document model, like the PDF and Word renderers. React escapes all
 * text, so hostile wording shows as written.
 */
import type { Block, ChartBlock, RoleDocument } from '../../export/document-model';

/** Column widths from the model's weights, so long words wrap inside their column. */
function Columns({ weights }: { weights: number[] }) {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return (
    <colgroup>
      {weights.map((w, i) => (
        <col key={i} style={{ width: `${(100 * w) / total}%` }} />
      ))}
    </colgroup>
  );
}

function Chart({ block }: { block: ChartBlock }) {
  return (
    <figure className="doc-chart">
      <table>
        <caption>{block.title}</caption>
        <Columns weights={block.markerLabel ? [45, 40, 15] : [55, 45]} />
        <thead>
          <tr>
            <th scope="col">Clause</th>
            <th scope="col">
              {block.valueLabel} (out of {block.max})
            </th>
            {block.markerLabel && <th scope="col">{block.markerLabel}</th>}
          </tr>
        </thead>
        <tbody>
          {block.bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>
                <span className="doc-bar" aria-hidden="true">
                  <span style={{ width: `${(100 * bar.value) / block.max}%` }} />
                  {bar.marker !== undefined && (
                    <span
                      className="doc-marker"
                      style={{ left: `${(100 * bar.marker) / block.max}%` }}
                    />
                  )}
                </span>
                <span className="doc-bar-value">{bar.value}</span>
              </td>
              {block.markerLabel && <td>{bar.marker ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="doc-note">Text equivalent: {block.description}</figcaption>
    </figure>
  );
}

function DocumentBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      // The document's own levels sit below the screen's heading (h2), and "Preview" (h3), so h1 → h4 and so on.
      const Tag = (['h4', 'h5', 'h6'] as const)[block.level - 1]!;
      return (
        <Tag className={`doc-h${block.level}${block.pageBreakBefore ? ' doc-page-break' : ''}`}>
          {block.text}
        </Tag>
      );
    }
    case 'paragraph':
      return <p className={block.tone === 'note' ? 'doc-note' : undefined}>{block.text}</p>;
    case 'fields':
      return (
        <table className="doc-fields">
          <caption className="visually-hidden">{block.caption}</caption>
          <Columns weights={[28, 72]} />
          <tbody>
            {block.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{item}</li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <table className="doc-table">
          <caption>{block.caption}</caption>
          <Columns weights={block.columns.map((c) => c.weight)} />
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'quote':
      return (
        <figure className="doc-quote">
          <blockquote>
            <p>{block.text}</p>
          </blockquote>
          <figcaption>{block.citation}</figcaption>
        </figure>
      );
    case 'chart':
      return <Chart block={block} />;
  }
}

export function DocumentPreview({ doc }: { doc: RoleDocument }) {
  return (
    <article className="doc-print" aria-label={`Preview: ${doc.title}`} lang="en-GB">
      {doc.blocks.map((block, i) => (
        <DocumentBlock key={i} block={block} />
      ))}
      <p className="doc-note doc-print-footer">
        {doc.title}: {doc.footer ?? `prepared on ${doc.date} with Keystone ${doc.appVersion}`}.
      </p>
    </article>
  );
}
