/**
 * Opening a hand-off file (issue 16; goal ≤ 200 ms): a full draft with 50 comments and 10
 * sign-offs, changed on both sides since this device last saw it. Timed: decode and read the file
 * without trusting it (parse, migrate, validate), compare it with this device's draft and with
 * the version last seen, section by section, and check every sign-off (two SHA-256 hashes each,
 * by Web Crypto) against it. Then "Keep both" on two responsibility lists of 200 items each.
 */
import { TextDecoder, TextEncoder } from 'node:util';
export async function run(ctx) {
  const { fullDraft } = await ctx.loadTs('src/export/sample-drafts.ts');
  const { toHandoffJson } = await ctx.loadTs('src/domain/handoff/handoff-file.ts');
  const { canonicalDraft } = await ctx.loadTs('src/domain/handoff/canonical-draft.ts');
  const { mergeHandoff, sectionChanges } = await ctx.loadTs('src/domain/handoff/merge-handoff.ts');
  const { changesSinceLastSeen } = await ctx.loadTs('src/domain/handoff/since-last-seen.ts');
  const { signOffState } = await ctx.loadTs('src/domain/handoff/sign-off-check.ts');
  const { parseHandoff } = await ctx.loadTs('src/domain/handoff/handoff-file.ts');
  const { sha256Hex } = await ctx.loadTs('src/store/review/fingerprint.ts');

  const seen = fullDraft();
  const mine = {
    ...seen,
    authority: { ...seen.authority, title: 'Director of Technical Services' },
  };
  const approved = canonicalDraft(mine);
  const fingerprint = await sha256Hex(approved);
  const incoming = {
    ...mine,
    authority: { ...mine.authority, gradeBand: 'grade-10' },
    reasons: { ...mine.reasons, gradeBand: 'Matched to heads of professional services.' },
    comments: Array.from({ length: 50 }, (_, i) => ({
      id: `comment-${i + 1}`,
      about:
        i % 2
          ? 'gradeBand'
          : `responsibility:${mine.responsibilities[i % mine.responsibilities.length].id}`,
      author: 'Siân Ó Súilleabháin',
      authorRole: 'HR business partner',
      text: `Question ${i + 1}: does the grading panel accept this? `.repeat(3),
      status: i % 3 ? 'open' : 'resolved',
      createdAt: '2026-12-01T10:00:00.000Z',
    })),
    signOffs: Array.from({ length: 10 }, (_, i) => ({
      id: `sign-off-${i + 1}`,
      name: `Approver ${i + 1}`,
      role: 'Executive board',
      approvedAt: '2026-12-01T10:00:00.000Z',
      fingerprint,
      approved,
    })),
  };
  const text = toHandoffJson(incoming, { name: 'Siân', role: 'HR' }, '2026-12-07T10:00:00.000Z');
  const bytes = new TextEncoder().encode(text);

  const open = async () => {
    const read = parseHandoff(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!read.ok) throw new Error(read.error);
    const draft = read.file.draft;
    const changes = changesSinceLastSeen(seen, mine, draft);
    const now = await sha256Hex(canonicalDraft(draft));
    const states = await Promise.all(
      draft.signOffs.map(async (s) => signOffState(draft, s, now, await sha256Hex(s.approved))),
    );
    if (
      changes.length === 0 ||
      !changes[0].theirs?.length ||
      states.some((s) => s.state !== 'earlier')
    ) {
      throw new Error('The bench draft should show changes and ten earlier approvals.');
    }
  };
  const ms = await ctx.time(open, { runs: 9, warmup: 2 });
  const kb = Math.round(bytes.byteLength / 1024);

  const duties = (side, from) =>
    Array.from({ length: 200 }, (_, i) => ({
      id: `duty-${i}`,
      catalogueId: null,
      text: `Duty ${i}, as ${i < from ? 'both' : side} worded it.`,
      clauses: [],
      reason: '',
    }));
  const long = { ...mine, responsibilities: duties('mine', 100) };
  const longer = { ...mine, responsibilities: duties('theirs', 100) };
  const both = async () => {
    sectionChanges(long, longer);
    const merged = mergeHandoff(
      long,
      longer,
      { responsibilities: 'both' },
      '2026-12-07T10:00:00.000Z',
    );
    if (!merged.keepIncomingCopy || merged.draft.responsibilities.length !== 200) {
      throw new Error('Two 200-item lists that differ in 100 cannot be joined within 200.');
    }
  };
  const bothMs = await ctx.time(both, { runs: 9, warmup: 2 });
  return {
    figures: { handoffOpenMs: ms, handoffFileKB: kb, handoffKeepBoth200Ms: bothMs },
    lines: [
      `Open a hand-off file (${kb} KB: full draft, 50 comments, 10 sign-offs), compare with yours and with the version last seen, and check sign-offs: ${ms} ms (goal ≤ 200 ms)`,
      `"Keep both" on two lists of 200 responsibilities (100 differ): compare and merge ${bothMs} ms`,
    ],
  };
}
