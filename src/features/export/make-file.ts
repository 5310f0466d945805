/**
 * Makes each downloadable file from the document model. The PDF, accessible PDF and Word
 * renderers (jspdf, pdfkit, docx) are loaded with import() only when their button is pressed,
 * so no library is in any bundle a person downloads before they ask for that format.
 */
import { toExchangeJson } from '../../domain/exchange/draft-exchange';
import type { RoleDraft } from '../../domain/role-draft';
import type { RoleDocument } from '../../export/document-model';
import { advertOf } from '../../export/job-pack/build-advert';
import { renderMarkdown } from '../../export/markdown/render-markdown';
import { fileNameFor } from '../../export/plain-text';
import { withJpegLogo } from './jpeg-logo';

export type FileFormat = 'pdf' | 'tagged' | 'docx' | 'md' | 'json' | 'advert' | 'html' | 'jsonld';

export const FORMAT_NAMES: Record<FileFormat, string> = {
  pdf: 'PDF',
  tagged: 'accessible PDF',
  docx: 'Word',
  md: 'Markdown',
  json: 'JSON',
  advert: 'advert',
  html: 'web page',
  jsonld: 'job posting (JSON-LD)',
};

const TYPES: Record<FileFormat, string> = {
  pdf: 'application/pdf',
  tagged: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  advert: 'text/plain;charset=utf-8',
  html: 'text/html;charset=utf-8',
  jsonld: 'application/ld+json;charset=utf-8',
};

/** Each file's name: after the document's title, with what it is where a title is shared. */
const NAMES: Record<FileFormat, (title: string) => [string, string]> = {
  pdf: (t) => [t, 'pdf'],
  tagged: (t) => [`${t} accessible`, 'pdf'],
  docx: (t) => [t, 'docx'],
  md: (t) => [t, 'md'],
  json: (t) => [t, 'json'],
  advert: (t) => [`${t} advert`, 'txt'],
  html: (t) => [t, 'html'],
  jsonld: (t) => [`${t} job posting`, 'jsonld'],
};

export interface MadeFile {
  blob: Blob;
  fileName: string;
}

async function bytesFor(
  format: FileFormat,
  doc: RoleDocument,
  draft: RoleDraft,
): Promise<BlobPart> {
  switch (format) {
    case 'pdf': {
      const { renderPdf } = await import('../../export/pdf/render-pdf');
      return renderPdf(await withJpegLogo(doc));
    }
    case 'tagged': {
      const { renderTaggedPdf } = await import('../../export/tagged-pdf/render-tagged-pdf');
      return renderTaggedPdf(await withJpegLogo(doc));
    }
    case 'docx': {
      const { renderDocx } = await import('../../export/docx/render-docx');
      return renderDocx(doc);
    }
    case 'md':
      return renderMarkdown(doc);
    case 'json':
      return toExchangeJson(draft);
    case 'advert':
      return advertOf(draft);
    case 'html': {
      const { renderHtml } = await import('../../export/job-pack/render-html');
      return renderHtml(doc);
    }
    case 'jsonld': {
      const { buildJobPosting, renderJobPosting } =
        await import('../../export/job-pack/build-job-posting');
      return renderJobPosting(buildJobPosting(draft, doc, new Date()));
    }
  }
}

export async function makeFile(
  format: FileFormat,
  doc: RoleDocument,
  draft: RoleDraft,
): Promise<MadeFile> {
  const blob = new Blob([await bytesFor(format, doc, draft)], { type: TYPES[format] });
  // The JSON file is the draft (for importing again), so it is named after the draft.
  const [stem, extension] = NAMES[format](format === 'json' ? draft.name || doc.title : doc.title);
  return { blob, fileName: fileNameFor(stem, extension) };
}
