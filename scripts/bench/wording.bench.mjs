/**
 * The wording checks (issue 15; goal ≤ 30 ms on a full draft once their code has loaded): the
 * time to check every text of a full draft and read its balance, the grading evidence, and the
 * checks' precision and recall on the labelled set (tests/unit/wording/labelled-sentences.ts:
 * sentences from published adverts and job descriptions, the report and the seed articles, each
 * with its source), overall and for inclusive language alone.
 */
const round = (n, places = 3) => Math.round(n * 10 ** places) / 10 ** places;

export async function run(ctx) {
  const { fullDraft } = await ctx.loadTs('src/export/sample-drafts.ts');
  const { checkDraft } = await ctx.loadTs('src/domain/wording-checks/check-draft.ts');
  const { readBalance } = await ctx.loadTs('src/domain/wording-checks/balance.ts');
  const { gradingEvidence } = await ctx.loadTs('src/domain/grading/grading-evidence.ts');
  const { scoreLabelled } = await ctx.loadTs('tests/unit/wording/score-labelled.ts');
  const { LABELLED_SENTENCES } = await ctx.loadTs('tests/unit/wording/labelled-sentences.ts');

  const draft = fullDraft();
  const checkMs = await ctx.time(
    () => {
      const checked = checkDraft(draft);
      readBalance(checked.map((t) => t.text).join('\n'));
    },
    { runs: 9, warmup: 2 },
  );
  const gradingMs = await ctx.time(() => gradingEvidence(draft), { runs: 9, warmup: 2 });
  const all = scoreLabelled();
  const INCLUSIVE = ['gender-coded', 'exclusionary', 'needless-years', 'needless-degree'];
  const inclusive = scoreLabelled(LABELLED_SENTENCES, (rule) => INCLUSIVE.includes(rule));

  return {
    figures: {
      wordingCheckFullDraftMs: round(checkMs, 1),
      gradingEvidenceMs: round(gradingMs, 1),
      wordingLabelledSentences: all.sentences,
      wordingPrecision: round(all.precision),
      wordingRecall: round(all.recall),
      wordingInclusiveFalsePositives: inclusive.falsePositives,
    },
    lines: [
      `Checking every text of a full draft and its balance: ${round(checkMs, 1)} ms (goal ≤ 30 ms); grading evidence ${round(gradingMs, 1)} ms`,
      `On ${all.sentences} labelled sentences: precision ${round(all.precision)}, recall ${round(all.recall)}; inclusive-language findings raised wrongly: ${inclusive.falsePositives}`,
    ],
  };
}
