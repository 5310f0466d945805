/**
 * The logo as a JPEG, for both PDFs: their libraries' PNG decoders are left out of the build
 * (scripts/no-png.mjs for jspdf, scripts/pdfkit-unused.mjs for pdfkit), so a PNG logo is drawn by
 * the browser onto a white canvas and saved as a JPEG when either PDF is made. The browser's own
 * image decoder does the work; no library is added.
 */
import { dataUrlOf, logoBytes, type DocumentLogo } from '../../domain/job-pack/logo-image';
import type { RoleDocument } from '../../export/document-model';

async function asJpeg(logo: DocumentLogo): Promise<DocumentLogo | null> {
  if (logo.type === 'jpeg') return logo;
  const bitmap = await createImageBitmap(
    new Blob([logoBytes(logo.dataUrl)], { type: 'image/png' }),
  );
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  // Note: JPEG has no transparency; the page is white, so the logo looks as it does on paper.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const jpeg = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/jpeg', 0.92));
  if (!jpeg) return null;
  return {
    ...logo,
    type: 'jpeg',
    dataUrl: dataUrlOf(new Uint8Array(await jpeg.arrayBuffer()), 'jpeg'),
  };
}

/**
 * The document for a PDF: its logo as a JPEG, or no logo where this browser cannot
 * convert it (the PDF is still made, its text untouched).
 */
export async function withJpegLogo(doc: RoleDocument): Promise<RoleDocument> {
  if (!doc.logo || doc.logo.type === 'jpeg') return doc;
  const { logo, ...rest } = doc;
  try {
    const jpeg = await asJpeg(logo);
    return jpeg ? { ...rest, logo: jpeg } : rest;
  } catch {
    return rest;
  }
}
