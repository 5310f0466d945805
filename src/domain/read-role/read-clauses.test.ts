import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readClauses } from './read-clauses';

const ids = (sentence: string, heading: string | null = null) =>
  readClauses(sentence, heading).map((c) => `${c.id}:${c.strength}`);

describe('readClauses', () => {
  it('reads the clauses a duty evidences, with the words that triggered each', () => {
    const [aligns] = readClauses(
      'Own the technical strategy and align it with the University’s goals.',
    );
    expect(aligns).toMatchObject({ id: 'aligns', strength: 'direct' });
    expect(aligns?.cues).toContain('technical strategy');
    expect(aligns?.why).toMatch(/technical strategy/);
    expect(ids('Member of the University Executive Board.')).toEqual(['empowered:direct']);
    expect(ids('Lead the institution’s Technician Commitment action plan.')).toEqual([
      'advocates:direct',
    ]);
    expect(ids('Build career pathways and mentoring for technicians.')).toEqual([
      'development:direct',
    ]);
  });

  it('reads en-GB and en-US spellings alike', () => {
    expect(ids('Lead the apprenticeship programme and prioritise retention.')).toEqual(
      ids('Lead the apprenticeship program and prioritize retention.'),
    );
    expect(ids('Authorize capital expenditure on equipment.')).toEqual(
      ids('Authorise capital expenditure on equipment.'),
    );
    expect(ids('Set the strategy for technical staff across the organization.')).toContain(
      'aligns:direct',
    );
    expect(ids('Supervises technical personnel and hires new employees.')).toEqual(
      ids('Supervises technical staff and recruits new technicians.'),
    );
  });

  it('reads a duty told in the past tense, as adverts tell what the role has done', () => {
    expect(ids('Has approved capital expenditure and led technical services.')).toEqual(
      ids('Approves capital expenditure and leads technical services.'),
    );
    expect(ids('Shaped the policy on technical careers.')).toContain('policies:direct');
    expect(ids('Mentored technicians into new roles.')).toContain('development:direct');
  });

  it('reads nothing in a cue the sentence takes away from the role', () => {
    expect(ids('The post holds the budget for technical services.')).toContain('empowered:direct');
    expect(ids('The post has no budgetary responsibility.')).toEqual([]);
    expect(ids('No line manager responsibility for technicians or staff.')).toEqual([]);
    expect(ids('The role does not include recruitment of staff.')).toEqual([]);
    // A "not" that belongs to the duty itself stays: avoiding duplication is investment.
    expect(ids('Ensure equipment is not duplicated across schools.')).toContain(
      'investment:direct',
    );
  });

  it('counts a duty the role only supports as evidence in part', () => {
    expect(ids('Own the equipment replacement strategy.')).toContain('investment:direct');
    const shared = readClauses('Support the Dean with the equipment replacement strategy.');
    expect(shared.find((c) => c.id === 'investment')).toMatchObject({ strength: 'in-part' });
    expect(shared.find((c) => c.id === 'investment')?.why).toMatch(/shares the responsibility/);
  });

  it('reads nothing in routine tasks, compliance, or what the person must bring', () => {
    expect(ids('Carries out basic equipment maintenance.')).toEqual([]);
    expect(ids('Ensure compliance with University policies and procedures.')).toEqual([]);
    expect(ids('Experience of managing budgets and recruiting technicians.')).toEqual([]);
    expect(ids('Managing budgets of over £1m', 'Essential criteria')).toEqual([]);
    for (const person of [
      'Five years’ experience of managing technical staff.',
      'A minimum of 3 years managing budgets.',
      'Bachelor’s degree in engineering and experience of budgets.',
      'You will have led a technical strategy.',
      'The successful candidate will bring experience of workforce planning.',
      'Proficiency in budget management.',
      'Membership of a professional body such as the Science Council.',
      'Flexible approach to training.',
    ])
      expect(ids(person), person).toEqual([]);
    expect(ids('Own the technical strategy.', 'About you')).toEqual([]);
    expect(ids('You will lead the technical strategy.')).toContain('aligns:direct');
  });

  it('only ever names words that are in the sentence, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const clause of readClauses(text)) {
          expect(clause.cues.length).toBeGreaterThan(0);
          for (const cue of clause.cues) expect(text).toContain(cue);
        }
      }),
    );
  });
});

describe('the wording classes of round 7 (labelling guide, tests/fixtures/role-sentences/)', () => {
  const found = (sentence: string) => readClauses(sentence).map((c) => c.id);

  it('reads a career framework, role profiles or a promotion pathway as policy (G10, G11)', () => {
    expect(
      found('Provides a career framework that gives clarity to the levels of technical work.'),
    ).toContain('policies');
    expect(found('Maintains outline profiles for 29 types of technical role.')).toContain(
      'policies',
    );
    expect(found('Launches a technical specialist promotion pathway.')).toContain('policies');
  });

  it('reads handling or overseeing a budget and allocating space as decision rights, not allocating equipment (G1, G2)', () => {
    expect(found('Handles budgeting and financial management for the fabrication labs.')).toContain(
      'empowered',
    );
    expect(
      found('Has the authority to make independent decisions on matters of significance.'),
    ).toContain('empowered');
    expect(
      found('Establishes a planning group to define needs, set priorities and allocate space.'),
    ).toContain('empowered');
    expect(
      found('Oversees inventory, including allocating laboratory equipment and supplies.'),
    ).not.toContain('empowered');
  });

  it('reads a core facility as investment only where the role leads or founds it (G4, G12)', () => {
    expect(found('Keeps the core facility’s equipment running.')).not.toContain('investment');
    expect(
      found('Lead the consolidation of core facilities to reduce duplication of equipment.'),
    ).toContain('investment');
    expect(found('Installs and checks out new equipment.')).not.toContain('investment');
  });

  it('reads training others as skills, and the post holder’s own training as nothing (G9)', () => {
    expect(found('Sets up standard equipment and gives instruction in its use.')).toContain(
      'skills',
    );
    expect(found('Keeps up professional development to maintain competency.')).not.toContain(
      'skills',
    );
    expect(
      found('Attends a society meeting each year for training and to talk with peers.'),
    ).not.toContain('skills');
  });

  it('reads TALENT only as the programme, not talent in general', () => {
    expect(
      found('Offers attractive careers for the next generation of scientific talent.'),
    ).not.toContain('advocates');
    expect(found('Works with the TALENT programme on technical careers.')).toContain('advocates');
  });
});
