// Time to first render of each build in headless Chromium: from navigation start to the first
// frame after the app has put content into #root, on a fresh profile (a first visit). The
// median of five loads; first contentful paint is printed beside it.
const RUNS = 5;

// Runs in the page before any of its scripts.
function watchRoot() {
  const mark = () =>
    window.requestAnimationFrame(() => (window.__keystoneRendered = performance.now()));
  const observer = new window.MutationObserver(() => {
    const root = document.getElementById('root');
    if (root && root.childElementCount > 0) {
      observer.disconnect();
      mark();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function once(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(watchRoot);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__keystoneRendered === 'number');
  const { rendered, fcp } = await page.evaluate(() => ({
    rendered: window.__keystoneRendered,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await context.close();
  return { rendered, fcp };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(browser, url) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await once(browser, url));
  return {
    rendered: Math.round(median(runs.map((r) => r.rendered))),
    fcp: Math.round(median(runs.map((r) => r.fcp))),
  };
}

export async function run(ctx) {
  const browser = await ctx.browser();
  const hosted = await measure(browser, await ctx.hostedUrl());
  const offline = await measure(browser, ctx.offlineUrl);
  return {
    figures: { firstRenderHostedMs: hosted.rendered, firstRenderOfflineMs: offline.rendered },
    lines: [
      `Hosted build (vite preview): first render ${hosted.rendered} ms, first contentful paint ${hosted.fcp} ms (median of ${RUNS})`,
      `Offline file (file://): first render ${offline.rendered} ms, first contentful paint ${offline.fcp} ms (median of ${RUNS})`,
    ],
  };
}
