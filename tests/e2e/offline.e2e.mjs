// Works without a network (issue 6): the offline file opened from disk keeps a draft across a
// reload; the hosted build installs a service worker and, once visited, reloads and moves
// between screens with the network switched off.
import { assert, openPage, screenshot } from './harness.mjs';

const NAME = /Institution name/;

/** Types an institution name and waits until the draft holding it is in localStorage. */
async function typeAndSave(page, value) {
  const field = page.getByRole('textbox', { name: NAME });
  await field.fill(value);
  await field.blur();
  await page.waitForFunction(
    (text) =>
      Object.keys(window.localStorage).some((key) =>
        (window.localStorage.getItem(key) ?? '').includes(text),
      ),
    value,
  );
}

async function appShowsSteps(page) {
  await page.getByRole('navigation', { name: 'Steps' }).waitFor();
}

export const tests = [
  {
    name: 'the offline file renders from file:// and keeps a draft in localStorage across a reload',
    async run({ browser, offlineUrl }) {
      assert(offlineUrl.startsWith('file://'), `not a file URL: ${offlineUrl}`);
      const context = await browser.newContext();
      const { page, errors, foreign, requests } = await openPage(context, offlineUrl);
      await appShowsSteps(page);
      await typeAndSave(page, 'University of Llanfair');
      await page.reload();
      await appShowsSteps(page);
      const kept = await page.getByRole('textbox', { name: NAME }).inputValue();
      assert(kept === 'University of Llanfair', `after a reload the name reads "${kept}"`);
      await screenshot(page, 'offline-file-after-reload');
      assert(foreign().length === 0, `requests off the disk: ${foreign().join(', ')}`);
      // Self-contained: the file asks for nothing beside itself, not even a sibling file.
      const others = requests.filter((r) => r !== offlineUrl && !/^(data|blob):/.test(r));
      assert(others.length === 0, `the offline file needs other files: ${others.join(', ')}`);
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
  {
    name: 'the offline file is styled under a policy with no unsafe-inline, on every screen',
    async run({ browser, offlineUrl }) {
      const context = await browser.newContext();
      const { page, errors } = await openPage(context, offlineUrl);
      await appShowsSteps(page);
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      assert(policy && !policy.includes('unsafe-inline'), `the policy allows inline: ${policy}`);
      assert(/style-src 'sha256-/.test(policy), `styles are not allowed by hash: ${policy}`);
      // Every screen, so that a stylesheet or style a lazy view adds would be refused here.
      const screens = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
      const count = await screens.count();
      for (let i = 0; i < count; i += 1) {
        await screens.nth(i).click();
        await page.getByText('Loading…').waitFor({ state: 'detached' });
      }
      // The stylesheet applied: the layout's grid and the page's own font, not the browser's.
      const display = await page.evaluate(
        () => window.getComputedStyle(document.querySelector('nav') ?? document.body).display,
      );
      const font = await page.evaluate(() => window.getComputedStyle(document.body).fontFamily);
      assert(!/^"?Times/.test(font), `the page has the browser's default font: ${font}`);
      assert(display !== 'inline', 'the stylesheet did not apply');
      await screenshot(page, 'offline-strict-style-policy');
      const refused = errors.filter((e) => /Content Security Policy/i.test(e));
      assert(refused.length === 0, `refused by the policy: ${refused.join('\n')}`);
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
  {
    name: 'the hosted build registers a service worker and reloads while offline',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext();
      const { page, errors } = await openPage(context, hostedUrl);
      await appShowsSteps(page);
      // The worker precaches every chunk, then takes control of the page (autoUpdate).
      await page.waitForFunction(() => window.navigator.serviceWorker?.controller !== null, null, {
        timeout: 20_000,
      });
      const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
      assert(manifest, 'no web app manifest linked');
      // Installable: a manifest with a name, standalone display and the icon sizes installers want.
      const app = await (await context.request.get(new URL(manifest, hostedUrl).href)).json();
      assert(app.name && app.short_name, 'the manifest has no name');
      assert(app.display === 'standalone', `the manifest's display is ${app.display}`);
      for (const size of ['192x192', '512x512']) {
        const icon = app.icons?.find((i) => i.sizes === size);
        assert(icon, `the manifest has no ${size} icon`);
        const response = await context.request.get(new URL(icon.src, hostedUrl).href);
        assert(response.ok(), `the ${size} icon does not load (${response.status()})`);
      }
      await typeAndSave(page, 'Offline Institute of Technology');

      await context.setOffline(true);
      await page.reload();
      await appShowsSteps(page);
      const kept = await page.getByRole('textbox', { name: NAME }).inputValue();
      assert(kept === 'Offline Institute of Technology', `offline, the name reads "${kept}"`);

      // Every screen's chunk must come from the cache too: a chunk that cannot load is a page error.
      const screens = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
      const count = await screens.count();
      for (let i = 0; i < count; i += 1) {
        await screens.nth(i).click();
        await page.waitForFunction(() => !document.body.innerText.includes('Loading…'), null, {
          timeout: 10_000,
        });
      }
      await screenshot(page, 'hosted-offline-after-reload');
      await context.setOffline(false);
      const offlineNoise = (e) => /ERR_INTERNET_DISCONNECTED/.test(e);
      const real = errors.filter((e) => !offlineNoise(e));
      assert(real.length === 0, `console errors: ${real.join('\n')}`);
      await context.close();
    },
  },
];
