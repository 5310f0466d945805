// The guided wizard, as a new user would take it: keyboard only, from a blank draft to a
// complete scored draft, with a screenshot and an axe-core check of every step, then a reload
// that must lose nothing.
import {
  assert,
  expectAccessible,
  expectFocusOnHeading,
  openPage,
  screenshot,
  tabTo,
} from './harness.mjs';

const press = async (page, key, times = 1) => {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
};

/** Waits for the step heading and checks that focus landed on it. */
async function onStep(page, name) {
  await page.getByRole('heading', { level: 2, name }).waitFor();
  await expectFocusOnHeading(page, name);
}

async function check(page, name) {
  await expectAccessible(page, name);
  await screenshot(page, `wizard-${name}`);
}

/** Like tabTo, backwards: Shift+Tab until the focused control's name includes `name`. */
async function shiftTabTo(page, name, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Shift+Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      return (
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.textContent ??
        ''
      );
    });
    if (label.includes(name)) return;
  }
  throw new Error(`Could not reach "${name}" with Shift+Tab in ${max} presses`);
}

async function submitStep(page) {
  await tabTo(page, 'button', 'Next');
  await press(page, 'Enter');
}

export const tests = [
  {
    name: 'keyboard only: a blank draft becomes a complete scored draft, and a reload loses nothing',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, errors, foreign } = await openPage(context, hostedUrl);
      await page.getByRole('heading', { level: 2, name: 'Institution context' }).waitFor();
      await check(page, '1-context-blank');

      // Next on a blank step: errors next to the fields, nothing moves on.
      await submitStep(page);
      await page.getByRole('alert').first().waitFor();
      const alerts = await page.getByRole('alert').allTextContents();
      assert(
        alerts.some((a) => a.includes('Enter the name of the institution')),
        alerts.join(),
      );
      const invalid = await page.getByLabel('Institution name').getAttribute('aria-invalid');
      assert(invalid === 'true', 'the institution name is not marked invalid');
      await check(page, '1-context-errors');

      // Step 1: focus went to the first invalid field.
      await page.keyboard.type('University of Northbridge');
      await press(page, 'Tab');
      await press(page, 'ArrowDown'); // England
      await tabTo(page, 'radio', 'Research-intensive');
      await press(page, 'Space');
      await tabTo(page, 'textbox', 'Technical staff across the institution');
      await page.keyboard.type('850');
      await tabTo(page, 'radio', 'Not sure');
      await press(page, 'ArrowUp', 2); // Yes
      await check(page, '1-context-answered');
      await submitStep(page);

      // Step 2: remit.
      await onStep(page, 'Remit');
      await tabTo(page, 'radio', 'An institution’s strategic technical leader');
      await press(page, 'Space');
      await tabTo(page, 'radio', 'Named facilities or services');
      await press(page, 'ArrowDown', 3); // Institution-wide
      for (const area of ['Research facilities', 'Teaching laboratories', 'Workshops', 'Digital']) {
        await tabTo(page, 'checkbox', area);
        await press(page, 'Space');
      }
      await tabTo(page, 'textbox', 'Technical staff in the remit');
      await page.keyboard.type('600');
      for (const external of [
        'Sector and regional',
        'UK Institute',
        'Technician Commitment (n',
        'Professional bodies',
        'Policymakers',
      ]) {
        await tabTo(page, 'checkbox', external);
        await press(page, 'Space');
      }
      await check(page, '2-remit');
      await submitStep(page);

      // Step 3: seniority and authority.
      await onStep(page, 'Seniority and authority');
      await tabTo(page, 'textbox', 'Job title');
      await page.keyboard.type('Director of Technical Strategy');
      await tabTo(page, 'combobox', 'Grade');
      await press(page, 'ArrowDown', 6); // Above the spine
      await tabTo(page, 'textbox', 'Full-time equivalent');
      await page.keyboard.type('1');
      await tabTo(page, 'combobox', 'Reports to');
      await press(page, 'ArrowDown'); // Vice-Chancellor
      for (const seat of [
        'University executive board',
        'Research committee',
        'Education committee',
        'Estates',
        'People committee',
        'Equality',
      ]) {
        await tabTo(page, 'checkbox', seat);
        await press(page, 'Space');
      }
      await tabTo(page, 'radio', 'No budget');
      await press(page, 'ArrowDown', 3); // Owns the technical budget
      await tabTo(page, 'textbox', 'Annual budget');
      await page.keyboard.type('4,500,000');
      for (const right of [
        'Approve technical recruitment',
        'Approve technical grading',
        'Approve equipment',
        'Own the technical workforce',
        'Hold the technical training',
      ]) {
        await tabTo(page, 'checkbox', right);
        await press(page, 'Space');
      }
      await check(page, '3-authority');
      await submitStep(page);

      // Step 4: responsibilities from the catalogue, one of our own, and a reorder.
      await onStep(page, 'Responsibilities');
      await tabTo(page, 'search', 'Search the catalogue');
      await page.keyboard.type('strategy');
      for (let i = 0; i < 4; i += 1) {
        await tabTo(page, 'button', 'Add:');
        await press(page, 'Enter');
      }
      await shiftTabTo(page, 'Search the catalogue');
      await press(page, 'Control+A');
      await page.keyboard.type('apprentice');
      await tabTo(page, 'button', 'Add:');
      await press(page, 'Enter');
      await tabTo(page, 'button', 'Write your own responsibility', 200);
      await press(page, 'Enter');
      await page.keyboard.type(
        'Chair the technicians’ forum and report its views to the executive board each term.',
      );
      await tabTo(page, 'checkbox', 'Advocates for technicians');
      await press(page, 'Space');
      // Move the first responsibility down one place, by keyboard.
      await shiftTabTo(page, 'Move down: responsibility 1', 200);
      const firstText = await page.getByLabel('Responsibility 1', { exact: true }).inputValue();
      await press(page, 'Enter');
      const secondText = await page.getByLabel('Responsibility 2', { exact: true }).inputValue();
      assert(firstText === secondText, 'Move down did not move the responsibility');
      const count = await page.locator('.responsibility').count();
      assert(count === 6, `expected 6 responsibilities, found ${count}`);
      await check(page, '4-responsibilities');
      await submitStep(page);

      // Step 5: person specification from the suggestions.
      await onStep(page, 'Person specification');
      for (let i = 0; i < 3; i += 1) {
        await tabTo(page, 'button', 'Add:');
        await press(page, 'Enter');
      }
      await check(page, '5-person-spec');
      await submitStep(page);

      // Step 6: the review.
      await onStep(page, 'Review');
      const verdict = await page
        .getByRole('heading', { level: 3, name: /out of 100/ })
        .textContent();
      assert(/\d+ out of 100/.test(verdict ?? ''), `no overall score: ${verdict}`);
      const marks = await page.getByRole('navigation', { name: 'Steps' }).textContent();
      assert(!marks.includes('not complete'), `steps not complete: ${marks}`);
      await check(page, '6-review');

      // Reload: the same draft, the same step, the same answers.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Review' }).waitFor();
      const after = await page.getByRole('heading', { level: 3, name: /out of 100/ }).textContent();
      assert(after === verdict, `the score changed on reload: ${verdict} → ${after}`);
      await tabTo(page, 'button', 'Seniority and authority');
      await press(page, 'Enter');
      await onStep(page, 'Seniority and authority');
      const title = await page.getByLabel('Job title').inputValue();
      assert(title === 'Director of Technical Strategy', `title after reload: ${title}`);

      assert(foreign().length === 0, `requests to other origins: ${foreign().join(', ')}`);
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
  {
    name: 'at 360 px wide the side panels fold under the step, and it stays accessible',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
      const { page } = await openPage(context, hostedUrl);
      await page.getByRole('heading', { level: 2, name: 'Institution context' }).waitFor();
      await page.getByRole('heading', { name: 'Alignment with the definition' }).waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= 360, `the page scrolls sideways at 360 px (${width} px wide)`);
      const main = await page.locator('main').boundingBox();
      const nav = await page.getByRole('navigation', { name: 'Steps' }).boundingBox();
      assert(main && nav && nav.y > main.y, 'the step list is not folded under the step');
      await expectAccessible(page, 'narrow screen');
      await screenshot(page, 'wizard-narrow-360');

      // The drafts dialog, then a full draft's review, the widest screen, at the same width.
      await page.getByRole('button', { name: 'Switch or manage drafts' }).click();
      await page.getByRole('button', { name: 'Start from this template' }).waitFor();
      await expectAccessible(page, 'drafts dialog at 360 px');
      await screenshot(page, 'wizard-narrow-drafts');
      await page.getByRole('button', { name: 'Start from this template' }).click();
      await page.getByRole('button', { name: /^Review/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Review' }).waitFor();
      const reviewWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(reviewWidth <= 360, `the review scrolls sideways at 360 px (${reviewWidth} px)`);
      await expectAccessible(page, 'review at 360 px');
      await screenshot(page, 'wizard-narrow-review');
      await context.close();
    },
  },
  {
    name: 'mouse users reorder responsibilities by dragging, and Undo puts the order back',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 2000 } });
      const { page, errors } = await openPage(context, hostedUrl);
      await page.getByRole('heading', { level: 2, name: 'Institution context' }).waitFor();
      await page.getByRole('button', { name: 'Switch or manage drafts' }).click();
      await page.getByRole('button', { name: 'Start from this template' }).click();
      await page.getByRole('button', { name: /^Responsibilities/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Responsibilities' }).waitFor();
      const order = () =>
        page.locator('.responsibility > textarea').evaluateAll((els) => els.map((e) => e.value));
      const before = await order();

      // Note: HTML drag and drop needs real intermediate mouse moves to start in Chromium.
      const handle = await page.locator('.drag-handle').first().boundingBox();
      const target = await page.locator('.responsibility').nth(2).boundingBox();
      await page.mouse.move(handle.x + 8, handle.y + 8);
      await page.mouse.down();
      await page.mouse.move(handle.x + 20, handle.y + 20, { steps: 5 });
      await page.mouse.move(target.x + 60, target.y + 30, { steps: 10 });
      await page.mouse.up();
      const dragged = await order();
      assert(
        dragged[2] === before[0],
        `the first responsibility was not dropped third: ${dragged}`,
      );
      await screenshot(page, 'wizard-4-dragged');

      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await page.waitForFunction(
        (first) => document.querySelector('.responsibility textarea')?.value === first,
        before[0],
      );
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
];
