// Stands in for what pdfkit and fontkit import but the accessible PDF never calls: brotli (WOFF2
// fonts; the PDF embeds Open Sans as TrueType), AES from @noble/ciphers (password-protected
// PDFs) and png-js (PNG images; the accessible PDF draws text and tables only). Aliased in
// vite.config.ts, so their bytes, most of them brotli's dictionary, stay out of both builds.
const unused = (what) =>
  function unusedPart() {
    throw new Error(`Keystone's accessible PDF does not use ${what}.`);
  };

export default unused('WOFF2 fonts or PNG images');
export const cbc = unused('encryption');
export const ecb = unused('encryption');
