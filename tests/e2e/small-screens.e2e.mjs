/* global SVGElement */
// Issue 13, part 5 and 6: at 320 and 360 px no view scrolls sideways (the backups panel open
// included), the steps are reachable from the top of every view, chart text is at least 12 px,
// and with text-only zoom at 200 % (the root font size doubled) the view keeps a usable column
// at 1280 px. In forced colours on a dark palette the chart text, the key's swatches and the
// current step stay visible, and the page title names every view. Run against the hosted build, with a sample draft so every view has content.
import path from 'node:path';
import { runnerImport } from 'vite';
import { assert, goToStep, openPage, root, screenshot } from './harness.mjs';

/** Every view the shell can show, from the one list the app derives its steps from. */
const VIEWS = (
  await runnerImport(path.join(root, 'src/store/views.ts'), {
    root,
    logLevel: 'silent',
    configFile: false,
  })
).module.VIEWS.map((v) => v.label);

/** Starts a draft from the first template on offer, so the views have figures and charts. */
async function withSampleDraft(page) {
  await page.getByRole('heading', { level: 2, name: 'Institution context' }).waitFor();
  await page.getByRole('button', { name: 'Switch or manage drafts' }).click();
  await page.getByRole('button', { name: 'Start from this template' }).first().click();
  await page
    .locator('dialog[open]')
    .waitFor({ state: 'detached' })
    .catch(() => {});
}

async function goTo(page, view) {
  await goToStep(page, view);
  await page.getByRole('heading', { level: 2, name: view }).first().waitFor();
  // Lazy parts of a view (charts, tables) settle before measuring.
  await page.waitForTimeout(300);
}

const sideways = (page) =>
  page.evaluate(() => {
    const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (wide <= 0) return null;
    const limit = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return `${wide} px too wide: ${culprits.join(', ')}`;
  });

/** The smallest chart text on the page (labels, values, any SVG text), in CSS pixels as drawn. */
const smallestChartText = (page) =>
  page.evaluate(() => {
    let least = Infinity;
    const texts = [...document.querySelectorAll('figure [role="img"] *, figure svg text')].filter(
      (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== ''),
    );
    for (const el of texts) {
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      const scale = svg?.getScreenCTM()?.a ?? 1;
      const size = parseFloat(window.getComputedStyle(el).fontSize) * scale;
      if (el.getBoundingClientRect().width > 0) least = Math.min(least, size);
    }
    return least;
  });

export const tests = [
  {
    name: 'at 320 and 360 px no view scrolls sideways, the steps are reached from the top, chart text ≥ 12 px',
    async run({ browser, hostedUrl }) {
      for (const width of [320, 360]) {
        const context = await browser.newContext({ viewport: { width, height: 740 } });
        const { page } = await openPage(context, hostedUrl);
        await withSampleDraft(page);
        for (const view of VIEWS) {
          await goTo(page, view);
          const wide = await sideways(page);
          assert(wide === null, `${view} at ${width} px: ${wide}`);
          const least = await smallestChartText(page);
          assert(least >= 12, `${view} at ${width} px: chart text ${least.toFixed(1)} px high`);
          // The steps from the top: the first link in the view goes to the step list.
          const link = page.getByRole('link', { name: /^Steps/ });
          const box = await link.boundingBox();
          const scrollTop = await page.evaluate(() => window.scrollY);
          assert(
            box && box.y + scrollTop < 400,
            `${view} at ${width} px: no Steps link at the top`,
          );
          if (width === 360) await screenshot(page, `small-${width}-${view.replace(/\W+/g, '-')}`);
        }
        await page.getByRole('link', { name: /^Steps/ }).click();
        await page.waitForFunction(() => document.activeElement?.id === 'steps');

        await page.getByText('Backups, restore points and this device').click();
        await page.getByRole('button', { name: 'Save restore point' }).waitFor();
        const wide = await sideways(page);
        assert(wide === null, `backups panel at ${width} px: ${wide}`);
        if (width === 320) await screenshot(page, 'small-320-backups');
        await context.close();
      }
    },
  },
  {
    name: 'text-only zoom at 200 % at 1280 px keeps the view a usable column',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page } = await openPage(context, hostedUrl);
      await withSampleDraft(page);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      for (const view of ['Seniority and authority', 'Review', 'Benchmark']) {
        await goTo(page, view);
        const main = await page.locator('#main').boundingBox();
        assert(main && main.width >= 600, `${view}: the main column is ${main?.width} px wide`);
        const wide = await sideways(page);
        assert(wide === null, `${view} at 200 %: ${wide}`);
      }
      await screenshot(page, 'zoom-200-benchmark');
      await context.close();
    },
  },
  {
    name: 'forced colours on a dark palette keep chart text, key swatches and the current step; the title names each view',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page } = await openPage(context, hostedUrl);
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      assert(
        await page.evaluate(() => window.matchMedia('(forced-colors: active)').matches),
        'forced colours are not active',
      );
      await withSampleDraft(page);
      for (const view of VIEWS) {
        await goTo(page, view);
        const title = await page.title();
        assert(/^.+: .+ – Keystone$/.test(title) && title.startsWith(`${view}: `), title);
      }

      await goTo(page, 'Benchmark');
      // Each pair: a thing drawn and what it is drawn on must differ by at least 3:1 (4.5:1 for
      // text), in the colours the browser really paints.
      const seen = await page.evaluate(() => {
        const rgb = (c) => (c.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
        const lum = (c) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a, b) => {
          const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
          return (x + 0.05) / (y + 0.05);
        };
        const page = window.getComputedStyle(document.body).backgroundColor;
        const style = (selector) => {
          const el = document.querySelector(selector);
          return el ? window.getComputedStyle(el) : null;
        };
        const label = style('.bench-chart-label');
        const bar = style('.bench-key-bar');
        const box = style('.bench-key-box');
        const dot = style('.bench-dot');
        const step = style('.step-link[aria-current]');
        return {
          page,
          label: label && ratio(label.color, page),
          value: ratio(style('.bench-chart-value').color, page),
          barKey: bar && ratio(bar.backgroundColor, page),
          boxKey: box && ratio(box.borderTopColor, page),
          dot: dot && ratio(dot.fill, page),
          stepOutline: step && step.outlineStyle !== 'none' && ratio(step.outlineColor, page),
          stepBorder:
            step && parseFloat(step.borderLeftWidth) >= 3 && ratio(step.borderLeftColor, page),
        };
      });
      assert(seen.label >= 4.5 && seen.value >= 4.5, `chart text: ${JSON.stringify(seen)}`);
      assert(seen.barKey >= 3 && seen.boxKey >= 3 && seen.dot >= 3, `key: ${JSON.stringify(seen)}`);
      assert(seen.stepOutline >= 3 && seen.stepBorder >= 3, `step: ${JSON.stringify(seen)}`);
      await screenshot(page, 'forced-colours-dark-benchmark');
      await context.close();
    },
  },
];
