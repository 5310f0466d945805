/**
 * The job description as one accessible web page (issue 14; UK government guidance prefers HTML
 * to PDF): real headings, lists, tables with header cells and captions, the language set, a
 * small inline style sheet and no script. Every character the user wrote is escaped.
 */
import type { Block, DocumentLogo, RoleDocument } from '../document-model';
import { footerOf } from '../document-model';
import { fitLogo } from '../../domain/job-pack/logo-image';
import { normaliseBreaks, withoutControls } from '../plain-text';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) =>
  normaliseBreaks(withoutControls(text)).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const lines = (text: string) => escapeHtml(text.trim()).replace(/\n/g, '<br>');

/** Calm, readable, AA contrast: dark ink on white, one accent, 1rem text, 70 characters a line. */
const STYLE = `body{font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;color:#1d2125;background:#fff;line-height:1.5;margin:0}
main{max-width:44rem;margin:0 auto;padding:2rem 1rem}
header{max-width:44rem;margin:0 auto;padding:2rem 1rem 0}header img{display:block;max-width:100%;height:auto}
h1{font-size:2rem;margin:0 0 .5rem}h2{font-size:1.4rem;color:#005278;margin:2rem 0 .5rem}h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #8a9099;padding:.4rem .5rem;text-align:left;vertical-align:top}thead th{background:#e6eef3}
.note{color:#4a4f55;font-size:.95rem}footer{border-top:1px solid #8a9099;margin-top:2rem;padding-top:.5rem;color:#4a4f55;font-size:.9rem}
blockquote{border-left:4px solid #005278;margin:1rem 0;padding:0 1rem}`;

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.tone === 'note' ? ' class="note"' : ''}>${lines(b.text)}</p>`;
    case 'fields':
      return `<table><caption>${escapeHtml(b.caption)}</caption><tbody>${b.rows
        .map(
          (r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${lines(r.value)}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${lines(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${b.columns
        .map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`)
        .join('')}</tr></thead><tbody>${b.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${lines(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'quote':
      return `<figure><blockquote><p>${lines(b.text)}</p></blockquote><figcaption>${escapeHtml(b.citation)}</figcaption></figure>`;
    case 'chart':
      return `<p>${escapeHtml(b.title)}: ${escapeHtml(b.description)}</p>`;
  }
}

/** The logo as a data: URL, so the page stays one file; its size at most 227 × 76 CSS pixels. */
function logoHeader(logo: DocumentLogo): string {
  const [width, height] = fitLogo(logo, 227, 76);
  return `<header><img src="${escapeHtml(logo.dataUrl)}" alt="${escapeHtml(logo.alt)}" width="${Math.round(width)}" height="${Math.round(height)}"></header>\n`;
}

export function renderHtml(doc: RoleDocument): string {
  return `<!doctype html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(doc.title)}: ${escapeHtml(doc.subject)}</title>
<meta name="author" content="${escapeHtml(doc.author)}">
<style>${STYLE}</style>
</head>
<body>
${doc.logo ? logoHeader(doc.logo) : ''}<main>
${doc.blocks.map(block).join('\n')}
${footerOf(doc) ? `<footer><p>${escapeHtml(footerOf(doc))}</p></footer>` : ''}
</main>
</body>
</html>
`;
}
