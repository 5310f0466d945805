// The job pack as HR gets it (issue 14): import a finished Welsh draft, see what is unfinished,
// download the candidate pack (PDF, accessible PDF and Word), the advert, the web page and the job posting, and
// read every file back with a real reader: pdftotext and pdfinfo, LibreOffice, Chromium with axe
// for the web page, JSON.parse and the schema.org types for the posting. The candidate pack must
// hold no score and no word of the tool, and the Welsh names must survive every format.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';
import {
  assert,
  chooseFile,
  download,
  expectAccessible,
  openPage,
  outDir,
  root,
  screenshot,
} from './harness.mjs';

const load = async (file) =>
  (await runnerImport(path.join(root, file), { root, logLevel: 'silent', configFile: false }))
    .module;

const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', timeout: 120_000 });
const flat = (text) => text.replace(/\s+/g, ' ');

/** Welsh letters (ŵ, ŷ, â) and names from the sample draft, which every file must keep. */
const WELSH = ['Dr Siân Ŵyn', 'Campws y Bae, Abertawe', 'Dirprwy Is-Ganghellor', 'ŵ ŷ'];
/** What a candidate must never see: the tool, its scores and its annexes. */
const TOOL_WORDS = [/Keystone/i, /Annex/, /\(\+\d+\)/, /Strategic in part/, /as drafted/];

function assertCandidate(text, label) {
  for (const word of TOOL_WORDS) assert(!word.test(text), `${label} shows ${word}`);
  for (const name of WELSH) assert(text.includes(name), `${label} lost "${name}"`);
}

async function sampleFile() {
  const { fullDraft } = await load('src/export/sample-drafts.ts');
  const { toExchangeJson } = await load('src/domain/exchange/draft-exchange.ts');
  const draft = fullDraft();
  // The Welsh letters in a field every format prints, the person specification's last line.
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, 'job-pack-draft.json');
  await writeFile(file, toExchangeJson(draft));
  return { draft, file };
}

/** Goes to the export screen and imports the sample draft there. */
async function importOnExport(page, file) {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /Export/ })
    .click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Import JSON' }).click(), file);
  await page.getByText(/Imported “Director of Technical Strategy/).waitFor();
}

/** The tagged PDF read back by poppler: tagged, every responsibility, no score, no tool. */
async function readTaggedPdf(file, draft, label) {
  const info = run('pdfinfo', [file]);
  assert(/Tagged:\s+yes/.test(info), `${label} is not tagged: ${info}`);
  assert(/Title:\s+Director of Technical Strategy/.test(info), `${label} title: ${info}`);
  assert(!/Keystone/i.test(info), `${label} properties name the tool: ${info}`);
  const text = flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
  assertCandidate(text, label);
  for (const r of draft.responsibilities)
    assert(text.includes(flat(r.text)), `${label} lacks "${r.text.slice(0, 40)}…"`);
}

const EQUALITY = [
  'Prifysgol Aberdaugleddau welcomes applications from everyone.',
  'Our staff networks meet at Tŷ Gwyn.',
];

/** The equality text typed on the export screen, under its heading, its paragraphs in order. */
function assertEquality(text, label) {
  const at = text.indexOf('Equality, diversity and inclusion');
  const first = text.indexOf(EQUALITY[0], at);
  assert(at >= 0 && first > at, `${label} lacks the equality text`);
  assert(text.indexOf(EQUALITY[1], first) > first, `${label} lacks its second paragraph`);
}

