import fc from 'fast-check';
import { arbitraryDraft } from '../testing/arbitrary-draft';
import { ownResponsibility, fromCatalogue, makeDraft } from '../testing/make-draft';
import { CATALOGUE } from './catalogue';
import { responsibilityCount } from './contradiction-facts';
import { CLAUSE_IDS } from './definition';
import { scoreClause } from './score-clause';
import { RESPONSIBILITY_POINTS } from './scoring-rules';
import {
  countedResponsibilities,
  earningWords,
  isDirect,
  strengthOf,
  worthOf,
} from './responsibility-worth';

describe('what a responsibility is worth', () => {
  it('reads a catalogue responsibility by the catalogue’s tags, primary before secondary', () => {
    // exec-member: primary advocates; secondary aligns (a duty never evidences "empowered").
    const board = { ...fromCatalogue('exec-member'), clauses: ['empowered' as const] };
    expect(strengthOf(board, 'empowered')).toBeNull();
    expect(strengthOf(board, 'advocates')).toBe('primary');
    expect(strengthOf(board, 'aligns')).toBe('secondary');
    expect(strengthOf(board, 'skills')).toBeNull();
  });

  it('reads the user’s own responsibility, or one whose entry has gone, by its wording, not its ticks', () => {
    const own = ownResponsibility('Lead the Technician Commitment and recognise technicians.', [
      'skills',
    ]);
    const retired = {
      id: 'old',
      catalogueId: 'retired',
      text: 'Support the apprenticeship programme.',
      clauses: ['skills' as const],
    };
    expect(strengthOf(own, 'advocates')).toBe('primary');
    expect(strengthOf(own, 'skills')).toBeNull();
    expect(strengthOf(retired, 'workforce')).toBe('secondary');
    expect(strengthOf(retired, 'skills')).toBeNull();
  });

  it('gives each clause the points of its strength, for every catalogue entry', () => {
    for (const entry of CATALOGUE) {
      const responsibility = fromCatalogue(entry.id);
      CLAUSE_IDS.forEach((clause, c) => {
        const strength = strengthOf(responsibility, clause);
        expect(worthOf(responsibility)[c]).toBe(strength ? RESPONSIBILITY_POINTS[strength] : 0);
      });
    }
  });

  it('gives a responsibility of the user’s own the catalogue’s points for what its wording evidences', () => {
    const own = ownResponsibility('Own the skills framework and support recruitment.', [
      'skills',
      'investment',
    ]);
    expect(worthOf(own)).toEqual(
      CLAUSE_IDS.map((clause) =>
        clause === 'skills'
          ? RESPONSIBILITY_POINTS.primary
          : clause === 'workforce'
            ? RESPONSIBILITY_POINTS.secondary
            : 0,
      ),
    );
  });

  it('counts a catalogue responsibility chosen twice once, and every responsibility of the user’s own', () => {
    const first = fromCatalogue('tc-lead', 'a');
    const again = fromCatalogue('tc-lead', 'b');
    const own = ownResponsibility('Same words', ['skills'], 'c');
    const ownAgain = ownResponsibility('Same words', ['skills'], 'd');
    expect(countedResponsibilities([first, own, again, ownAgain])).toEqual([first, own, ownAgain]);
  });

  it('calls primary direct evidence, secondary support', () => {
    expect(isDirect('primary')).toBe(true);
    expect(isDirect('secondary')).toBe(false);
    expect(isDirect(null)).toBe(false);
  });
});

describe('the words that earned a clause', () => {
  it('names the words of the institution’s own responsibility that earned each clause', () => {
    const own = ownResponsibility('Lead the Technician Commitment and recognise technicians.', []);
    expect(earningWords(own, 'advocates').length).toBeGreaterThan(0);
    for (const word of earningWords(own, 'advocates'))
      expect(own.text.toLowerCase()).toContain(word.toLowerCase());
    expect(earningWords(own, 'investment')).toEqual([]);
  });

  it('names none for a catalogue responsibility, which counts by the catalogue’s tags', () => {
    expect(earningWords(fromCatalogue('exec-member'), 'advocates')).toEqual([]);
  });

  it('goes into the clause’s evidence, saying when it came from the current job description', () => {
    const own = ownResponsibility('Lead the Technician Commitment and recognise technicians.', []);
    const draft = makeDraft({
      responsibilities: [own, fromCatalogue('exec-member')],
      fromOriginal: [{ id: own.id, sentence: own.text }],
    });
    const evidence = scoreClause('advocates', draft).evidence.filter(
      (e) => e.kind === 'responsibility',
    );
    expect(evidence).toEqual([
      expect.objectContaining({
        responsibilityId: own.id,
        fromJobDescription: true,
        cues: earningWords(own, 'advocates'),
      }),
      expect.objectContaining({ fromJobDescription: false, cues: [] }),
    ]);
  });
});

describe('responsibilityCount (the contradiction facts)', () => {
  it('counts the responsibilities that evidence a clause directly, a repeated one once', () => {
    const draft = makeDraft({
      responsibilities: [
        fromCatalogue('exec-member', 'a'),
        fromCatalogue('exec-member', 'b'),
        ownResponsibility('Sets the technical strategy', ['aligns']),
      ],
    });
    expect(responsibilityCount(draft, ['advocates'])).toBe(1);
    // exec-member supports aligns only in part; the user's own responsibility is tagged with it.
    expect(responsibilityCount(draft, ['aligns'])).toBe(1);
    expect(responsibilityCount(draft, ['advocates', 'aligns'])).toBe(2);
  });

  it('counts a responsibility exactly when scoring lists it as primary or the user’s own', () => {
    fc.assert(
      fc.property(arbitraryDraft(), fc.constantFrom(...CLAUSE_IDS), (draft, clause) => {
        const direct = scoreClause(clause, draft).evidence.filter(
          (e) => e.kind === 'responsibility' && e.strength !== 'secondary',
        );
        expect(responsibilityCount(draft, [clause])).toBe(direct.length);
      }),
      { numRuns: 200 },
    );
  });
});
