import { assert, expectAccessible, openPage, screenshot } from './harness.mjs';

export const tests = [
  {
    name: 'the hosted build renders the definition and asks nothing of the network',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext();
      const { page, foreign, errors } = await openPage(context, hostedUrl);
      await page.getByRole('heading', { level: 1, name: /Keystone/ }).waitFor();
      await expectAccessible(page, 'first screen');
      await screenshot(page, 'smoke-hosted');
      assert(foreign().length === 0, `requests to other origins: ${foreign().join(', ')}`);
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
];