export const tests = [
  {
    name: 'a candidate pack, advert, web page and job posting, each read back by a real reader',
    async run({ browser, hostedUrl }) {
      const { draft, file } = await sampleFile();
      const context = await browser.newContext({ acceptDownloads: true });
      const { page, errors, foreign } = await openPage(context, hostedUrl);
      await importOnExport(page, file);

      // The candidate pack is the default; the screen says what is unfinished before export.
      assert(
        await page.getByRole('radio', { name: /Candidate pack/ }).isChecked(),
        'the candidate pack is not the default',
      );
      await page.getByRole('textbox', { name: 'Closing date' }).fill('');
      await page
        .getByRole('region', { name: /unfinished/ })
        .getByRole('button', { name: 'Go to the details: No closing date is given.' })
        .waitFor();
      await page.getByRole('textbox', { name: 'Closing date' }).fill('2027-01-15');
      // The institution's logo, a PNG, kept on this device with its text alternative.
      await page
        .getByLabel('Choose a logo')
        .setInputFiles(path.resolve('tests/fixtures/logos/logo.png'));
      await page.getByText(/^Logo kept on this device/).waitFor();
      // The institution's own standard text, kept on this device: test wording, not Keystone's.
      await page
        .getByRole('textbox', { name: 'Equality, diversity and inclusion' })
        .fill(`${EQUALITY[0]}\n\n${EQUALITY[1]}`);
      await expectAccessible(page, 'the export screen with the job pack');
      await screenshot(page, 'job-pack-export-screen');

      const click = (name, saveAs) =>
        download(page, () => page.getByRole('button', { name, exact: true }).click(), saveAs);

      // The candidate pack as PDF: the institution's, with no score or tool; Welsh names intact.
      const pdf = await click('Download PDF', 'job-pack-candidate.pdf');
      const info = run('pdfinfo', [pdf]);
      assert(/Author:\s+Prifysgol Aberdaugleddau/.test(info), `PDF author: ${info}`);
      assert(!/Keystone/i.test(info), `PDF properties name the tool: ${info}`);
      const pdfText = flat(run('pdftotext', ['-enc', 'UTF-8', pdf, '-']));
      assertCandidate(pdfText, 'candidate PDF');
      assert(pdfText.includes('£78,000 to £92,000 a year'), 'PDF lacks the salary');
      assert(pdfText.includes('Welsh language: Welsh desirable.'), 'PDF lacks the Welsh category');
      assertEquality(pdfText, 'PDF');
      run('pdftoppm', ['-r', '50', '-png', pdf, path.join(outDir, 'job-pack-candidate-page')]);
      const images = (file) =>
        run('pdfimages', ['-list', file])
          .split('\n')
          .filter((l) => / image /.test(l));
      assert(images(pdf).length === 1, `the PDF has no logo: ${run('pdfimages', ['-list', pdf])}`);

      // The accessible PDF, made by pdfkit in the browser: tagged, with every responsibility.
      await page.getByText(/The accessible PDF is the one to publish: it is tagged/).waitFor();
      const tagged = await click('Download accessible PDF', 'job-pack-candidate-accessible.pdf');
      await readTaggedPdf(tagged, draft, 'accessible PDF');
      // The PNG logo, made a JPEG by the browser's canvas for pdfkit, as a Figure with its Alt.
      assert(images(tagged).length === 1, 'the accessible PDF has no logo');
      const raw = (await readFile(tagged)).toString('latin1');
      assert(
        raw.includes('/S /Figure') && raw.includes('/Alt (Prifysgol Aberdaugleddau logo)'),
        'no Figure with Alt',
      );

      // The candidate pack as Word, through LibreOffice.
      const docx = await click('Download Word', 'job-pack-candidate.docx');
      run('libreoffice', [
        `-env:UserInstallation=file://${path.join(outDir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        outDir,
        docx,
      ]);
      const wordText = flat(await readFile(docx.replace(/\.docx$/, '.txt'), 'utf8'));
      assertCandidate(wordText, 'candidate Word file');
      assertEquality(wordText, 'Word file');
      assert(/word\/media\/\S+\.png/.test(run('unzip', ['-l', docx])), 'the Word file has no logo');

      // The advert: at most 3,500 characters, in the job boards' shape, Welsh names intact.
      const advertFile = await click('Download advert', 'job-pack-advert.txt');
      const advert = await readFile(advertFile, 'utf8');
      assert(advert.length <= 3_500, `advert is ${advert.length} characters`);
      for (const part of ['What the role will do', 'Who we are looking for', 'How to apply'])
        assert(advert.includes(`\n\n${part}\n`), `advert lacks "${part}"`);
      assert(/Applications may be made in Welsh/.test(advert), 'advert lacks the Welsh welcome');
      for (const name of ['Dr Siân Ŵyn', 'Campws y Bae, Abertawe'])
        assert(advert.includes(name), `advert lost "${name}"`);
      for (const word of TOOL_WORDS) assert(!word.test(advert), `advert shows ${word}`);

      // The web page, opened in Chromium on its own: language, headings, tables, no script, axe.
      const htmlFile = await click('Download web page', 'job-pack-web-page.html');
      const html = await readFile(htmlFile, 'utf8');
      assert(!/<script/i.test(html), 'the web page holds a script');
      const web = await openPage(context, pathToFileURL(htmlFile).href);
      assert((await web.page.getAttribute('html', 'lang')) === 'en-GB', 'web page language');
      await web.page.getByRole('heading', { level: 1, name: draft.authority.title }).waitFor();
      assert(
        (await web.page.getByRole('columnheader', { name: 'Criterion' }).count()) === 2,
        'web page criteria tables lack their header cells',
      );
      await expectAccessible(web.page, 'the downloaded web page');
      assertCandidate(flat(await web.page.locator('body').innerText()), 'web page');
      assertEquality(flat(await web.page.locator('body').innerText()), 'web page');
      await screenshot(web.page, 'job-pack-web-page');
      assert(web.foreign().length === 0, `the web page asked for ${web.foreign().join(', ')}`);
      assert(web.errors.length === 0, `web page errors: ${web.errors.join('\n')}`);

      // The job posting: JSON that parses, checked against the schema.org types it uses.
      const jsonFile = await click('Download job posting (JSON-LD)', 'job-pack-posting.jsonld');
      const posting = JSON.parse(await readFile(jsonFile, 'utf8'));
      const { checkJobPosting } = await load('src/export/job-pack/job-posting-types.ts');
      const problems = checkJobPosting(posting);
      assert(problems.length === 0, `job posting: ${problems.join('; ')}`);
      for (const key of [
        'title',
        'description',
        'datePosted',
        'validThrough',
        'hiringOrganization',
        'jobLocation',
        'employmentType',
        'baseSalary',
      ])
        assert(posting[key] !== undefined, `job posting lacks ${key}`);
      assert(posting.description.includes('Dr Siân Ŵyn'), 'job posting lost the Welsh name');
      assert(posting.validThrough.startsWith('2027-01-15'), 'job posting closing date');

      assert(foreign().length === 0, `requests to other origins: ${foreign().join(', ')}`);
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
  {
    name: 'the offline file makes the accessible PDF too (pdfkit embedded, loaded when pressed)',
    async run({ browser, offlineUrl }) {
      const { draft, file } = await sampleFile();
      const context = await browser.newContext({ acceptDownloads: true });
      const { page, errors, foreign } = await openPage(context, offlineUrl);
      await importOnExport(page, file);
      const pdf = await download(
        page,
        () => page.getByRole('button', { name: 'Download accessible PDF', exact: true }).click(),
        'job-pack-offline-accessible.pdf',
      );
      await readTaggedPdf(pdf, draft, 'offline accessible PDF');
      assert(foreign().length === 0, `requests to other origins: ${foreign().join(', ')}`);
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
];
