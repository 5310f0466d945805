/* global requestAnimationFrame, fetch */
// Keystone side by side with a pinned reference app (issue 17, item 4), in the same run, the
// same browser and the same way.
//
// The reference is OpenResume (github.com/xitanggg/open-resume) at commit
// 4f8255a2c763479837f69f1dccf2a3338730cd79: a well-known local-first form → PDF app (a form on
// the left, the PDF drawn beside it, nothing sent to a server), as Keystone is, built with Next.js
// 13 and React 18. It builds here without network access beyond the npm registry:
// `scripts/build-reference.sh` installs it from its own lockfile and builds its standalone
// server into .reference/open-resume (not tracked). When that build is absent, this module says
// how to make it and reports nothing.
//
// What each app's first screen is: Keystone's first step (its form, served by `vite preview`);
// OpenResume's résumé builder, /resume-builder (its form and the PDF preview, served by its
// standalone Next.js server on a free local port). Both load in one Chromium of their own, started
// with the harness's flags plus a host-resolver rule that answers "not found" for every host but
// 127.0.0.1, so no request can leave the machine; those requests are counted, and one that got an
// answer fails the bench. (Blocking them with Playwright's request interception instead paused
// every request and added 120–170 ms to Keystone's ready time: a cost per file, and Keystone
// fetches 30 to OpenResume's 16.)
// OpenResume asks for GitHub's star button (ghbtns.com) and no outside fonts; its Vercel
// analytics asks its own origin, where nothing answers off Vercel: a failed script, not counted.
//
// Figures, each the median of loads taken in turn (Keystone, reference, Keystone, …), each on a
// fresh profile (a first visit):
// - JavaScript fetched for the first screen, gzip KB: every script the page requested until the
//   form could be typed into, each counted once, gzipped at level 9 (as first-render.bench.mjs
//   counts Keystone's); scripts that failed to load are not counted.
// - First contentful paint, from the browser's paint timing.
// - Ready: navigation start to the first frame in which the text field typed into below has
//   been taken over by React (it carries React's fiber), i.e. when typing into it works.
// - A keystroke: keydown to the next painted frame (as typing.bench.mjs times it), for the same
//   text typed into the first text field of each form on a first visit: Keystone's first step's
//   first field, OpenResume's "Name" (which redraws the PDF preview, as it does on every key).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/harness.mjs';
import { watchKeys } from './typing.bench.mjs';
import { median } from './median.mjs';

const RUNS = 7;
const TYPED = 'Head of Research Computing';
const COMMIT = '4f8255a2c763479837f69f1dccf2a3338730cd79';

/** The text field typed into, and whose take-over by React marks "ready". */
const KEYSTONE_FIELD = '#root form.step input[type="text"], #root form.step textarea';
const REFERENCE_FIELD = 'input[name="name"]';

