// Stands in for fast-png, which jspdf imports for PNG images (and which brings pako and
// iobuffer). Keystone's PDFs draw text, tables and vector charts only, so this saves their
// bytes in the offline file; aliased in vite.config.ts.
export function decode() {
  throw new Error('Keystone does not embed PNG images in its PDFs.');
}
