// Nothing leaves the machine (issue 6): a walk through every screen of both builds, filling a
// step and exporting on the way, records every request the browser context makes (service
// worker included). It fails on any request to another origin, on a web font, on a
// Content-Security-Policy that names an outside host or that the app breaks, on anything still
// moving under prefers-reduced-motion, and on any axe violation on the screens visited.
import { readFile } from 'node:fs/promises';
import { assert, download, expectAccessible, openPage, screenshot } from './harness.mjs';

// Every source a policy may list: the page's own origin, inline code by hash, and what the
// page makes itself. A host name, a scheme such as https: or a wildcard fails the test.
const ALLOWED_SOURCES =
  /^('self'|'none'|'unsafe-inline'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:|blob:)$/;

/** Reads the CSP meta tag and fails unless every directive stays on the page's own origin. */
async function checkPolicy(page, label) {
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  assert(policy, `${label}: no Content-Security-Policy meta tag`);
  const directives = policy.split(';').map((d) => d.trim().split(/\s+/));
  const names = directives.map(([name]) => name);
  assert(names.includes('default-src'), `${label}: the policy has no default-src`);
  for (const [name, ...sources] of directives) {
    const outside = sources.filter((s) => !ALLOWED_SOURCES.test(s));
    assert(outside.length === 0, `${label}: ${name} allows ${outside.join(' ')}`);
  }
  const connect = directives.find(([name]) => name === 'connect-src') ?? [];
  assert(!connect.includes("'unsafe-inline'"), `${label}: connect-src is too loose`);
}

/** Elements with an animation or transition that would still run; [] when all is still. */
function stillMoving(page) {
  return page.evaluate(() => {
    const seconds = (value) =>
      Math.max(
        ...value
          .split(',')
          .map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))),
      );
    const moving = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = window.getComputedStyle(el, pseudo);
        const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0.01;
        const transitioned =
          style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.01;
        if (animated || transitioned) {
          const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}${pseudo ?? ''}`;
          moving.push(
            `${name} (${animated ? `animation ${style.animationName}` : `transition ${style.transitionProperty} ${style.transitionDuration}`})`,
          );
        }
      }
    }
    for (const animation of document.getAnimations()) {
      if (animation.playState === 'running')
        moving.push(`running animation ${animation.animationName ?? animation.id}`);
    }
    return moving;
  });
}

async function settle(page) {
  await page.waitForFunction(() => !document.body.innerText.includes('Loading…'));
  await page.waitForTimeout(50);
}

/** Axe, reduced motion and a screenshot for the screen now showing. */
async function inspect(page, label) {
  await settle(page);
  await expectAccessible(page, label);
  const moving = await stillMoving(page);
  assert(
    moving.length === 0,
    `${label}: moving under prefers-reduced-motion: ${moving.join('; ')}`,
  );
  await screenshot(page, label);
}

/** Fills what the first step asks for, where the fields exist. */
async function fillFirstStep(page) {
  const name = page.getByRole('textbox', { name: /Institution name/ });
  if ((await name.count()) > 0) await name.fill('University of Privacy');
  const nation = page.getByRole('combobox', { name: /Nation/ });
  if ((await nation.count()) > 0) await nation.selectOption({ label: 'Wales' });
  const type = page.getByRole('radio', { name: /Research-intensive/ });
  if ((await type.count()) > 0) await type.check();
}

/**
 * Clicks each download button the export screen offers and checks what it saved: the PDF and
 * Word files must be real (this is also what proves the aliased-out jspdf extras and the CSP
 * leave both exports working).
 */
async function exportEverything(page, prefix) {
  const buttons = page.getByRole('main').getByRole('button', { name: /^Download/ });
  const names = (await buttons.allTextContents()).map((t) => t.trim());
  for (const wanted of ['Download PDF', 'Download Word']) {
    assert(names.includes(wanted), `${prefix}: the export screen has no "${wanted}" button`);
  }
  for (const name of names) {
    const button = buttons.filter({ hasText: name }).first();
    // A button says it is busy (aria-disabled) while its group makes a file, and a press then
    // does nothing, as for a person: wait until it is ready.
    await page.waitForFunction(
      (el) => el?.getAttribute('aria-disabled') !== 'true',
      await button.elementHandle(),
    );
    // Note: Chromium lets a page start a second download only within a moment of a press; a
    // document made slowly on a loaded machine can miss it, and a person presses again.
    const file = await download(page, () => button.click(), undefined, 20_000).catch(() =>
      download(page, () => button.click()),
    );
    const head = (await readFile(file)).subarray(0, 4).toString('latin1');
    if (name === 'Download PDF') assert(head === '%PDF', `${prefix}: the PDF starts "${head}"`);
    if (name === 'Download Word')
      assert(head.startsWith('PK'), `${prefix}: the Word file is not a zip`);
  }
  return names.length;
}

async function walk(browser, url, label) {
  const context = await browser.newContext({ acceptDownloads: true });
  const everything = [];
  context.on('request', (request) => everything.push(request.url()));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`,
      ),
    );
  });
  const { page, errors } = await openPage(context, url);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.waitFor();

  assert((await page.getAttribute('html', 'lang')) === 'en-GB', `${label}: lang is not en-GB`);
  await checkPolicy(page, label);
  const webFonts = await page.evaluate(() => [...document.fonts].map((f) => f.family));
  assert(webFonts.length === 0, `${label}: web fonts on screen: ${webFonts.join(', ')}`);

  await fillFirstStep(page);
  await inspect(page, `${label}-first-step`);

  const screens = steps.getByRole('button');
  const count = await screens.count();
  assert(count >= 2, `${label}: expected the step list to offer several screens, found ${count}`);
  let downloads = 0;
  for (let i = 0; i < count; i += 1) {
    const name = ((await screens.nth(i).textContent()) ?? '').replace(/,.*$/, '').trim();
    await screens.nth(i).click();
    const slug = name
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/^-|-$/g, '');
    await inspect(page, `${label}-${slug}`);
    if (/export/i.test(name)) downloads = await exportEverything(page, label);
  }

  // The draft switcher is the one dialog every screen offers.
  const drafts = page.getByRole('button', { name: /drafts/i });
  if ((await drafts.count()) > 0) {
    await drafts.first().click();
    await inspect(page, `${label}-drafts`);
    await page.keyboard.press('Escape');
  }

  const own = new URL(url);
  const foreign = everything.filter((r) => {
    const u = new URL(r);
    if (['data:', 'blob:'].includes(u.protocol)) return false;
    return own.protocol === 'file:' ? u.protocol !== 'file:' : u.origin !== own.origin;
  });
  const violations = await page.evaluate(() => window.__cspViolations);
  await context.close();
  assert(foreign.length === 0, `${label}: requests to other origins: ${foreign.join(', ')}`);
  assert(violations.length === 0, `${label}: CSP violations: ${violations.join('; ')}`);
  assert(errors.length === 0, `${label}: console errors: ${errors.join('\n')}`);
  assert(
    downloads >= 2,
    `${label}: the walk downloaded ${downloads} file(s) from the export screen`,
  );
  return { requests: everything.length, screens: count, downloads };
}

export const tests = [
  {
    name: 'the hosted build: every screen, no other origin, strict CSP, still under reduced motion, axe clean',
    async run({ browser, hostedUrl }) {
      await walk(browser, hostedUrl, 'privacy-hosted');
    },
  },
  {
    name: 'the offline file: every screen, no other origin, strict CSP, still under reduced motion, axe clean',
    async run({ browser, offlineUrl }) {
      await walk(browser, offlineUrl, 'privacy-offline');
    },
  },
];
