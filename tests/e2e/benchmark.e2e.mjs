// Peer benchmarking as a user meets it (issue 4): open the benchmark view, read the comparison
// with the illustrative peers, import a peer pack from a file, see the peer set grow and the
// figures change, narrow the peer set, have a broken file refused with the row named, keep the
// pack across a reload, remove it; axe on the screen, and screenshots to look at.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runnerImport } from 'vite';
import { assert, expectAccessible, openPage, outDir, root, screenshot } from './harness.mjs';

const load = async (file) =>
  (await runnerImport(path.join(root, file), { root, logLevel: 'silent', configFile: false }))
    .module;

/** A network's pack: 120 profiles varied from the shipped ones, written as a file. */
async function packFile() {
  const { SHIPPED_PEERS } = await load('src/domain/peers/shipped-peers.ts');
  const grades = ['grade-8', 'grade-9', 'grade-10', 'above-spine'];
  const profiles = Array.from({ length: 120 }, (_, i) => {
    const base = JSON.parse(JSON.stringify(SHIPPED_PEERS[i % SHIPPED_PEERS.length].profile));
    return {
      ...base,
      id: `network-${i + 1}`,
      name: `Network role ${i + 1}`,
      authority: { ...base.authority, gradeBand: grades[i % grades.length] },
    };
  });
  const pack = {
    type: 'keystone/peer-pack',
    version: 1,
    name: 'Northern technical network',
    source: 'Northern regional technical managers network (test data)',
    createdAt: '2026-11-01T00:00:00.000Z',
    illustrative: false,
    profiles,
  };
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, 'benchmark-pack.json');
  await writeFile(file, JSON.stringify(pack));
  const broken = path.join(outDir, 'benchmark-broken.csv');
  await writeFile(
    broken,
    'institution_type,nation,grade_band\nspecialist,wales,grade-9\nbroad-based,atlantis,grade-8\n',
  );
  return { file, broken };
}

const peerSet = (page) => page.getByText(/^(All peers|Peers .*): [\d,]+ peers?/).textContent();

export const tests = [
  {
    name: 'imports a peer pack and reads the comparison as a user would',
    async run({ browser, hostedUrl }) {
      const { file, broken } = await packFile();
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, errors, foreign } = await openPage(context, hostedUrl);
      await page.getByRole('heading', { level: 2, name: 'Institution context' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Steps' })
        .getByRole('button', { name: 'Benchmark' })
        .click();
      await page.getByRole('heading', { level: 2, name: 'Benchmark against peers' }).waitFor();

      const before = await peerSet(page);
      assert(/All peers: 32 peers \(32 illustrative\)/.test(before), `peer set: ${before}`);
      assert(
        await page.getByText('Illustrative', { exact: true }).first().isVisible(),
        'no Illustrative label',
      );
      await page
        .getByRole('table', { name: /Clause scores: this role and the peer median/ })
        .waitFor();
      const insight = await page.locator('.bench-insights li').first().textContent();
      assert(insight && insight.length > 10, `no insight: ${insight}`);
      await expectAccessible(page, 'benchmark view (illustrative peers)');

      await page.getByLabel('Peer pack file (JSON or CSV)').setInputFiles(file);
      await page.getByRole('button', { name: 'Import peer pack' }).click();
      await page.getByText('Imported “Northern technical network”: 120 profiles.').waitFor();
      const after = await peerSet(page);
      assert(
        /All peers: 152 peers \(32 illustrative, 120 imported\)/.test(after),
        `after import: ${after}`,
      );
      const row = await page.getByRole('row', { name: /Northern technical network/ }).textContent();
      assert(row.includes('Northern regional technical managers network'), `pack row: ${row}`);

      // Narrow the peer set: the choice is kept with the draft.
      await page.getByText('Choose the peer set').click();
      await page.getByRole('checkbox', { name: 'Scotland' }).check();
      const scottish = await peerSet(page);
      assert(/^Peers in Scotland: \d+ peers/.test(scottish), `filtered: ${scottish}`);
      const grade = await page
        .getByRole('table', { name: 'Position among peers on each dimension' })
        .getByRole('row', { name: /Grade/ })
        .first()
        .textContent();
      assert(/Not answered/.test(grade), `grade row of an empty draft: ${grade}`);
      await expectAccessible(page, 'benchmark view (imported pack, filtered)');
      await screenshot(page, 'benchmark-imported');

      // A broken file is refused whole and names the row.
      await page.getByLabel('Peer pack file (JSON or CSV)').setInputFiles(broken);
      await page.getByRole('button', { name: 'Import peer pack' }).click();
      const alert = await page
        .getByRole('alert')
        .filter({ hasText: 'was not imported' })
        .textContent();
      assert(/Row 3: column nation should be one of/.test(alert), `alert: ${alert}`);
      assert(
        (await page.getByRole('row', { name: /benchmark-broken/ }).count()) === 0,
        'broken pack listed',
      );
      await screenshot(page, 'benchmark-refused');

      // The pack and the filter survive a reload; then the pack is removed.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Benchmark against peers' }).waitFor();
      await page.getByRole('row', { name: /Northern technical network/ }).waitFor();
      await page.getByText(/in Scotland: \d+ peers \(\d+ illustrative, \d+ imported\)/).waitFor();
      await page.getByRole('button', { name: 'Remove pack Northern technical network' }).click();
      await page
        .getByText('Removed “Northern technical network”. Your drafts are unchanged.')
        .waitFor();
      const removed = await peerSet(page);
      assert(!/imported/.test(removed), `after removal: ${removed}`);

      assert(foreign().length === 0, `requests to other origins: ${foreign().join(', ')}`);
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
  {
    name: 'the offline single file shows the benchmark with its illustrative peers',
    async run({ browser, offlineUrl }) {
      const context = await browser.newContext();
      const { page, errors } = await openPage(context, offlineUrl);
      await page.getByRole('heading', { level: 2, name: 'Institution context' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Steps' })
        .getByRole('button', { name: 'Benchmark' })
        .click();
      await page.getByRole('heading', { level: 2, name: 'Benchmark against peers' }).waitFor();
      const set = await peerSet(page);
      assert(/All peers: 32 peers/.test(set), `offline peer set: ${set}`);
      assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
      await context.close();
    },
  },
];
