import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { CATALOGUE } from './catalogue';
import { AUDIT_FILE, CATALOGUE_AUDIT, catalogueAuditMarkdown } from './catalogue-audit';

describe('the catalogue audit', () => {
  it('says why for every statement, and for no statement that has left the catalogue', () => {
    expect(Object.keys(CATALOGUE_AUDIT).sort()).toEqual(CATALOGUE.map((e) => e.id).sort());
    for (const why of Object.values(CATALOGUE_AUDIT)) expect(why.length).toBeGreaterThan(20);
  });

  it(`is current in ${AUDIT_FILE} (regenerate: node scripts/catalogue-audit.mjs)`, async () => {
    const file = path.join(process.cwd(), AUDIT_FILE);
    const options = (await prettier.resolveConfig(file)) ?? {};
    const expected = await prettier.format(catalogueAuditMarkdown(), {
      ...options,
      parser: 'markdown',
    });
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
