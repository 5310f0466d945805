/* global localStorage, indexedDB */
// Never lose a draft, in a real browser: close the page mid-edit and reopen it; corrupt the saved
// data and reload; two pages side by side (and "delete everything" in one while the other holds
// drafts); storage full; restore points, undo, backups, hostile files and "delete everything". Screenshots of every notice and dialog go to tests/e2e/out.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assert,
  download,
  expectAccessible,
  fillStorage,
  openPage,
  outDir,
  screenshot,
} from './harness.mjs';

const KEY = 'keystone';
const NAME = /Institution name/;
const PANEL = 'Backups, restore points and this device';

const field = (page) => page.getByRole('textbox', { name: NAME });
const staff = (page) => page.getByLabel(/Technical staff across the institution/);
const CLASH = 'Your drafts were changed in another tab';

/**
 * Lets a test make a page deaf to other tabs' saves, so that its next save races theirs. Runs
 * before the app's scripts, so its listener comes first and can stop the app's.
 */
function deafness() {
  window.addEventListener('storage', (event) => {
    if (window.__deaf) event.stopImmediatePropagation();
  });
}
const deafen = (page) => page.evaluate(() => (window.__deaf = true));
const hear = (page) => page.evaluate(() => (window.__deaf = false));
const saved = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
/** The service worker cannot register from some test servers; nothing else may log an error. */
const realErrors = (errors) =>
  errors.filter((e) => !/ServiceWorker|sw\.js|unsupported MIME type/.test(e));

async function waitForValue(page, value) {
  await page.waitForFunction(
    (v) => [...document.querySelectorAll('input')].some((i) => i.value === v),
    value,
    { timeout: 5000 },
  );
}

/** Two pages of one browser, the second showing what the first typed. */
async function twoPages(browser, hostedUrl, typed) {
  const context = await browser.newContext();
  await context.addInitScript(deafness);
  const a = await openPage(context, hostedUrl);
  const b = await openPage(context, hostedUrl);
  await field(a.page).fill(typed);
  await waitForValue(b.page, typed);
  return { context, a, b };
}

/** "Delete everything on this device", confirmed, in `page`. */
async function deleteEverythingIn(page) {
  await page.getByText(PANEL).click();
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page
    .getByRole('dialog', { name: 'Delete everything on this device?' })
    .getByRole('button', { name: 'Delete everything', exact: true })
    .click();
}

/** Fills this origin's real localStorage quota with other keys, as another app's data would. */
const fillRealStorage = (page) =>
  page.evaluate(() => {
    let count = 0;
    for (const size of [512 * 1024, 16 * 1024, 256, 8, 1]) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) {
          localStorage.setItem(`filler-${count}`, chunk);
          count += 1;
        }
      } catch {
        // Full at this chunk size: try smaller ones.
      }
    }
    window.__emptyStorage = () => {
      for (let i = 0; i < count; i += 1) localStorage.removeItem(`filler-${i}`);
    };
    return count;
  });

