/**
 * Time to build the role specification's PDF, accessible (tagged) PDF and Word file for a full
 * draft (goal: each under 500 ms on this machine; the accessible PDF's, issue 14, 300 ms). Median of several runs after a warm-up, as a user's second export
 * would be; the first export also loads the library, which the browser does once.
 */
export async function run(ctx) {
  const { buildRoleDocument } = await ctx.loadTs('src/export/build-role-document.ts');
  const { fullDraft, SAMPLE_NOW } = await ctx.loadTs('src/export/sample-drafts.ts');
  const { renderPdf } = await ctx.loadTs('src/export/pdf/render-pdf.ts');
  const { renderDocx } = await ctx.loadTs('src/export/docx/render-docx.ts');
  const { renderTaggedPdf } = await ctx.loadTs('src/export/tagged-pdf/render-tagged-pdf.ts');

  const draft = fullDraft();
  const build = () => buildRoleDocument(draft, { now: SAMPLE_NOW, appVersion: 'bench' });
  const modelMs = await ctx.time(build, { runs: 9, warmup: 2 });
  const pdfMs = await ctx.time(() => renderPdf(build()), { runs: 9, warmup: 2 });
  const docxMs = await ctx.time(() => renderDocx(build()), { runs: 9, warmup: 2 });
  const taggedPdfMs = await ctx.time(() => renderTaggedPdf(build()), { runs: 9, warmup: 2 });
  const pdfBytes = renderPdf(build()).byteLength;
  const docxBytes = (await renderDocx(build())).byteLength;
  const taggedBytes = (await renderTaggedPdf(build())).byteLength;
  return {
    figures: { pdfMs, docxMs, taggedPdfMs },
    lines: [
      `Full draft (${draft.responsibilities.length} responsibilities, ${draft.personSpec.length} criteria): document model ${modelMs} ms`,
      `PDF: ${pdfMs} ms (${Math.round(pdfBytes / 1024)} KB), goal under 500 ms`,
      `Accessible (tagged) PDF: ${taggedPdfMs} ms (${Math.round(taggedBytes / 1024)} KB), goal under 300 ms`,
      `Word: ${docxMs} ms (${Math.round(docxBytes / 1024)} KB), goal under 500 ms`,
    ],
  };
}
