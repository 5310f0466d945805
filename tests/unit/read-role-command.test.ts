// `npm run read-role -- FILE...`, run as an HR team would: one JSON line per file.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BANDS } from '../../src/domain/scoring-rules';
import { CLAUSE_IDS } from '../../src/domain/definition';
import { parseExchange } from '../../src/domain/exchange/draft-exchange';

const run = promisify(execFile);
const DIR = 'tests/fixtures/role-files';
const READABLE = ['docx', 'pdf', 'txt'].map((ext) => `${DIR}/head-of-technical-services.${ext}`);

interface Line {
  file: string;
  error?: string;
  sentences: { text: string; clauses: unknown[]; catalogueId: string | null; similarity: number }[];
  facts: unknown[];
  draft: unknown;
  score: { overall: number; band: string; clauses: Record<string, number> };
}

describe('npm run read-role', () => {
  it('prints one line per file: the reading, the draft in the exchange format and its score', async () => {
    const result = await run('node', [
      'scripts/read-role.mjs',
      ...READABLE,
      `${DIR}/scan.pdf`,
    ]).then(
      () => {
        throw new Error('expected exit 1 for the scan');
      },
      (error: { stdout: string; code: number }) => error,
    );
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.file)).toEqual([...READABLE, `${DIR}/scan.pdf`]);
    const [docx, pdf, txt, scan] = lines;
    for (const line of [docx!, pdf!, txt!]) {
      expect(Object.keys(line)).toEqual(['file', 'sentences', 'facts', 'draft', 'score']);
      expect(line.sentences.map((s) => s.text)).toContain(
        'Manage a budget of £2.4m and approve capital equipment purchases.',
      );
      expect(BANDS.map((b) => b.id)).toContain(line.score.band);
      expect(Object.keys(line.score.clauses).sort()).toEqual([...CLAUSE_IDS].sort());
      const parsed = parseExchange(JSON.stringify(line.draft));
      expect(parsed.ok && parsed.draft.original.text).toMatch(/Head of Technical Services/);
    }
    // The same job description reads the same whichever file it came in.
    expect(pdf!.sentences.map((s) => s.text)).toEqual(txt!.sentences.map((s) => s.text));
    expect(docx!.sentences.map((s) => s.text)).toEqual(txt!.sentences.map((s) => s.text));
    expect(scan!.error).toMatch(/no text in it/);
  });
});
