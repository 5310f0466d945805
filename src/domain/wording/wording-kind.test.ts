import { describe, expect, it } from 'vitest';
import { readWordingKind } from './wording-kind';

describe('readWordingKind', () => {
  it('reads a duty the role holds, and names the words', () => {
    const reading = readWordingKind('Lead the technical strategy, supporting the Dean.');
    expect(reading.kind).toBe('holds');
    expect(reading.cues.map((c) => c.words)).toEqual(['Lead', 'supporting']);
  });

  it('reads a duty the role only shares', () => {
    expect(readWordingKind('Assist the Director in preparing budgets.').kind).toBe('shares');
    expect(readWordingKind('To contribute to the faculty plan').kind).toBe('shares');
    expect(readWordingKind('Responsible for health and safety.').kind).toBe('shares');
  });

  it('matches whole words in either spelling, and nothing in a sentence without a cue', () => {
    expect(readWordingKind('Authorise spend within delegated limits.').kind).toBe('holds');
    expect(readWordingKind('Authorize spend within delegated limits.').kind).toBe('holds');
    expect(readWordingKind('Leadership of the community').cues).toEqual([]);
    expect(readWordingKind('Maintain the equipment register.').kind).toBeNull();
    expect(readWordingKind('Develop its own team and direct reports.').kind).toBeNull();
    expect(readWordingKind('Own the technical workforce plan.').kind).toBe('holds');
  });
});
