/* global Storage, DOMException */
// The browser-test harness: serves the built app, launches Debian's Chromium through
// playwright-core, and gives each test a fresh context with helpers for what every journey needs.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { preview } from 'vite';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const outDir = path.join(root, 'tests/e2e/out');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags that keep Chromium from calling home (see STACK.md); the Lighthouse bench uses them too.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Serves dist/ on a free local port; returns its URL and a close function. */
export async function serveHosted() {
  const server = await preview({
    root,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

export const offlineUrl = pathToFileURL(path.join(root, 'dist-offline/keystone.html')).href;

/**
 * A fresh page that records every request and console error. `foreign()` lists requests to any
 * origin other than the page's own (file:// pages: anything not file:, data: or blob:).
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  const own = new URL(url);
  const foreign = () =>
    requests.filter((r) => {
      const u = new URL(r);
      if (['data:', 'blob:'].includes(u.protocol)) return false;
      if (own.protocol === 'file:') return u.protocol !== 'file:';
      return u.origin !== own.origin;
    });
  return { page, requests, errors, foreign };
}

/** Runs axe-core against WCAG 2.2 A and AA; throws with the violations listed. */
export async function expectAccessible(page, label) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  if (result.violations.length > 0) {
    const lines = result.violations.map(
      (v) =>
        `  ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    );
    throw new Error(
      `axe found ${result.violations.length} violation(s) on ${label}:\n${lines.join('\n')}`,
    );
  }
}

/** Saves a full-page screenshot to tests/e2e/out/NAME.png, to look at. */
export async function screenshot(page, name) {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Presses a key on the focused control once it is ready: a download button says it is busy
 * (aria-disabled) while its group makes a file, and a press then does nothing, as for a person.
 */
export async function pressWhenReady(page, key = 'Enter') {
  await page.waitForFunction(
    () => document.activeElement?.getAttribute('aria-disabled') !== 'true',
  );
  await page.keyboard.press(key);
}

/** Clicks (or presses) and saves the download; returns the saved path. */
export async function download(page, action, name, timeout = 30_000) {
  await mkdir(outDir, { recursive: true });
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout }), action()]);
  const file = path.join(outDir, name ?? dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

/** Presses Tab until the focused element matches the accessible name; fails after `max` presses. */
export async function tabTo(page, role, name, max = 80) {
  // A control that loads lazily (the drafts dialog's list, a step's panel) may not be there yet
  // on a busy machine, and `max` presses can pass before it comes: give it three rounds, a
  // second apart, before failing.
  for (let round = 0; round < 3; round += 1) {
    if (round > 0) await page.waitForTimeout(1_000);
    if (await tabRound(page, role, name, max)) return;
  }
  throw new Error(`Could not reach ${role} "${name}" with Tab in 3 rounds of ${max} presses`);
}

async function tabRound(page, role, name, max) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const matches = await page.evaluate(
      ({ role, name }) => {
        const el = document.activeElement;
        if (!el) return false;
        const tag = el.tagName.toLowerCase();
        const r =
          el.getAttribute('role') ??
          (tag === 'a'
            ? 'link'
            : tag === 'button'
              ? 'button'
              : tag === 'select'
                ? 'combobox'
                : tag === 'input'
                  ? (el.getAttribute('type') ?? 'textbox')
                  : tag === 'textarea'
                    ? 'textbox'
                    : tag);
        const label =
          el.getAttribute('aria-label') ??
          (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
          el.closest('label')?.textContent ??
          el.textContent ??
          '';
        const wantRole = role === 'textbox' ? ['textbox', 'text', 'number', 'search'] : [role];
        return wantRole.includes(r) && label.replace(/\s+/g, ' ').trim().includes(name);
      },
      { role, name },
    );
    if (matches) return true;
  }
  return false;
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Waits for a view's heading and for focus to land on it, as the app moves focus after every
 * view change; a keyboard test that tabs on before then races the focus move.
 */
export async function expectFocusOnHeading(page, name) {
  await page.getByRole('heading', { name }).first().waitFor();
  await page.waitForFunction(
    (text) =>
      /^H[1-6]$/.test(document.activeElement?.tagName ?? '') &&
      document.activeElement?.textContent === text,
    name,
  );
}

/**
 * Opens the file chooser with `action` (a click or a key press) and picks `file`.
 * Note: Playwright turns on file-chooser interception asynchronously when the listener is added;
 * a single key press can reach the page before that, and the chooser is then missed. A round
 * trip to the page after adding the listener makes sure interception is on.
 */
export async function chooseFile(page, action, file) {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => true);
  await action();
  await (await chooser).setFiles(file);
}

/**
 * Makes this page's localStorage refuse the drafts' key, as a full disk does; the page's
 * `window.__emptyStorage()` gives the room back.
 */
export const fillStorage = (page) =>
  page.evaluate(() => {
    const original = Storage.prototype.setItem;
    window.__emptyStorage = () => {
      Storage.prototype.setItem = original;
    };
    Storage.prototype.setItem = function (key, value) {
      if (key === 'keystone')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });

/** Presses a view's button in the step list (its name may start with a done mark). */
export async function goToStep(page, view) {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: new RegExp(`^\\S?\\s*${view}`) })
    .first()
    .click();
}
