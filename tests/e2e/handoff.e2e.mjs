/* global localStorage */
// Issue 16: two people on two browser profiles (an executive sponsor and an HR partner) pass a
// draft back and forth three times with edits on both sides; at the end every edit, comment and
// sign-off is still there, and no copy of the draft was made. Screenshots of the hand-off view.
import path from 'node:path';
import {
  assert,
  chooseFile,
  download,
  expectAccessible,
  openPage,
  outDir,
  screenshot,
} from './harness.mjs';

async function goToHandoff(page) {
  await page
    .getByRole('button', { name: /Hand-off and sign-off/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 2, name: 'Hand-off and sign-off' }).waitFor();
}

/** Changes one answer through its step, as a person would, and waits for it to be saved. */
async function answer(page, step, label, value) {
  await page
    .getByRole('button', { name: new RegExp(step) })
    .first()
    .click();
  await page.getByRole('heading', { level: 2, name: step }).waitFor();
  const box = page.getByLabel(label, { exact: true });
  await box.fill(value);
  await page.waitForFunction(
    ({ value }) =>
      (localStorage.getItem('keystone') ?? '').includes(JSON.stringify(value).slice(1, -1)),
    { value },
  );
}

/** What the draft on this device holds for one answer. */
const stored = (page, section, field) =>
  page.evaluate(
    ({ section, field }) => {
      const state = JSON.parse(localStorage.getItem('keystone') ?? '{}').state;
      return state?.drafts?.[state.currentId]?.[section]?.[field];
    },
    { section, field },
  );

async function whoIAm(page, name, role) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your role').fill(role);
}

async function comment(page, text) {
  await page.getByLabel('Comment or question').fill(text);
  await page.getByRole('button', { name: 'Add comment' }).click();
  await page.getByText(text).first().waitFor();
}

async function send(page, name) {
  return download(page, () => page.getByRole('button', { name: 'Send for review' }).click(), name);
}

async function open(page, file) {
  await chooseFile(
    page,
    () => page.getByRole('button', { name: 'Open a hand-off file' }).click(),
    file,
  );
  await page.getByRole('button', { name: 'Open the hand-off' }).click();
  await page
    .getByText(/hand-off|Opened/)
    .first()
    .waitFor();
}

export const tests = [
  {
    name: 'two profiles pass a draft back and forth three times, losing nothing',
    async run({ browser, hostedUrl }) {
      const exec = await browser.newContext();
      const hr = await browser.newContext();
      const a = await openPage(exec, hostedUrl);
      const b = await openPage(hr, hostedUrl);
      await a.page.getByRole('heading', { level: 1, name: /Keystone/ }).waitFor();
      await b.page.getByRole('heading', { level: 1, name: /Keystone/ }).waitFor();
      await goToHandoff(a.page);
      await whoIAm(a.page, 'Ama Mensah', 'Executive sponsor');
      await goToHandoff(b.page);
      await whoIAm(b.page, 'Siân Ó Súilleabháin', 'HR business partner');

      const comments = [];
      for (let round = 1; round <= 3; round += 1) {
        // Each side changes an answer of its own every round: the sponsor the job title, HR the
        // number of sites. Each hand-off starts the other's changed section on the incoming one.
        await answer(
          a.page,
          'Seniority and authority',
          'Job title',
          `Director of Technical Strategy ${round}`,
        );
        await goToHandoff(a.page);
        const fromA = `Sponsor, round ${round}: why this grade?`;
        await comment(a.page, fromA);
        comments.push(fromA);
        const toB = await send(a.page, path.join(outDir, `handoff-a-${round}.json`));
        await open(b.page, toB);
        assert(
          (await stored(b.page, 'authority', 'title')) ===
            `Director of Technical Strategy ${round}`,
          `HR did not get the sponsor's job title in round ${round}`,
        );
        await answer(b.page, 'Remit', 'Sites or campuses (optional)', String(round + 1));
        await goToHandoff(b.page);
        const fromB = `HR, round ${round}: the panel will ask about the budget.`;
        await comment(b.page, fromB);
        comments.push(fromB);
        await b.page.getByRole('button', { name: 'Record approval' }).click();
        await b.page.getByText('Approved this version.').first().waitFor();
        const toA = await send(b.page, path.join(outDir, `handoff-b-${round}.json`));
        await open(a.page, toA);
        assert(
          (await stored(a.page, 'remit', 'sites')) === round + 1,
          `the sponsor did not get HR's number of sites in round ${round}`,
        );
        await goToHandoff(a.page);
      }
      for (const [who, side] of [
        ['sponsor', a.page],
        ['HR', b.page],
      ]) {
        assert(
          (await stored(side, 'authority', 'title')) === 'Director of Technical Strategy 3',
          `the ${who} lost the last job title`,
        );
      }
      assert((await stored(a.page, 'remit', 'sites')) === 4, 'the sponsor lost the sites');
      assert((await stored(b.page, 'remit', 'sites')) === 4, 'HR lost the sites');
      for (const text of comments) {
        assert(
          (await a.page.getByText(text).count()) > 0,
          `the sponsor lost the comment “${text}”`,
        );
      }
      const approvals = await a.page
        .getByText(/Siân Ó Súilleabháin, HR business partner, approved on/)
        .count();
      assert(approvals === 3, `expected 3 sign-offs, found ${approvals}`);
      const drafts = await a.page.evaluate(
        () =>
          Object.keys(JSON.parse(localStorage.getItem('keystone') ?? '{}').state?.drafts ?? {})
            .length,
      );
      assert(drafts === 1, `expected one draft on the sponsor's device, found ${drafts}`);
      await expectAccessible(a.page, 'the hand-off view');
      await screenshot(a.page, 'handoff-after-three-rounds');
      assert(
        a.errors.length === 0 && b.errors.length === 0,
        `console errors: ${[...a.errors, ...b.errors].join('\n')}`,
      );
      assert(a.foreign().length === 0 && b.foreign().length === 0, 'requests to other origins');
      await exec.close();
      await hr.close();
    },
  },
];
