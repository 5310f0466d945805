// A fault in one view never blanks the app, in the real build: the header, the steps and the
// alignment stay, the view says what happened, the backup downloads, and the other steps work.
// The fault is simulated by breaking number formatting, which the benchmark needs and the
// shell does not.
import { readFile } from 'node:fs/promises';
import { assert, download, expectAccessible, openPage, screenshot } from './harness.mjs';

export const tests = [
  {
    name: 'a view that fails shows its own message, keeps the shell and offers the backup',
    run: async ({ browser, hostedUrl }) => {
      const context = await browser.newContext();
      const { page } = await openPage(context, hostedUrl);
      await page.getByRole('heading', { name: 'Institution context' }).waitFor();
      await page.evaluate(() => {
        Number.prototype.toLocaleString = () => {
          throw new Error('simulated fault');
        };
      });
      const steps = page.getByRole('navigation', { name: 'Steps' });
      await steps.getByRole('button', { name: 'Benchmark' }).click();
      await page.getByRole('heading', { name: '“Benchmark” could not be shown' }).waitFor();
      assert(
        await page.getByRole('button', { name: 'Switch or manage drafts' }).isVisible(),
        'the header went with the view',
      );
      await page.getByText(/Your drafts are kept: nothing you entered has been lost/).waitFor();
      await expectAccessible(page, 'the message for a view that failed');
      await screenshot(page, 'view-fault');
      const file = await download(
        page,
        () => page.getByRole('button', { name: 'Download all drafts' }).click(),
        'view-fault-backup.json',
      );
      const backup = JSON.parse(await readFile(file, 'utf8'));
      assert(backup.type === 'keystone-backup', 'the download is not a backup');
      await page.getByRole('button', { name: 'Go to the first step' }).click();
      await page.getByRole('heading', { name: 'Institution context' }).waitFor();
      await context.close();
    },
  },
];
