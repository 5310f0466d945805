/* global localStorage */
// The one door for files, as a person uses it with the keyboard: "Open a file" in the drafts
// dialog, on the first step and on the export screen recognises a draft, a backup and a peer
// pack, says what each holds, and opens it only when asked; a document it cannot open is refused
// plainly with nothing changed. In both builds (the offline file reads files from disk too).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assert,
  chooseFile,
  expectAccessible,
  expectFocusOnHeading,
  openPage,
  outDir,
  screenshot,
  tabTo,
} from './harness.mjs';

const draftFile = {
  type: 'keystone/role-draft',
  version: 1,
  exportedAt: '2026-12-01T10:00:00.000Z',
  app: { name: 'Keystone', version: '0.1.0' },
  draft: {
    id: 'from-colleague',
    name: 'Director of Technical Strategy (Siân’s draft)',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    context: {
      institutionName: 'Prifysgol Enghraifft',
      nation: 'wales',
      institutionType: 'research-intensive',
      technicalCommunitySize: 420,
      techCommitmentSignatory: true,
    },
    remit: { scope: 'institution', areas: [], techniciansInRemit: 380, sites: 2, external: [] },
    authority: {
      title: 'Director of Technical Strategy',
      fte: 1,
      gradeBand: 'grade-10',
      reportsTo: 'coo-registrar',
      seats: [],
      budgetAuthority: null,
      annualBudget: null,
      decisionRights: [],
      directReports: 6,
    },
    responsibilities: [],
    personSpec: [],
    wording: { jobPurpose: null },
    peerFilter: {
      institutionTypes: [],
      nations: [],
      seniority: [],
      minCommunity: null,
      maxCommunity: null,
    },
  },
};

const backupFile = (drafts) => ({
  type: 'keystone-backup',
  version: 1,
  exportedAt: '2026-12-02T10:00:00.000Z',
  state: {
    drafts: Object.fromEntries(drafts.map((d) => [d.id, d])),
    order: drafts.map((d) => d.id),
    currentId: drafts[0].id,
    steps: Object.fromEntries(drafts.map((d) => [d.id, 'context'])),
  },
  restorePoints: [],
});

const packCsv =
  'id,title,institution_type,nation,scope,grade_band\n' +
  'p1,Head of Technical Services,research-intensive,wales,institution,grade-9\n' +
  'p2,Faculty Technical Manager,broad-based,england,one-faculty,grade-7\n';

async function files() {
  await mkdir(outDir, { recursive: true });
  const write = async (name, text) => {
    const file = path.join(outDir, name);
    await writeFile(file, text);
    return file;
  };
  const other = { ...draftFile.draft, id: 'backed-up', name: 'Faculty technical manager' };
  return {
    draft: await write('open-draft.json', JSON.stringify(draftFile, null, 2)),
    backup: await write('open-backup.json', JSON.stringify(backupFile([other]), null, 2)),
    pack: await write('open-pack.csv', packCsv),
    pdf: await write('open-job-description.pdf', '%PDF-1.7\n% a job description\n'),
  };
}

const draftNames = (page) =>
  page.evaluate(() =>
    Object.values(JSON.parse(localStorage.getItem('keystone')).state.drafts).map((d) => d.name),
  );

async function run(browser, url, label) {
  const paths = await files();
  const context = await browser.newContext();
  const { page, errors, foreign } = await openPage(context, url);
  await page.getByRole('heading', { name: 'Institution context' }).waitFor();

  // The first step: a document Keystone cannot read is refused, and says what to do instead.
  await tabTo(page, 'button', 'Open a file');
  await chooseFile(page, () => page.keyboard.press('Enter'), paths.pdf);
  const refusal = page.getByRole('alert');
  await refusal
    .getByText(/“open-job-description\.pdf” was not opened\. Nothing on this device was changed\./)
    .waitFor();
  await refusal.getByText(/PDF document.*copy the text/).waitFor();

  // Still on the first step: a backup says what it holds, and restores when asked.
  await chooseFile(page, () => page.keyboard.press('Enter'), paths.backup);
  const restore = page.getByRole('button', { name: 'Restore these drafts' });
  await restore.waitFor();
  await page
    .getByText(/A Keystone backup with 1 draft\. None of them is on this device yet/)
    .waitFor();
  assert(
    await restore.evaluate((el) => el === document.activeElement),
    'focus is not on the choice',
  );
  await expectAccessible(page, `what the door found (${label})`);
  await screenshot(page, `open-file-found-${label}`);
  await restore.press('Enter');
  await page.getByText(/Restored 1 draft: 1 added, 0 replaced\./).waitFor();

  // The drafts dialog: a draft file becomes a new draft, opened at once.
  await tabTo(page, 'button', 'Switch or manage drafts');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('heading', { name: 'Your drafts' }).waitFor();
  await tabTo(page, 'button', 'Open a file');
  await chooseFile(page, () => page.keyboard.press('Enter'), paths.draft);
  const add = page.getByRole('button', { name: 'Add as a new draft' });
  await add.waitFor();
  await page
    .getByRole('dialog')
    .getByText(
      /A role draft exported from Keystone: “Director of Technical Strategy \(Siân’s draft\)”/,
    )
    .waitFor();
  await screenshot(page, `open-file-dialog-${label}`);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page
    .getByRole('status')
    .getByText(
      /Imported “Director of Technical Strategy \(Siân’s draft\)” from open-draft\.json as a new draft, now open/,
    )
    .waitFor();
  await page.getByRole('textbox', { name: /Institution name/ }).waitFor();
  assert(
    (await page.getByRole('textbox', { name: /Institution name/ }).inputValue()) ===
      'Prifysgol Enghraifft',
    'the imported draft is not the one open',
  );

  // The export screen: a peer pack joins the library.
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: 'Export' })
    .click();
  await expectFocusOnHeading(page, 'Export the role specification');
  await tabTo(page, 'button', 'Open a file');
  await chooseFile(page, () => page.keyboard.press('Enter'), paths.pack);
  await page
    .getByText(/A peer pack, “open-pack” \(CSV file open-pack\.csv\), with 2 role profiles\./)
    .waitFor();
  await page.keyboard.press('Enter');
  await page.getByText(/Imported the peer pack “open-pack”: 2 profiles\./).waitFor();
  await expectAccessible(page, `the export screen after opening a pack (${label})`);

  const names = await draftNames(page);
  for (const name of ['Faculty technical manager', 'Director of Technical Strategy (Siân’s draft)'])
    assert(names.includes(name), `${name} is not saved (${names.join(', ')})`);
  assert(foreign().length === 0, `requests left the page: ${foreign().join(', ')}`);
  const real = errors.filter((e) => !/ServiceWorker|sw\.js|unsupported MIME type/.test(e));
  assert(real.length === 0, `errors on the page: ${real.join('; ')}`);
  await context.close();
}

export const tests = [
  {
    name: 'Open a file: a document, a backup, a draft and a peer pack, by keyboard (hosted)',
    run: ({ browser, hostedUrl }) => run(browser, hostedUrl, 'hosted'),
  },
  {
    name: 'Open a file: the same from the offline file',
    run: ({ browser, offlineUrl }) => run(browser, offlineUrl, 'offline'),
  },
];
