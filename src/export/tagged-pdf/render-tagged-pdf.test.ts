import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRoleDocument } from '../build-role-document';
import { fullDraft, SAMPLE_NOW } from '../sample-drafts';
import { renderTaggedPdf } from './render-tagged-pdf';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', timeout: 60_000 });

describe('the accessible (tagged) PDF', () => {
  it('is tagged, in en-GB, with every responsibility and the Welsh names, read by poppler', async () => {
    const draft = fullDraft();
    const doc = buildRoleDocument(draft, {
      now: SAMPLE_NOW,
      appVersion: '1.2.3',
      pack: 'candidate',
    });
    const bytes = await renderTaggedPdf(doc);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tagged-')), 'tagged.pdf');
    writeFileSync(file, bytes);
    if (process.env.KEEP_TAGGED) writeFileSync(process.env.KEEP_TAGGED, bytes);
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Director of Technical Strategy/);
    const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' ');
    for (const r of draft.responsibilities) expect(text).toContain(r.text.replace(/\s+/g, ' '));
    expect(text).toContain('Dr Siân Ŵyn');
    expect(text).toContain('ŵ ŷ');
    expect(text).not.toMatch(/Keystone/);
  }, 60_000);
});
