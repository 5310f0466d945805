// Time to first render of each build in headless Chromium: from navigation start to the first
// frame after the first screen is complete (content in #root and no "Loading…" left), on a
// fresh profile (a first visit). Both builds carry the first screen in their HTML
// (scripts/first-screen.ts), so that is when it is drawn; the time until React has replaced it
// (the screen can be used) is measured beside it, with its own ratio. The median of nine loads
// of each build, taken in turn, and the offline file's as a ratio to the hosted build's (issue
// 17: within 1.5×, whatever it embeds).
// First contentful paint is printed beside it, with the JavaScript the hosted build fetched to
// show that first screen.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './median.mjs';

const RUNS = 9;

// Runs in the page before any of its scripts.
function watchRoot() {
  const mark = (name) => window.requestAnimationFrame(() => (window[name] = performance.now()));
  const observer = new window.MutationObserver(() => {
    const root = document.getElementById('root');
    if (!root || root.childElementCount === 0 || root.textContent.includes('Loading…')) return;
    if (window.__keystoneRendered === undefined) {
      window.__keystoneRendered = null;
      mark('__keystoneRendered');
    }
    if (!root.querySelector('.first-visit') && root.querySelector('form.step')) {
      observer.disconnect();
      mark('__keystoneLive');
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function once(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(watchRoot);
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(url);
  await page.waitForFunction(
    () =>
      typeof window.__keystoneRendered === 'number' && typeof window.__keystoneLive === 'number',
  );
  const { rendered, live, fcp } = await page.evaluate(() => ({
    rendered: window.__keystoneRendered,
    live: window.__keystoneLive,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await context.close();
  return { rendered, live, fcp, scripts };
}

const summary = (runs) => ({
  rendered: Math.round(median(runs.map((r) => r.rendered))),
  live: Math.round(median(runs.map((r) => r.live))),
  fcp: Math.round(median(runs.map((r) => r.fcp))),
  scripts: runs[0]?.scripts ?? [],
});

/** Loads the two builds in turn, so a change in the machine's load falls on both alike. */
async function measureBoth(browser, hostedUrl, offlineUrl) {
  const hosted = [];
  const offline = [];
  for (let i = 0; i < RUNS; i += 1) {
    hosted.push(await once(browser, hostedUrl));
    offline.push(await once(browser, offlineUrl));
  }
  return { hosted: summary(hosted), offline: summary(offline) };
}

/** Gzip size (KB) of the hosted build's files that the first screen fetched. */
async function gzipKB(root, files) {
  let bytes = 0;
  for (const file of new Set(files)) {
    const buffer = await readFile(path.join(root, 'dist', file)).catch(() => null);
    if (buffer) bytes += gzipSync(buffer, { level: 9 }).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

export async function run(ctx) {
  const browser = await ctx.browser();
  const { hosted, offline } = await measureBoth(browser, await ctx.hostedUrl(), ctx.offlineUrl);
  const ratio = Math.round((offline.rendered / hosted.rendered) * 100) / 100;
  const liveRatio = Math.round((offline.live / hosted.live) * 100) / 100;
  const firstScreenJs = await gzipKB(ctx.root, hosted.scripts);
  return {
    figures: {
      firstRenderHostedMs: hosted.rendered,
      firstRenderOfflineMs: offline.rendered,
      firstScreenJsGzipKB: firstScreenJs,
      offlineToHostedRenderRatio: ratio,
      liveHostedMs: hosted.live,
      liveOfflineMs: offline.live,
      offlineToHostedLiveRatio: liveRatio,
    },
    lines: [
      `Hosted build, JS fetched for the first screen: ${firstScreenJs} KB gzip in ${new Set(hosted.scripts).size} file(s) (the start-up chunks plus the first step's)`,
      `Hosted build (vite preview): first render ${hosted.rendered} ms, first contentful paint ${hosted.fcp} ms (median of ${RUNS})`,
      `Offline file (file://): first render ${offline.rendered} ms, first contentful paint ${offline.fcp} ms (median of ${RUNS})`,
      `Offline first render ÷ hosted, loaded in turn in this run: ${ratio} (goal ≤ 1.5)`,
      `Ready to use (React has replaced the copy in the HTML): hosted ${hosted.live} ms, offline ${offline.live} ms, ratio ${liveRatio}`,
    ],
  };
}
