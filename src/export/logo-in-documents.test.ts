import { readFileSync } from 'node:fs';
import { buildRoleDocument } from './build-role-document';
import type { DocumentLogo } from './document-model';
import { renderDocx } from './docx/render-docx';
import { renderHtml } from './job-pack/render-html';
import { defaultLogoAlt, LOGO_MAX_BYTES, logoBytes, readLogo } from '../domain/job-pack/logo-image';
import { renderPdf } from './pdf/render-pdf';
import { docxPart, pdfImages, pdfText, qpdfCheck, saveFile, workDir } from './real-readers';
import { fullDraft, SAMPLE_NOW } from './sample-drafts';
import { renderTaggedPdf } from './tagged-pdf/render-tagged-pdf';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/logos/${name}`));

function logoOf(name: string, alt = 'Prifysgol Example logo'): DocumentLogo {
  const result = readLogo(fixture(name), alt);
  if (!result.ok) throw new Error(result.message);
  return result.logo;
}

/** Rows of `pdfimages -list` after its two header lines. */
const imageRows = (file: string) =>
  pdfImages(file)
    .trim()
    .split('\n')
    .slice(2)
    .filter((row) => /^\s*\d+\s+\d+\s+image\b/.test(row));

describe('reading a logo file', () => {
  it('reads a PNG and a JPEG, their type and size in pixels, and keeps the bytes', () => {
    const png = logoOf('logo.png');
    expect(png).toMatchObject({ type: 'png', width: 120, height: 40 });
    expect(png.dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(logoBytes(png.dataUrl)).toEqual(fixture('logo.png'));
    expect(logoOf('logo.jpg')).toMatchObject({ type: 'jpeg', width: 90, height: 30 });
  });

  it('refuses what is not a PNG or JPEG, a damaged one and one over 200 KB, saying why', () => {
    const text = readLogo(new TextEncoder().encode('<svg></svg>'), 'x');
    expect(text).toEqual({ ok: false, message: expect.stringMatching(/not a PNG or JPEG/) });
    const cut = readLogo(fixture('logo.png').subarray(0, 12), 'x');
    expect(cut).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(fixture('logo.jpg'));
    expect(readLogo(big, 'x')).toEqual({
      ok: false,
      message: expect.stringMatching(/201 KB; a logo can be at most 200 KB/),
    });
  });

  it('offers "<institution> logo" as its text alternative', () => {
    expect(defaultLogoAlt(' Prifysgol Aberystwyth ')).toBe('Prifysgol Aberystwyth logo');
    expect(defaultLogoAlt('')).toBe('Institution logo');
  });
});

describe('the logo in the documents', () => {
  const build = (pack: 'candidate' | 'internal', logo: DocumentLogo | null = null) =>
    buildRoleDocument(fullDraft(), { now: SAMPLE_NOW, appVersion: '1.2.3', pack, logo });

  it('is carried by the document model of both packs, and absent when none is kept', () => {
    const logo = logoOf('logo.png');
    expect(build('candidate', logo).logo).toEqual(logo);
    expect(build('internal', logo).logo).toEqual(logo);
    expect(build('candidate')).not.toHaveProperty('logo');
  });

  it('is an image at the top of the PDF (JPEG; the screen makes a PNG one a JPEG first)', () => {
    const dir = workDir();
    const file = saveFile(dir, 'logo.pdf', renderPdf(build('candidate', logoOf('logo.jpg'))));
    qpdfCheck(file);
    const rows = imageRows(file);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\s*1\s+0\s+image\s+90\s+30\s/);
    expect(pdfText(file)).toContain('Director of Technical Strategy');
    // jspdf's PNG decoder is not in the build: a PNG logo reaching it is left out, not an error.
    const png = saveFile(dir, 'png.pdf', renderPdf(build('candidate', logoOf('logo.png'))));
    expect(imageRows(png)).toHaveLength(0);
  });

  it('is an image in the Word file with its text alternative', async () => {
    const dir = workDir();
    const file = saveFile(
      dir,
      'logo.docx',
      await renderDocx(build('candidate', logoOf('logo.png'))),
    );
    expect(docxPart(file, 'word/_rels/document.xml.rels')).toMatch(/Target="media\/[^"]+\.png"/);
    const body = docxPart(file, 'word/document.xml');
    expect(body).toMatch(/<wp:docPr [^>]*descr="Prifysgol Example logo"/);
    expect(body.indexOf('<w:drawing>')).toBeLessThan(
      body.indexOf('Director of Technical Strategy'),
    );
  });

  it('is an img with its alt, as a data: URL, at the top of the web page', () => {
    const logo = logoOf('logo.jpg', 'Coleg "Example" logo');
    const html = renderHtml(build('candidate', logo));
    expect(html).toContain(
      `<header><img src="${logo.dataUrl}" alt="Coleg &quot;Example&quot; logo" width="227" height="76"></header>`,
    );
    expect(html.indexOf('<img')).toBeLessThan(html.indexOf('<h1'));
  });

  it('is a Figure with its Alt in the accessible PDF (JPEG)', async () => {
    const dir = workDir();
    const bytes = await renderTaggedPdf(build('candidate', logoOf('logo.jpg', 'Example logo')));
    const file = saveFile(dir, 'tagged.pdf', bytes.buffer);
    qpdfCheck(file);
    expect(imageRows(file)).toHaveLength(1);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/S \/Figure/);
    expect(raw).toContain('/Alt (Example logo)');
    expect(pdfText(file)).toContain('Director of Technical Strategy');
  }, 60_000);
});