/** Seeds or counts imported peer packs in IndexedDB (the database peer-pack-db.ts uses). */
const peerPacks = (page, action) =>
  page.evaluate(
    (action) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('keystone-peer-packs');
        request.onupgradeneeded = () => request.result.createObjectStore('packs');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('packs', 'readwrite');
          if (action === 'seed')
            tx.objectStore('packs').put([{ name: 'Confidential' }], 'pack:e2e');
          const count = tx.objectStore('packs').count();
          tx.oncomplete = () => {
            db.close();
            resolve(count.result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    action,
  );

export const tests = [
  {
    name: 'an edit survives closing the page mid-edit, hosted and offline',
    async run({ browser, hostedUrl, offlineUrl }) {
      for (const url of [hostedUrl, offlineUrl]) {
        const context = await browser.newContext();
        const first = await openPage(context, url);
        await field(first.page).fill('University of Testbridge');
        // No waiting: the save is synchronous, so the tab can go at once.
        await first.page.close({ runBeforeUnload: false });
        const again = await openPage(context, url);
        await field(again.page).waitFor();
        const value = await field(again.page).inputValue();
        assert(value === 'University of Testbridge', `after reopening ${url}: "${value}"`);
        const raw = await saved(again.page);
        assert(
          /^\{"revision":\d+,"writer":"[\w-]+"/.test(raw ?? ''),
          `saved head: ${raw?.slice(0, 60)}`,
        );
        assert(
          realErrors([...first.errors, ...again.errors]).length === 0,
          realErrors(again.errors).join('\n'),
        );
        await context.close();
      }
    },
  },
  {
    name: 'corrupt saved data: the app starts, says what it could not read, keeps it and offers it',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext();
      const { page, errors } = await openPage(context, hostedUrl);
      await field(page).fill('Confidential University');
      const raw = await saved(page);
      const broken = raw.slice(0, raw.length - 40);
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, broken]);
      await page.reload();
      const alert = page.getByRole('alert');
      await alert.getByRole('heading', { name: 'Some saved data could not be read' }).waitFor();
      assert(
        (await alert.innerText()).includes(
          'cut short or damaged. It seems to hold: “Untitled role”',
        ),
        await alert.innerText(),
      );
      await field(page).waitFor();
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('keystone:unreadable:'))
          .map((k) => localStorage.getItem(k)),
      );
      assert(
        kept.length === 1 && kept[0] === broken,
        'the unreadable text is kept aside, byte for byte',
      );
      await expectAccessible(page, 'unreadable-data notice');
      await screenshot(page, 'storage-unreadable');
      const file = await download(page, () =>
        alert.getByRole('button', { name: 'Download the unreadable data' }).click(),
      );
      assert((await readFile(file, 'utf8')) === broken, 'the download is the unreadable text');

      // A newer version's data, and a draft with wrong types, each say so plainly.
      const future = JSON.stringify({ state: { drafts: {} }, version: 99 });
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, future]);
      await page.reload();
      await page.getByText(/newer version of Keystone \(data version 99/).waitFor();
      const good = JSON.parse(raw);
      const id = good.state.order[0];
      good.state.drafts[id].authority.fte = 'full time';
      good.state.drafts.second = { ...good.state.drafts[id], id: 'second', name: 'Readable draft' };
      good.state.drafts.second.authority = { ...good.state.drafts.second.authority, fte: null };
      await page.evaluate(
        ([key, text]) => localStorage.setItem(key, text),
        [KEY, JSON.stringify(good)],
      );
      await page.reload();
      await page.getByText(/could not be read \(authority\.fte/).waitFor();
      assert(realErrors(errors).length === 0, realErrors(errors).join('\n'));
      await context.close();
    },
  },
  {
    name: 'two pages side by side: edits propagate, and a clash gives a clear choice',
    async run({ browser, hostedUrl }) {
      const { context, a, b } = await twoPages(browser, hostedUrl, 'Shared University');
      await b.page
        .getByText('Your drafts were updated with changes saved in another tab.')
        .waitFor();

      // B cannot save (storage full): its edit stays in memory and it says so.
      await fillStorage(b.page);
      await field(b.page).fill('Edited in B');
      await b.page
        .getByRole('heading', { name: 'Your latest changes are not saved on this device' })
        .waitFor();
      await expectAccessible(b.page, 'storage-full notice');
      await screenshot(b.page, 'storage-full');

      // A saves meanwhile: B must not be overwritten silently; it asks.
      await field(a.page).fill('Edited in A');
      await b.page
        .getByRole('heading', { name: 'Your drafts were changed in another tab' })
        .waitFor();
      assert(
        (await field(b.page).inputValue()) === 'Edited in B',
        'B keeps its own edit until asked',
      );
      await expectAccessible(b.page, 'other-tab choice');
      await screenshot(b.page, 'storage-conflict');

      await b.page.evaluate(() => window.__emptyStorage());
      await b.page.getByRole('button', { name: 'Keep this tab’s changes' }).click();
      await waitForValue(a.page, 'Edited in B');
      // A's version was not lost: it is a restore point.
      await a.page.getByText(PANEL).click();
      await a.page
        .getByText('Automatic, another tab’s version you chose not to keep')
        .first()
        .waitFor();
      await a.page.getByRole('combobox', { name: 'Earlier version' }).waitFor();
      const table = await a.page.getByRole('table').innerText();
      assert(table.includes('Edited in A') && table.includes('Edited in B'), table);
      await context.close();
    },
  },
  {
    name: 'storage really full: told, edit kept in memory, download offered, leave warned, then saved',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext();
      const { page, errors } = await openPage(context, hostedUrl);
      await field(page).fill('Saved before the disk filled');
      const filler = await fillRealStorage(page);
      assert(filler > 0, 'filled the browser’s real quota');
      await field(page).fill('Typed while full, a much longer name than the one saved before');
      const alert = page.getByRole('alert');
      await alert
        .getByRole('heading', { name: 'Your latest changes are not saved on this device' })
        .waitFor();
      await page.getByText(/Not saved on this device/).waitFor();
      assert(
        (await saved(page)).includes('Saved before the disk filled'),
        'the last save is whole',
      );
      const copy = await download(page, () =>
        alert.getByRole('button', { name: 'Download all drafts' }).click(),
      );
      assert(
        (await readFile(copy, 'utf8')).includes('Typed while full'),
        'the download has the edit',
      );

      // Leaving now would lose the edit: the browser asks first, and the person can stay.
      const dialog = page.waitForEvent('dialog');
      await page.close({ runBeforeUnload: true });
      const shown = await dialog;
      assert(shown.type() === 'beforeunload', `dialog type ${shown.type()}`);
      await shown.dismiss();
      assert(!page.isClosed(), 'the page stays open when the person chooses to stay');

      await page.evaluate(() => window.__emptyStorage());
      await alert.getByRole('button', { name: 'Try saving again' }).click();
      await page.getByRole('alert').waitFor({ state: 'detached' });
      assert((await saved(page)).includes('Typed while full, a much'), 'saved once there is room');
      assert(realErrors(errors).length === 0, realErrors(errors).join('\n'));
      await context.close();
    },
  },
  {
    name: 'restore points, compare, undo and redo, backups, hostile files and delete everything',
    async run({ browser, hostedUrl }) {
      const context = await browser.newContext();
      const { page, errors } = await openPage(context, hostedUrl);
      await field(page).fill('Version one');
      await page.getByText(PANEL).click();
      await page.getByLabel(/Name for a restore point/).fill('Agreed with HR');
      await page.getByRole('button', { name: 'Save restore point' }).click();
      await page.getByText('Saved restore point “Agreed with HR”.').waitFor();
      await field(page).fill('Version two');
      const table = page.getByRole('table', { name: /difference/ });
      await table.getByRole('rowheader', { name: 'Institution: Institution name' }).waitFor();
      await expectAccessible(page, 'restore points panel');
      await screenshot(page, 'storage-restore-points');
      await page.getByRole('button', { name: /Restore “Agreed with HR”/ }).click();
      await waitForValue(page, 'Version one');
      await page.getByRole('button', { name: 'Undo' }).click();
      await waitForValue(page, 'Version two');
      await page.getByRole('button', { name: 'Redo' }).click();
      await waitForValue(page, 'Version one');

      const backup = await download(page, () =>
        page.getByRole('button', { name: 'Download all drafts' }).click(),
      );
      const text = await readFile(backup, 'utf8');
      assert(
        JSON.parse(text).type === 'keystone-backup' && text.includes('Version one'),
        'backup file',
      );

      // Hostile files: a clear error and nothing changed.
      const input = page.getByLabel('Restore from a backup file');
      const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
      const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le');
      const huge = path.join(outDir, 'storage-huge.json');
      await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
      const hostile = [
        [{ name: 'utf16.json', mimeType: 'application/json', buffer: utf16 }, /not UTF-8 text/],
        [huge, /too large \(50\.0 MB/],
        [
          {
            name: 'proto.json',
            mimeType: 'application/json',
            buffer: Buffer.from(text.replace('{', '{"__proto__":{"admin":true},')),
          },
          /name “__proto__”/,
        ],
        [
          {
            name: 'deep.json',
            mimeType: 'application/json',
            buffer: Buffer.from('['.repeat(10000) + ']'.repeat(10000)),
          },
          /nested more than/,
        ],
        [
          {
            name: 'nul.json',
            mimeType: 'application/json',
            buffer: Buffer.from(text.replace('Version one', 'Version\\u0000one')),
          },
          /control character \(U\+0000\)/,
        ],
      ];
      for (const [file, message] of hostile) {
        await input.setInputFiles(file);
        const alert = page.getByRole('alert').filter({ hasText: 'The backup was not restored.' });
        await alert.filter({ hasText: message }).waitFor();
        assert(
          (await alert.innerText()).includes('Nothing on this device was changed.'),
          'says nothing changed',
        );
      }
      await rm(huge, { force: true });
      await screenshot(page, 'storage-backup-refused');
      const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
      assert(after === before, 'hostile files changed nothing');
      assert(await page.evaluate(() => ({}).admin === undefined), 'no prototype pollution');

      assert((await peerPacks(page, 'seed')) === 1, 'a peer pack is stored');
      await page.getByRole('button', { name: 'Delete everything on this device' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete everything on this device?' });
      await dialog.waitFor();
      await expectAccessible(page, 'delete-everything dialog');
      await screenshot(page, 'storage-delete-dialog');
      // Keyboard: Escape cancels and returns focus to the button that opened the dialog.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      const focused = await page.evaluate(() => document.activeElement?.textContent);
      assert(focused === 'Delete everything on this device', `focus after Escape: ${focused}`);
      assert((await saved(page)).includes('Version one'), 'Escape deleted nothing');
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Delete everything', exact: true }).click();
      await page.getByText('Everything Keystone kept on this device has been deleted.').waitFor();
      const left = await page.evaluate(() => JSON.stringify({ ...localStorage }));
      assert(
        !left.includes('Version one') && !left.includes('Agreed with HR'),
        `left: ${left.slice(0, 200)}`,
      );
      let packsLeft = -1;
      for (let i = 0; i < 20 && packsLeft !== 0; i += 1) packsLeft = await peerPacks(page, 'count');
      assert(packsLeft === 0, `peer packs left in IndexedDB: ${packsLeft}`);
      await screenshot(page, 'storage-deleted');

      await page.getByText(PANEL).click();
      await page.getByLabel('Restore from a backup file').setInputFiles(backup);
      await page.getByText(/^Restored 1 draft: 1 added, 0 replaced\./).waitFor();
      assert((await saved(page)).includes('Version one'), 'the backup is restored and saved');

      // Script in a text field stays text: on screen, in the restore-point list and the compare table.
      const script = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
      const hostileBackup = text.replaceAll('Version one', script.replaceAll('"', '\\"'));
      await page.getByLabel('Restore from a backup file').setInputFiles({
        name: 'script.json',
        mimeType: 'application/json',
        buffer: Buffer.from(hostileBackup),
      });
      await page.getByText(/^Restored 1 draft: 0 added, 1 replaced\./).waitFor();
      const injected = await page.evaluate(() => ({
        xss: window.__xss ?? null,
        img: document.querySelectorAll('img[src="x"]').length,
      }));
      assert(
        injected.xss === null && injected.img === 0,
        `script ran: ${JSON.stringify(injected)}`,
      );
      assert(realErrors(errors).length === 0, realErrors(errors).join('\n'));
      await context.close();
    },
  },
  {
    name: 'two tabs on one draft: edits to different fields are both kept, the same field asks',
    async run({ browser, hostedUrl }) {
      const { context, a, b } = await twoPages(browser, hostedUrl, 'Shared University');
      // B does not hear of A's save before it saves its own: a true lost-update race.
      await deafen(b.page);
      await field(a.page).fill('Edited in A');
      await staff(b.page).fill('120');
      await hear(b.page);
      await waitForValue(a.page, '120');
      await waitForValue(b.page, 'Edited in A');
      for (const { page } of [a, b]) {
        const shown = [await field(page).inputValue(), await staff(page).inputValue()];
        assert(shown.join('|') === 'Edited in A|120', `a tab shows ${shown.join(' | ')}`);
        assert(
          (await page.getByRole('heading', { name: CLASH }).count()) === 0,
          'no question asked when nothing clashes',
        );
      }
      const stored = await saved(a.page);
      assert(
        stored.includes('Edited in A') && stored.includes('"technicalCommunitySize":120'),
        stored.slice(0, 200),
      );
      await screenshot(a.page, 'two-tabs-merged');

      // Both type into the same field: neither is dropped, B asks which to keep.
      await deafen(b.page);
      await field(a.page).fill('Typed in A');
      await field(b.page).fill('Typed in B');
      await b.page.getByRole('heading', { name: CLASH }).waitFor();
      assert((await field(b.page).inputValue()) === 'Typed in B', 'B keeps its typing until asked');
      await b.page.getByRole('button', { name: 'Keep this tab’s changes' }).click();
      await hear(b.page);
      await waitForValue(a.page, 'Typed in B');
      await a.page.getByText(PANEL).click();
      await a.page
        .getByText('Automatic, another tab’s version you chose not to keep')
        .first()
        .waitFor();
      assert(realErrors([...a.errors, ...b.errors]).length === 0, realErrors(b.errors).join('\n'));
      await context.close();
    },
  },
  {
    name: 'switching drafts in one tab while the other types: no key is dropped',
    async run({ browser, hostedUrl }) {
      const { context, a, b } = await twoPages(browser, hostedUrl, 'Shared University');
      const typed = ' of the North, with a long name typed key by key';
      await field(b.page).focus();
      await b.page.keyboard.press('End');
      const typing = field(b.page).pressSequentially(typed, { delay: 15 });
      // Meanwhile A starts a second draft (switching to it) and names its institution.
      await a.page.getByRole('button', { name: 'Switch or manage drafts' }).click();
      await a.page.getByRole('button', { name: 'New blank draft' }).click();
      await field(a.page).waitFor();
      await field(a.page).fill('Second draft University');
      await typing;
      const expected = `Shared University${typed}`;
      const shown = await field(b.page).inputValue();
      assert(shown === expected, `B shows "${shown}"`);
      await waitForValue(a.page, 'Second draft University');
      const state = JSON.parse(await saved(b.page)).state;
      const names = state.order.map((id) => state.drafts[id].context.institutionName);
      assert(
        names.join('|') === `${expected}|Second draft University`,
        `saved: ${names.join(' | ')}`,
      );
      await b.page.reload();
      await field(b.page).waitFor();
      const again = await field(b.page).inputValue();
      assert([expected, 'Second draft University'].includes(again), `after reload: "${again}"`);
      assert((await b.page.getByRole('heading', { name: CLASH }).count()) === 0, 'no clash');
      assert(realErrors([...a.errors, ...b.errors]).length === 0, realErrors(b.errors).join('\n'));
      await context.close();
    },
  },
  {
    name: 'delete everything in one tab: the other keeps its typed text and asks',
    async run({ browser, hostedUrl }) {
      const { context, a, b } = await twoPages(browser, hostedUrl, 'Shared University');
      await field(b.page).fill('Typed in B after A last looked');

      await deleteEverythingIn(a.page);

      const notice = b.page.getByRole('alert').filter({
        has: b.page.getByRole('heading', { name: 'Everything was deleted in another tab' }),
      });
      await notice.waitFor();
      const kept = await field(b.page).inputValue();
      assert(kept === 'Typed in B after A last looked', `B shows "${kept}"`);
      await expectAccessible(b.page, 'deleted-in-another-tab notice');
      await screenshot(b.page, 'two-tabs-deleted-elsewhere');

      await notice.getByRole('button', { name: 'Keep this tab’s drafts' }).click();
      await notice.waitFor({ state: 'detached' });
      await waitForValue(a.page, 'Typed in B after A last looked');
      const stored = await b.page.evaluate(() => localStorage.getItem('keystone') ?? '');
      assert(stored.includes('Typed in B after A last looked'), 'B’s drafts are saved again');
      assert(realErrors(a.errors).length === 0, realErrors(a.errors).join('\n'));
      assert(realErrors(b.errors).length === 0, realErrors(b.errors).join('\n'));
      await context.close();
    },
  },
  {
    name: 'delete everything in one tab: the other can let its drafts go too',
    async run({ browser, hostedUrl }) {
      const { context, a, b } = await twoPages(browser, hostedUrl, 'Hot desk University');
      await deleteEverythingIn(a.page);
      await b.page.getByRole('button', { name: 'Delete them here too' }).click();
      await b.page.getByRole('heading', { name: 'Everything was deleted in another tab' }).waitFor({
        state: 'detached',
      });
      const left = await b.page.evaluate(() => JSON.stringify({ ...localStorage }));
      assert(!left.includes('Hot desk University'), `left on the device: ${left.slice(0, 200)}`);
      await context.close();
    },
  },
];