const round = (n, places = 0) => Math.round(n * 10 ** places) / 10 ** places;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the reference's standalone server; resolves once it answers. */
async function serveReference(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, ['server.js'], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/resume-builder`;
  const close = () => child.kill();
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null)
      throw new Error(`the reference server stopped (${child.exitCode})`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { url, close };
    await new Promise((r) => setTimeout(r, 100));
  }
  close();
  throw new Error('the reference server did not answer within 30 s');
}

// Runs in the page before any of its scripts: marks the first frame in which a field matching
// the selector has been taken over by React.
function watchReady(selector) {
  const taken = (el) => Object.keys(el).some((k) => k.startsWith('__reactFiber$'));
  const check = () => {
    if ([...document.querySelectorAll(selector)].some(taken)) window.__ready = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Chromium that cannot resolve any host but 127.0.0.1. */
function isolatedBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

/** A fresh context that notes the requests to other origins: blocked, or (never) answered. */
async function isolated(browser, url, outside) {
  const context = await browser.newContext();
  const own = new URL(url).origin;
  const foreign = (request) =>
    !/^(data|blob):/.test(request.url()) && !request.url().startsWith(own);
  context.on('requestfailed', (r) => foreign(r) && outside.blocked.push(r.url()));
  context.on('requestfinished', (r) => foreign(r) && outside.answered.push(r.url()));
  return context;
}

async function load(browser, url, selector, outside) {
  const context = await isolated(browser, url, outside);
  await context.addInitScript(watchReady, selector);
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request);
  });
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__ready === 'number', null, { timeout: 60_000 });
  const { ready, fcp } = await page.evaluate(() => ({
    ready: window.__ready,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  // The scripts asked for until then (later ones, e.g. Next.js prefetching linked pages, are not).
  const firstScreen = [...scripts];
  const bodies = new Map();
  const failed = [];
  for (const request of firstScreen) {
    const response = await request.response();
    const name = new URL(request.url()).pathname;
    if (!response || !response.ok()) failed.push(name);
    else if (!bodies.has(name)) bodies.set(name, await response.body());
  }
  await context.close();
  let bytes = 0;
  for (const body of bodies.values()) bytes += gzipSync(body, { level: 9 }).length;
  return { ready, fcp, jsKB: round(bytes / 1024, 1), files: bodies.size, failed };
}

async function typing(browser, url, selector, outside) {
  const context = await isolated(browser, url, outside);
  await context.addInitScript(watchReady, selector);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__ready === 'number', null, { timeout: 60_000 });
  const field = page.locator(selector).first();
  await field.click();
  await page.evaluate(watchKeys);
  for (const key of TYPED) {
    const before = await page.evaluate(() => window.__keyTimes.length);
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForFunction((n) => window.__keyTimes.length > n, before);
  }
  const times = await page.evaluate(() => window.__keyTimes);
  const value = await field.inputValue();
  await context.close();
  if (!value.includes(TYPED)) throw new Error(`typed "${TYPED}" but the field reads "${value}"`);
  return round(median(times), 1);
}

const summary = (runs) => ({
  fcp: Math.round(median(runs.map((r) => r.fcp))),
  ready: Math.round(median(runs.map((r) => r.ready))),
  jsKB: runs[0].jsKB,
  files: runs[0].files,
  failed: [...new Set(runs.flatMap((r) => r.failed))],
});

export async function run(ctx) {
  const dir = path.join(ctx.root, '.reference/open-resume/.next/standalone');
  if (!existsSync(path.join(dir, 'server.js'))) {
    return {
      figures: {},
      lines: [
        'No reference build: run scripts/build-reference.sh (OpenResume at a pinned commit, installed from its lockfile) to compare Keystone with it',
      ],
    };
  }
  const reference = await serveReference(dir);
  let browser;
  try {
    browser = await isolatedBrowser();
    const keystoneUrl = await ctx.hostedUrl();
    const outside = {
      keystone: { blocked: [], answered: [] },
      reference: { blocked: [], answered: [] },
    };
    const keystoneRuns = [];
    const referenceRuns = [];
    for (let i = 0; i < RUNS; i += 1) {
      keystoneRuns.push(await load(browser, keystoneUrl, KEYSTONE_FIELD, outside.keystone));
      referenceRuns.push(await load(browser, reference.url, REFERENCE_FIELD, outside.reference));
    }
    const keystone = summary(keystoneRuns);
    const ref = summary(referenceRuns);
    const keystoneKeyMs = await typing(browser, keystoneUrl, KEYSTONE_FIELD, outside.keystone);
    const referenceKeyMs = await typing(browser, reference.url, REFERENCE_FIELD, outside.reference);
    const answered = [...outside.keystone.answered, ...outside.reference.answered];
    if (answered.length > 0) throw new Error(`requests left the machine: ${answered.join(', ')}`);
    const blocked = { keystone: outside.keystone.blocked, reference: outside.reference.blocked };
    const failed = ref.failed.length > 0 ? ` (failed, not counted: ${ref.failed.join(', ')})` : '';
    return {
      figures: {
        keystoneFirstScreenJsGzipKB: keystone.jsKB,
        referenceFirstScreenJsGzipKB: ref.jsKB,
        keystoneFcpMs: keystone.fcp,
        referenceFcpMs: ref.fcp,
        keystoneReadyMs: keystone.ready,
        referenceReadyMs: ref.ready,
        keystoneKeystrokeMs: keystoneKeyMs,
        referenceKeystrokeMs: referenceKeyMs,
        keystoneBlockedRequests: blocked.keystone.length,
        referenceBlockedRequests: blocked.reference.length,
      },
      lines: [
        `Reference: OpenResume ${COMMIT.slice(0, 7)} (/resume-builder, Next.js standalone server); Keystone: hosted build, first step`,
        `JS fetched for the first screen: Keystone ${keystone.jsKB} KB gzip in ${keystone.files} file(s), OpenResume ${ref.jsKB} KB in ${ref.files}${failed}`,
        `First contentful paint: Keystone ${keystone.fcp} ms, OpenResume ${ref.fcp} ms (median of ${RUNS} loads each, in turn)`,
        `Ready to type (the field taken over by React): Keystone ${keystone.ready} ms, OpenResume ${ref.ready} ms`,
        `A keystroke in the form's first text field, keydown to next frame, median of ${TYPED.length}: Keystone ${keystoneKeyMs} ms, OpenResume ${referenceKeyMs} ms`,
        `Requests to other origins blocked: Keystone ${blocked.keystone.length}, OpenResume ${blocked.reference.length}${blocked.reference.length > 0 ? ` (${[...new Set(blocked.reference.map((u) => new URL(u).origin))].join(', ')})` : ''}`,
      ],
    };
  } finally {
    await browser?.close();
    reference.close();
  }
}
