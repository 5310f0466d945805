import { describe as describeCondition } from './condition';
import { ALL_CONTRADICTION_RULES } from './contradictions';
import { CLAUSES, clauseById } from './definition';
import { CLAUSE_CUES } from './read-role/clause-cues';
import { howScoresWork } from './how-scores-work';
import {
  BANDS,
  CLAUSE_WEIGHTS,
  RESPONSIBILITY_CAP,
  RESPONSIBILITY_POINTS,
  SIGNALS,
  TOP_BAND_MIN_EMPOWERED,
} from './scoring-rules';

const sections = howScoresWork();
const allText = sections
  .flatMap((s) => [s.heading, ...s.paragraphs, ...(s.items ?? [])])
  .join('\n');
const section = (heading: string) => sections.find((s) => s.heading === heading)!;

describe('howScoresWork', () => {
  it('gives every section a heading and at least one paragraph', () => {
    for (const s of sections) {
      expect(s.heading).not.toBe('');
      expect(s.paragraphs.length).toBeGreaterThan(0);
    }
    expect(new Set(sections.map((s) => s.heading)).size).toBe(sections.length);
  });

  it('has a section for each clause listing each of its signals with its points', () => {
    for (const clause of CLAUSES) {
      const items = section(clause.name).items ?? [];
      const signals = SIGNALS.filter((s) => s.clause === clause.id);
      expect(items).toHaveLength(signals.length);
      signals.forEach((signal, i) => {
        expect(items[i]).toContain(`${signal.points} points`);
        expect(items[i]).toContain(describeCondition(signal.condition));
        expect(items[i]).toContain(signal.because);
      });
      expect(section(clause.name).paragraphs[0]).toContain(
        `Up to ${RESPONSIBILITY_CAP[clause.id]} points`,
      );
    }
  });

  it('states the points a responsibility earns', () => {
    const text = section('Two kinds of evidence').paragraphs.join(' ');
    expect(text).toContain(`${RESPONSIBILITY_POINTS.primary} points`);
    expect(text).toContain(`${RESPONSIBILITY_POINTS.secondary} points`);
    expect(text).toContain('How Keystone reads wording');
  });

  it('explains how wording is read, with the reason of every cue', () => {
    const reading = section('How Keystone reads wording');
    expect(reading.paragraphs.join(' ')).toContain(`${RESPONSIBILITY_POINTS.primary} points`);
    expect(reading.items).toHaveLength(CLAUSES.length);
    for (const cue of CLAUSE_CUES) {
      const item = reading.items?.find((i) => i.startsWith(clauseById(cue.clause).name));
      expect(item).toContain(cue.why);
    }
  });

  it('names every band with its range and verdict', () => {
    const items = section('Bands').items ?? [];
    expect(items).toHaveLength(BANDS.length);
    BANDS.forEach((band, i) => {
      expect(items[i]).toMatch(new RegExp(`^${band.min} to \\d+: `));
      expect(items[i]).toContain(band.name);
      expect(items[i]).toContain(band.verdict);
    });
    expect(items[0]).toMatch(/to 100:/);
  });

  it('explains the authority rule for the top band with its threshold', () => {
    expect(section('Bands').paragraphs.join(' ')).toContain(`below ${TOP_BAND_MIN_EMPOWERED}`);
  });

  it('describes the weights as they are in the data', () => {
    const text = section('The overall score').paragraphs[0]!;
    expect(CLAUSE_WEIGHTS.empowered).toBe(2);
    expect(text).toContain('“Empowered decision-maker” counts twice');
    expect(CLAUSE_WEIGHTS.aligns).toBe(1.5);
    expect(text).toContain('one and a half times');
  });

  it('reads as plain en-GB prose with no leftover code', () => {
    expect(allText).not.toMatch(/undefined|NaN|\[object|\$\{/);
    expect(allText).not.toMatch(/\b(organization|prioritize|program)\b/i);
    expect(allText).toContain('does not set a grade');
  });

  it('lists every contradiction check', () => {
    const items = section('Contradictions').items ?? [];
    expect(items).toEqual(ALL_CONTRADICTION_RULES.map((r) => `${r.title}.`));
    expect(section('Contradictions').paragraphs[0]).toContain(
      `in ${ALL_CONTRADICTION_RULES.length} ways`,
    );
  });

  it('is the same on every call', () => {
    expect(howScoresWork()).toEqual(sections);
  });
});
