/* global localStorage */
// Issue 13, part 6: nobody loses their place. After each of the actions that used to drop focus
// to the page body (a control disabled or removed by its own press), focus lands on something
// meaningful: the control itself while a file is made, the wording restored, the other of
// Undo/Redo, the view's heading after a notice closes, the list a removed item was in, the offer
// to undo a delete, the draft brought back. Storage faults and two tabs as in storage.e2e.mjs.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runnerImport } from 'vite';
import { assert, fillStorage, goToStep, openPage, outDir, root } from './harness.mjs';

const NAME = /Institution name/;
const field = (page) => page.getByRole('textbox', { name: NAME });

/** What has focus once the action has settled; fails when it is the page body or nothing. */
async function expectFocus(page, action, wanted) {
  await page.waitForTimeout(200);
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const name =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent ??
      '';
    return `${el.tagName.toLowerCase()} “${name.replace(/\s+/g, ' ').trim().slice(0, 60)}”`;
  });
  assert(focused !== null, `after ${action}, focus fell to the page body`);
  if (wanted) assert(wanted.test(focused), `after ${action}, focus is on ${focused}`);
}

const waitForValue = (page, value) =>
  page.waitForFunction(
    (v) => [...document.querySelectorAll('input')].some((i) => i.value === v),
    value,
    { timeout: 10_000 },
  );

/** Two pages of one browser; B cannot save while A does, so B is asked which to keep. */
async function clash(context, hostedUrl, round) {
  const a = await openPage(context, hostedUrl);
  const b = await openPage(context, hostedUrl);
  await field(a.page).fill(`Shared ${round}`);
  await waitForValue(b.page, `Shared ${round}`);
  await fillStorage(b.page);
  await field(b.page).fill(`B ${round}`);
  await b.page
    .getByRole('heading', { name: 'Your latest changes are not saved on this device' })
    .waitFor();
  await field(a.page).fill(`A ${round}`);
  await b.page.getByRole('heading', { name: 'Your drafts were changed in another tab' }).waitFor();
  await b.page.evaluate(() => window.__emptyStorage());
  return { a, b };
}

