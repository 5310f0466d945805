import { describe, expect, it } from 'vitest';
import { fromCatalogue, makeDraft, ownResponsibility } from '../../testing/make-draft';
import { scoreDraft } from '../score-draft';
import { scoreMoves } from './score-moves';

describe('scoreMoves', () => {
  it('lists the drafts whose score moved when wording began to count, before and after', () => {
    const weak = makeDraft({
      id: 'weak',
      authority: { title: 'Technical Manager' },
      responsibilities: [
        ownResponsibility('Run the Technician Awards.', ['advocates', 'skills', 'development']),
      ],
    });
    const strong = makeDraft({
      id: 'strong',
      responsibilities: [
        ownResponsibility('Own the technical strategy and the workforce plan.', ['aligns']),
      ],
    });
    const catalogueOnly = makeDraft({ id: 'cat', responsibilities: [fromCatalogue('tc-lead')] });
    const moves = scoreMoves([weak, strong, catalogueOnly]);
    expect(moves.map((m) => m.draftId)).toEqual(['weak', 'strong']);
    expect(moves[0]).toMatchObject({ title: 'Technical Manager', after: scoreDraft(weak).overall });
    expect(moves[0]!.before).toBeGreaterThan(moves[0]!.after);
    expect(moves[1]!.after).toBeGreaterThan(moves[1]!.before);
    expect(moves[1]?.title).toBe('Untitled role');
  });
});
