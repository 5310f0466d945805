import { describe, expect, it } from 'vitest';
import { makeDraft, ownResponsibility } from '../../testing/make-draft';
import { migrateDraft } from '../migrations/draft-migrations';
import { readBalance } from './balance';
import { checkDraft, draftTexts } from './check-draft';

describe('checkDraft', () => {
  it('checks the job purpose, each responsibility and each criterion, by a stable name', () => {
    const draft = makeDraft({
      responsibilities: [ownResponsibility('Assists the Director with budgets.', [], 'r-1')],
      personSpec: [
        { id: 'c-1', text: 'A degree in chemistry.', category: 'essential', assessedBy: [] },
      ],
    });
    const checked = checkDraft(draft);
    expect(checked.map((t) => t.about)).toEqual([
      'jobPurpose',
      'responsibility:r-1',
      'criterion:c-1',
    ]);
    expect(checked[1]?.findings.map((f) => f.rule)).toEqual(['shared-responsibility']);
    expect(checked[2]?.findings.map((f) => f.rule)).toEqual(['needless-degree']);
  });

  it('sets a dismissed finding apart with its reason, for that text only', () => {
    const draft = makeDraft({
      responsibilities: [
        ownResponsibility('Assists the Director with budgets.', [], 'r-1'),
        ownResponsibility('Assists the Registrar with space.', [], 'r-2'),
      ],
      wordingDismissals: [
        {
          id: 'w-1',
          about: 'responsibility:r-1',
          finding: 'shared-responsibility:assists',
          reason: 'Shared.',
        },
      ],
    });
    const [, first, second] = checkDraft(draft);
    expect(first?.findings).toEqual([]);
    expect(first?.dismissed.map((d) => d.reason)).toEqual(['Shared.']);
    expect(second?.findings).toHaveLength(1);
  });

  it('reads a version 2 draft as having dismissed nothing', () => {
    const v2: Record<string, unknown> = { ...makeDraft() };
    delete v2.wordingDismissals;
    expect(migrateDraft(v2, 2)).toMatchObject({ wordingDismissals: [] });
  });
});

describe('readBalance', () => {
  it('counts coded words on each side and the definition’s words apart', () => {
    const reading = readBalance(
      'Lead the technical community as a decision-maker. We want an aggressive, competitive and warm person.',
    );
    expect(reading.masculine.map((w) => w.word)).toEqual(['aggressive', 'competitive']);
    expect(reading.frames.map((w) => w.word)).toEqual(
      expect.arrayContaining(['lead', 'decision-maker']),
    );
    expect(reading.feminine.map((w) => w.word)).toEqual(['warm']);
    expect(reading.sentences).toBe(2);
  });

  it('reads the generated job description of an empty draft as balanced', () => {
    const text = draftTexts(makeDraft())
      .map((t) => t.text)
      .join('\n');
    expect(readBalance(text).lean).toBe('balanced');
  });
});