export const tests = [
  {
    name: 'exports, wording, undo and the drafts dialog keep the focus somewhere meaningful',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, errors } = await openPage(context, hostedUrl);
      await page.getByRole('heading', { level: 2, name: 'Institution context' }).waitFor();

      // Undo of the last edit: Undo has no more work, so focus moves to Redo.
      await field(page).fill('Focus University');
      await page.getByRole('button', { name: 'Undo' }).click();
      for (let i = 0; i < 5; i += 1) {
        const undo = page.getByRole('button', { name: 'Undo' });
        if ((await undo.getAttribute('aria-disabled')) === 'true') break;
        await undo.click();
      }
      await expectFocus(page, 'Undo of the last edit', /button “(Redo|Undo)”/);

      // Download PDF and Word while the file is made: the pressed button keeps the focus.
      await goToStep(page, 'Export');
      await page.getByRole('button', { name: 'Download PDF' }).first().waitFor();
      for (const name of ['Download PDF', 'Download Word']) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name, exact: true }).click(),
        ]);
        await expectFocus(page, `${name} while the file is made`, new RegExp(name));
        await download.cancel().catch(() => {});
      }

      // Use the generated wording: focus goes to the wording it restored.
      const purpose = page.getByRole('textbox', { name: 'Job purpose' });
      await purpose.fill('Our own purpose.');
      await page
        .getByRole('button', { name: 'Use the generated wording for the job purpose' })
        .click();
      await expectFocus(page, 'Use the generated wording', /textarea “Job purpose”/);

      // The drafts dialog: Save name, Delete and Undo delete.
      await page.getByRole('button', { name: 'Switch or manage drafts' }).click();
      const dialog = page.locator('dialog[open]');
      await dialog
        .getByRole('button', { name: /^Rename/ })
        .first()
        .click();
      await dialog.getByRole('textbox', { name: /New name/ }).fill('Renamed role');
      await dialog.getByRole('button', { name: 'Save name' }).click();
      await expectFocus(page, 'Save name', /button “Rename/);
      await dialog
        .getByRole('button', { name: /^Delete/ })
        .first()
        .click();
      await expectFocus(page, 'Delete in the drafts dialog', /button “Undo delete”/);
      await dialog.getByRole('button', { name: 'Undo delete' }).click();
      await expectFocus(page, 'Undo delete', /button “(Open|Rename)/);
      await page.keyboard.press('Escape');

      // Delete everything once confirmed.
      await page.getByText('Backups, restore points and this device').click();
      await page.getByRole('button', { name: 'Delete everything on this device' }).click();
      await page
        .getByRole('dialog', { name: 'Delete everything on this device?' })
        .getByRole('button', { name: 'Delete everything', exact: true })
        .click();
      await page.getByText('Everything Keystone kept on this device has been deleted.').waitFor();
      await expectFocus(page, 'Delete everything once confirmed');
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
  {
    name: 'storage notices and two tabs keep the focus somewhere meaningful',
    async run({ browser, hostedUrl }) {
      // Try saving again.
      const single = await browser.newContext();
      const { page } = await openPage(single, hostedUrl);
      await field(page).fill('Saved first');
      await fillStorage(page);
      await field(page).fill('Typed while full');
      await page
        .getByRole('heading', { name: 'Your latest changes are not saved on this device' })
        .waitFor();
      await page.evaluate(() => window.__emptyStorage());
      await page.getByRole('button', { name: 'Try saving again' }).click();
      await page.getByRole('alert').waitFor({ state: 'detached' });
      await expectFocus(page, 'Try saving again', /h2/);

      // Dismiss, after unreadable saved data.
      await page.evaluate(() => {
        const saved = JSON.parse(localStorage.getItem('keystone'));
        saved.state.drafts.broken = { id: 'broken', name: 42 };
        saved.state.order.push('broken');
        localStorage.setItem('keystone', JSON.stringify(saved));
      });
      await page.reload();
      await page.getByRole('heading', { name: 'Some saved data could not be read' }).waitFor();
      await page.getByRole('button', { name: 'Dismiss' }).click();
      // The view's heading, or the main region while the view is still loading after the reload.
      await expectFocus(page, 'Dismiss', /^(h2|main)/);
      await single.close();

      // Keep this tab's changes, then Use the other tab's changes.
      for (const [round, choice] of [
        [1, 'Keep this tab’s changes'],
        [2, 'Use the other tab’s changes'],
      ]) {
        const context = await browser.newContext();
        const { b } = await clash(context, hostedUrl, round);
        await b.page.getByRole('button', { name: choice }).click();
        await expectFocus(b.page, choice, /h2/);
        await context.close();
      }
    },
  },
  {
    name: 'removing a peer pack keeps the focus on the list of packs',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext();
      const { page } = await openPage(context, hostedUrl);
      await mkdir(outDir, { recursive: true });
      const file = path.join(outDir, 'focus-pack.json');
      const { SHIPPED_PEERS } = (
        await runnerImport(path.join(root, 'src/domain/peers/shipped-peers.ts'), {
          root,
          logLevel: 'silent',
          configFile: false,
        })
      ).module;
      await writeFile(
        file,
        JSON.stringify({
          type: 'keystone/peer-pack',
          version: 1,
          name: 'Focus pack',
          source: 'Test',
          createdAt: '2026-11-01T00:00:00.000Z',
          illustrative: true,
          profiles: SHIPPED_PEERS.slice(0, 6).map((p, i) => ({
            ...p.profile,
            id: `focus-${i}`,
            name: `Focus role ${i}`,
          })),
        }),
      );
      await page.getByRole('heading', { level: 2, name: 'Institution context' }).waitFor();
      await goToStep(page, 'Benchmark');
      await page.getByRole('heading', { level: 2, name: 'Benchmark against peers' }).waitFor();
      await page.getByLabel('Peer pack file (JSON or CSV)').setInputFiles(file);
      await page.getByRole('button', { name: 'Import peer pack' }).click();
      await page.getByRole('button', { name: 'Remove pack Focus pack' }).click();
      await page.getByText('Removed “Focus pack”. Your drafts are unchanged.').waitFor();
      await expectFocus(page, 'Remove pack', /table/);
      await context.close();
    },
  },
];
