import { calibrationDraft } from './calibration/calibration-draft';
import { CALIBRATION_PROFILES } from './calibration/calibration-profiles';
import { emptyDraft } from './empty-draft';
import type { TargetLevel } from './options';
import { pathToNextBand } from './path-to-next-band';
import type { RoleDraft } from './role-draft';
import type { Raise } from './score-clause';
import { scoreDraft } from './score-draft';
import { beyondLevel, fitsLevel, fitsLevelOf, levelIsTheGap, levelName } from './target-level';
import { topChanges } from './top-changes';

const profile = (id: string) => calibrationDraft(CALIBRATION_PROFILES.find((p) => p.id === id)!);
const answer = (signalId: string): Raise => ({
  kind: 'change-answer',
  signalId,
  text: signalId,
  gain: 1,
  section: 'authority',
});
const add = (catalogueId: string): Raise => ({
  kind: 'add-responsibility',
  catalogueId,
  text: catalogueId,
  gain: 1,
});
const keyOf = (raise: Raise) =>
  raise.kind === 'add-responsibility' ? raise.catalogueId : raise.signalId;

/** A faculty role with nothing beyond a faculty: the base of the table below. */
const facultyRole = (): RoleDraft => {
  const d = emptyDraft('d', 'Faculty technical manager', '2026-12-07T00:00:00.000Z');
  return {
    ...d,
    remit: { ...d.remit, scope: 'one-faculty', areas: ['teaching-labs'] },
    authority: {
      ...d.authority,
      gradeBand: 'grade-8',
      reportsTo: 'faculty-head',
      budgetAuthority: 'delegated',
      annualBudget: 400_000,
    },
  };
};

describe('which suggested changes fit the level the role is meant to be', () => {
  it.each<[string, Raise, TargetLevel | null, boolean]>([
    ['an executive-board seat, level not said', answer('emp-exec'), null, true],
    ['an executive-board seat, institution', answer('emp-exec'), 'institution', true],
    ['an executive-board seat, faculty', answer('emp-exec'), 'faculty', false],
    ['an executive-board seat, service', answer('emp-exec'), 'service', false],
    ['an institution-wide remit, faculty', answer('ali-institution'), 'faculty', false],
    ['a line to the head of the institution, faculty', answer('emp-report-1'), 'faculty', false],
    ['grade 10, faculty', answer('emp-grade-10'), 'faculty', true],
    ['grade 10, service', answer('emp-grade-10'), 'service', false],
    ['a £1 million budget, faculty', answer('emp-budget-1m'), 'faculty', true],
    ['a £1 million budget, service', answer('emp-budget-1m'), 'service', false],
    ['a £5 million budget, faculty', answer('emp-budget-5m'), 'faculty', false],
    ['owning the technical budget, faculty', answer('emp-budget-full'), 'faculty', false],
    ['signing off grading, faculty', answer('emp-grading'), 'faculty', true],
    ['signing off grading, service', answer('emp-grading'), 'service', false],
    ['owning the workforce plan, faculty', answer('emp-workforce'), 'faculty', false],
    ['the training budget, service', answer('emp-training'), 'service', true],
    ['the institution’s technical strategy, faculty', add('technical-strategy'), 'faculty', false],
    [
      'the institution’s technical strategy, institution',
      add('technical-strategy'),
      'institution',
      true,
    ],
    ['the faculty’s technical plan, faculty', add('faculty-technical-plan'), 'faculty', true],
    ['the faculty’s technical plan, service', add('faculty-technical-plan'), 'service', false],
    ['the facility’s budget, service', add('facility-budget'), 'service', true],
    ['a member of the executive board, faculty', add('exec-member'), 'faculty', false],
  ])('%s: %s', (_name, raise, level, fits) => {
    expect(fitsLevel(raise, facultyRole(), level)).toBe(fits);
  });

  it('never suggests a faculty-level role an executive-board seat or an institution-wide remit', () => {
    const draft = profile('faculty-technical-manager');
    const score = scoreDraft(draft);
    // Without a level the path reaches for both (the complaint).
    const open = pathToNextBand(draft, score)!.steps.map((s) => keyOf(s.change.raise));
    expect(open).toEqual(expect.arrayContaining(['ali-institution', 'emp-exec']));
    const fits = fitsLevelOf('faculty');
    const path = pathToNextBand(draft, score, fits)!;
    const keys = path.steps.map((s) => keyOf(s.change.raise));
    expect(keys).not.toContain('emp-exec');
    expect(keys).not.toContain('ali-institution');
    expect(path.reached).toBe(true);
    for (const change of topChanges(draft, score, 12, fits)) {
      expect(fitsLevel(change.raise, draft, 'faculty')).toBe(true);
    }
  });
});

describe('what a draft holds beyond its level', () => {
  it.each<[string, (d: RoleDraft) => RoleDraft, TargetLevel | null, string[]]>([
    ['nothing, within a faculty', (d) => d, 'faculty', []],
    [
      'an executive-board seat',
      (d) => ({ ...d, authority: { ...d.authority, seats: ['executive-board'] } }),
      'faculty',
      ['a seat on the university executive board'],
    ],
    [
      'an executive-board seat, for an institution’s leader',
      (d) => ({ ...d, authority: { ...d.authority, seats: ['executive-board'] } }),
      'institution',
      [],
    ],
    [
      'an executive-board seat, level not said',
      (d) => ({ ...d, authority: { ...d.authority, seats: ['executive-board'] } }),
      null,
      [],
    ],
    [
      'an institution-wide remit',
      (d) => ({ ...d, remit: { ...d.remit, scope: 'institution' } }),
      'faculty',
      ['an institution-wide remit'],
    ],
    ['a faculty-wide remit, for a facility lead', (d) => d, 'service', ['a faculty-wide remit']],
    [
      'a budget of £2.5 million, for a facility lead',
      (d) => ({ ...d, authority: { ...d.authority, annualBudget: 2_500_000 } }),
      'service',
      ['a faculty-wide remit', 'a budget of £2.5 million (£1 million or more)'],
    ],
  ])('%s', (_name, change, level, beyond) => {
    expect(beyondLevel(change(facultyRole()), level)).toEqual(beyond);
  });
});

describe('when the level itself is the gap', () => {
  it('is the gap for a strategic-in-part role held to a faculty', () => {
    const draft = profile('head-technical-services-strategy');
    const score = scoreDraft(draft);
    expect(pathToNextBand(draft, score)!.reached).toBe(true);
    const path = pathToNextBand(draft, score, fitsLevelOf('faculty'));
    expect(path!.reached).toBe(false);
    expect(levelIsTheGap('faculty', path)).toBe(true);
    expect(levelIsTheGap('institution', path)).toBe(false);
    expect(levelIsTheGap(null, path)).toBe(false);
  });

  it('is not the gap when changes that fit the level reach the band above', () => {
    const draft = profile('faculty-technical-manager');
    const path = pathToNextBand(draft, scoreDraft(draft), fitsLevelOf('faculty'));
    expect(levelIsTheGap('faculty', path)).toBe(false);
  });

  it('names the level in plain words, or says it is not said yet', () => {
    expect(levelName('faculty')).toBe('A faculty or school technical lead');
    expect(levelName(null)).toBe('Not said yet');
  });
});
