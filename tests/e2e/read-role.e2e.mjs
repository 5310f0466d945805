/* global localStorage */
// "Start from an existing job description", keyboard only, in both builds: open a Word file and
// a PDF in the drafts dialog, review what Keystone read, create a draft from each; then export
// the role specification with the annex "Changes from the current job description" and read it
// back with pdftotext. The offline file reads both formats under its own CSP, nothing leaves.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  assert,
  chooseFile,
  download,
  expectAccessible,
  expectFocusOnHeading,
  openPage,
  root,
  screenshot,
  tabTo,
} from './harness.mjs';

const FILES = path.join(root, 'tests/fixtures/role-files');
const DUTY = 'Manage a budget of £2.4m and approve capital equipment purchases.';

const drafts = (page) =>
  page.evaluate(() => Object.values(JSON.parse(localStorage.getItem('keystone')).state.drafts));

async function readInto(page, file, label) {
  await tabTo(page, 'button', 'Switch or manage drafts');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('heading', { name: 'Your drafts' }).waitFor();
  await tabTo(page, 'button', 'Start from an existing job description');
  await page.keyboard.press('Enter');
  await tabTo(page, 'file', 'Open a job description file');
  await chooseFile(page, () => page.keyboard.press('Enter'), path.join(FILES, file));
  await expectFocusOnHeading(page, `What Keystone read in ${file}`);
  await page.getByRole('dialog').locator('.read-original', { hasText: DUTY }).waitFor();
  await expectAccessible(page, `the reading of ${file} (${label})`);
  await screenshot(page, `read-role-${path.extname(file).slice(1)}-${label}`);
  await tabTo(page, 'button', 'Create the draft', 120);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

async function run(browser, url, label) {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, errors, foreign } = await openPage(context, url);
  await page.getByRole('heading', { name: 'Institution context' }).waitFor();

  await readInto(page, 'head-of-technical-services.docx', label);
  await readInto(page, 'head-of-technical-services.pdf', label);
  const saved = await drafts(page);
  const fromFiles = saved.filter((d) => d.original?.fileName);
  assert(fromFiles.length === 2, `drafts from files: ${fromFiles.length}`);
  for (const d of fromFiles)
    assert(
      d.responsibilities.some((r) => r.text === DUTY),
      `${d.original.fileName}: the duty was not kept (${d.responsibilities.map((r) => r.text).join(' | ')})`,
    );

  // Each clause's score names the institution's own sentences that earned it, and their words.
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: 'Review' })
    .click();
  await page.getByText(/Each of the nine clauses/).click();
  const evidence = page.locator('details.evidence').first();
  await evidence.locator('summary').click();
  const earned = evidence
    .getByText(/Earned by its words “[^”]+”.*in the current job description\./)
    .first();
  await earned.waitFor();
  await earned.scrollIntoViewIfNeeded();
  await screenshot(page, `read-role-evidence-${label}`);

  // Export the draft read from the PDF, with the annex of changes.
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: 'Export' })
    .click();
  await expectFocusOnHeading(page, 'Export the role specification');
  // The annex of changes is for the panel and HR, so it comes with the internal pack only.
  await page.getByRole('radio', { name: /Internal pack/ }).check();
  const annex = page.getByRole('checkbox', {
    name: 'Add the annex “Changes from the current job description”',
  });
  assert(await annex.isChecked(), 'the annex is not offered, on');
  await tabTo(page, 'button', 'Download PDF');
  const pdf = await download(page, () => page.keyboard.press('Enter'), `read-role-${label}.pdf`);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  assert(text.includes('Changes from the current job description'), 'no annex in the PDF');
  assert(text.includes('Kept as written.'), 'the annex does not set sentences side by side');
  assert(text.includes('Lead the development of the institutional technical strategy.'), 'a duty');

  assert(foreign().length === 0, `requests left the page: ${foreign().join(', ')}`);
  const real = errors.filter((e) => !/ServiceWorker|sw\.js|unsupported MIME type/.test(e));
  assert(real.length === 0, `errors on the page: ${real.join('; ')}`);
  await context.close();
}

export const tests = [
  {
    name: 'Start from a job description: a .docx and a .pdf read, drafts made, the annex exported (hosted)',
    run: ({ browser, hostedUrl }) => run(browser, hostedUrl, 'hosted'),
  },
  {
    name: 'Start from a job description: the same from the offline file',
    run: ({ browser, offlineUrl }) => run(browser, offlineUrl, 'offline'),
  },
];
