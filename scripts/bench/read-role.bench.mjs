/**
 * Reading a job description (issue 11; goal ≤ 50 ms for about 120 sentences once the libraries
 * have loaded), the reader's clause precision and recall on the labelled set
 * (tests/fixtures/role-sentences/: the part tuned on, and the part kept aside, the p and q sentences
 * labelled before the reader read them), and whether
 * MiniSearch and the stemmer earn their bytes: how often the nearest catalogue statement shares
 * a clause with the sentence's label, against plain word overlap with and without stems.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const round = (n, places = 3) => Math.round(n * 10 ** places) / 10 ** places;

export async function run(ctx) {
  const { readRole } = await ctx.loadTs('src/domain/read-role/read-role.ts');
  const { clauseQuality } = await ctx.loadTs('src/domain/read-role/clause-quality.ts');
  const { nearestStatement } = await ctx.loadTs('src/domain/read-role/nearest-statement.ts');
  const { matchTerms } = await ctx.loadTs('src/domain/read-role/match-terms.ts');
  const { CATALOGUE } = await ctx.loadTs('src/domain/catalogue.ts');
  const labelled = JSON.parse(
    await readFile(
      path.join(ctx.root, 'tests/fixtures/role-sentences/role-sentences.json'),
      'utf8',
    ),
  ).sentences;

  // A three-page job description: 120 duties under six headings.
  const lines = [];
  labelled.slice(0, 120).forEach((s, i) => {
    if (i % 20 === 0) lines.push('', `Section ${i / 20 + 1}`);
    lines.push(`• ${s.text}`);
  });
  const text = lines.join('\n');
  const sentences = readRole(text).sentences.filter((s) => s.kind !== 'heading').length;
  const readMs = await ctx.time(() => readRole(text), { runs: 9, warmup: 2 });

  const tuning = clauseQuality(labelled.filter((s) => !s.heldOut));
  const heldOut = clauseQuality(labelled.filter((s) => s.heldOut));

  // Nearest statement: does it share a clause with the label? (sentences with a clause only)
  const entryClauses = new Map(CATALOGUE.map((e) => [e.id, [...e.primary, ...e.secondary]]));
  const withClauses = labelled.filter((s) => s.clauses.length > 0);
  const agreement = (nearest) =>
    round(
      withClauses.filter((s) => {
        const id = nearest(s.text);
        return id !== null && entryClauses.get(id).some((c) => s.clauses.includes(c));
      }).length / withClauses.length,
    );
  const words = (t) =>
    new Set((t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2));
  const overlap = (termsOf) => {
    const entries = CATALOGUE.map((e) => [e.id, termsOf(e.text)]);
    return (t) => {
      const a = termsOf(t);
      let best = null;
      let bestScore = 0;
      for (const [id, b] of entries) {
        let shared = 0;
        for (const w of a) if (b.has(w)) shared += 1;
        const score = a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
        if (score > bestScore) [best, bestScore] = [id, score];
      }
      return bestScore >= 0.2 ? best : null;
    };
  };
  const plain = agreement(overlap(words));
  const stemmed = agreement(overlap((t) => new Set(matchTerms(t))));
  const shipped = agreement((t) => nearestStatement(t).catalogueId);
  const ranked = agreement((t) => nearestStatement(t, 0).catalogueId);
  // MiniSearch (BM25 over the same stemmed terms), measured here only: see nearest-statement.ts.
  const { default: MiniSearch } = await import('minisearch');
  const index = new MiniSearch({ fields: ['text'], processTerm: (w) => matchTerms(w)[0] ?? null });
  index.addAll(CATALOGUE.map((e) => ({ id: e.id, text: e.text })));
  const bm25 = (t) => index.search(matchTerms(t).join(' '))[0]?.id ?? null;
  const miniSearch = agreement(bm25);
  const miniSearchMs = await ctx.time(() => withClauses.slice(0, 120).forEach((s) => bm25(s.text)));

  const gz = async (file) =>
    round(gzipSync(await readFile(path.join(ctx.root, 'node_modules', file))).length / 1024, 1);
  const miniSearchKB = await gz('minisearch/dist/es/index.js'); // unminified: an upper bound
  const stemmerKB = await gz('stemmer/index.js');

  return {
    figures: {
      readRole120Ms: round(readMs, 1),
      readRoleSentences: sentences,
      clausePrecisionTuning: tuning.precision,
      clauseRecallTuning: tuning.recall,
      clausePrecisionHeldOut: heldOut.precision,
      clauseRecallHeldOut: heldOut.recall,
      labelledSentences: labelled.length,
      nearestAgreementPlain: plain,
      nearestAgreementStemmed: stemmed,
      nearestAgreementShipped: shipped,
      nearestAgreementIdf: ranked,
      nearestAgreementMiniSearch: miniSearch,
      nearestMiniSearchMs: round(miniSearchMs, 1),
      miniSearchGzipKB: miniSearchKB,
      stemmerGzipKB: stemmerKB,
    },
    lines: [
      `Reading a ${sentences}-sentence job description: ${round(readMs, 1)} ms (goal ≤ 50 ms)`,
      `Clauses on ${tuning.sentences} sentences tuned on: precision ${tuning.precision}, recall ${tuning.recall}`,
      `Clauses on ${heldOut.sentences} sentences kept aside: precision ${heldOut.precision}, recall ${heldOut.recall} (goal ≥ 0.8)`,
      `Nearest statement shares a clause with the label: plain overlap ${plain}, stemmed overlap ${stemmed}, idf-weighted ${ranked} (${shipped} with the threshold), MiniSearch + stems ${miniSearch} (${round(miniSearchMs, 1)} ms for 120)`,
      `Library sizes (gzip): minisearch ${miniSearchKB} KB, stemmer ${stemmerKB} KB`,
    ],
  };
}
