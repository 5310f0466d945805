import { calibrationDraft } from './calibration/calibration-draft';
import { CALIBRATION_PROFILES } from './calibration/calibration-profiles';
import { pathToNextBand } from './path-to-next-band';
import { scoreDraft } from './score-draft';
import { applied } from './top-changes';

const profile = (id: string) => calibrationDraft(CALIBRATION_PROFILES.find((p) => p.id === id)!);

describe('the path to the next band', () => {
  it('has none in the top band', () => {
    expect(pathToNextBand(profile('executive-director-technical'))).toBeNull();
  });

  it.each(CALIBRATION_PROFILES.filter((p) => p.expected !== 'strategic').map((p) => [p.id]))(
    'takes "%s" into the band above, each step adding to the score',
    (id) => {
      const draft = profile(id);
      const path = pathToNextBand(draft)!;
      expect(path.reached).toBe(true);
      expect(path.steps.length).toBeGreaterThan(0);
      expect(path.steps.length).toBeLessThanOrEqual(6);
      let current = draft;
      let before = scoreDraft(draft).overall;
      for (const step of path.steps) {
        expect(step.change.overallGain).toBeGreaterThan(0);
        current = applied(step.change.raise, current)!;
        const after = scoreDraft(current);
        expect(after.overall).toBe(step.overallAfter);
        expect(after.overall - before).toBe(step.change.overallGain);
        before = after.overall;
      }
      expect(scoreDraft(current).band.id).toBe(path.to.id);
    },
  );
});
