/**
 * Makes each downloadable file from the document model. The PDF and Word renderers (jspdf,
 * docx) are loaded with import() only when their button is pressed, so neither library is in
 * any bundle a person downloads before they ask for that format.
 */
import { toExchangeJson } from '../../domain/exchange/draft-exchange';
import type { RoleDraft } from '../../domain/role-draft';
import type { RoleDocument } from '../../export/document-model';
import { renderMarkdown } from '../../export/markdown/render-markdown';
import { fileNameFor } from '../../export/plain-text';

export type FileFormat = 'pdf' | 'docx' | 'md' | 'json';

export const FORMAT_NAMES: Record<FileFormat, string> = {
  pdf: 'PDF',
  docx: 'Word',
  md: 'Markdown',
  json: 'JSON',
};

const TYPES: Record<FileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
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
      return renderPdf(doc);
    }
    case 'docx': {
      const { renderDocx } = await import('../../export/docx/render-docx');
      return renderDocx(doc);
    }
    case 'md':
      return renderMarkdown(doc);
    case 'json':
      return toExchangeJson(draft);
  }
}

export async function makeFile(
  format: FileFormat,
  doc: RoleDocument,
  draft: RoleDraft,
): Promise<MadeFile> {
  const blob = new Blob([await bytesFor(format, doc, draft)], { type: TYPES[format] });
  // The JSON file is the draft (for importing again), so it is named after the draft.
  const stem = format === 'json' ? draft.name || doc.title : doc.title;
  return { blob, fileName: fileNameFor(stem, format) };
}
