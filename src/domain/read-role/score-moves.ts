/**
 * How each stored draft's score moved when Keystone began reading the wording of the
 * responsibilities users write (issue 11): before, each ticked clause earned 8 points whatever
 * the words said; now the words earn what they evidence. Shown to the user once, so that no
 * score changes without a word of why.
 */
import { catalogueEntry } from '../catalogue';
import { CLAUSE_IDS, type ClauseId } from '../definition';
import { roleTitle } from '../job-description/format';
import { worthOf } from '../responsibility-worth';
import type { RoleDraft } from '../role-draft';
import { overallScore } from '../score-draft';
import { tally } from '../tally';

/** The rule of before, frozen here: 8 points for each clause ticked on the user's own wording. */
const POINTS_PER_TICK_BEFORE = 8;

export interface ScoreMove {
  readonly draftId: string;
  readonly title: string;
  readonly before: number;
  readonly after: number;
}

const worthBefore = (r: RoleDraft['responsibilities'][number]): readonly number[] =>
  r.catalogueId && catalogueEntry(r.catalogueId)
    ? worthOf(r)
    : CLAUSE_IDS.map((clause) => (r.clauses.includes(clause) ? POINTS_PER_TICK_BEFORE : 0));

const overall = (scores: readonly number[]) =>
  overallScore(
    Object.fromEntries(CLAUSE_IDS.map((id, c) => [id, scores[c]!])) as Record<ClauseId, number>,
  );

/** The drafts whose overall score moved, in the order given. */
export function scoreMoves(drafts: readonly RoleDraft[]): ScoreMove[] {
  return drafts.flatMap((draft) => {
    const own = draft.responsibilities.some(
      (r) => !r.catalogueId || !catalogueEntry(r.catalogueId),
    );
    if (!own) return [];
    const before = overall(tally(draft, worthBefore).score);
    const after = overall(tally(draft).score);
    return before === after
      ? []
      : [
          {
            draftId: draft.id,
            title: roleTitle(draft.authority.title),
            before,
            after,
          },
        ];
  });
}
