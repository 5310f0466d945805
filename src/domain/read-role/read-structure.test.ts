import { describe, expect, it } from 'vitest';
import { readClauses } from './read-clauses';
import { readStructures } from './read-structure';

const ids = (sentence: string) => readClauses(sentence).map((c) => `${c.id}:${c.strength}`);

describe('reading a clause from how the sentence is built', () => {
  it('reads an authority verb over money as a decision right, whatever the words between', () => {
    const [empowered] = readClauses(
      'Commits the University to significant budget expenditure, subject to formal authorisation.',
    );
    expect(empowered).toMatchObject({ id: 'empowered', strength: 'direct' });
    expect(empowered?.cues).toEqual(expect.arrayContaining(['Commits', 'budget']));
    expect(
      ids('Allocates resources independently within constraints set by senior management.'),
    ).toContain('empowered:direct');
  });

  it('matches every form of a word by its stem', () => {
    for (const verb of ['Allocates', 'Allocating', 'Has allocated', 'Allocation of'])
      expect(ids(`${verb} funds to research groups.`)).toContain('empowered:direct');
  });

  it('leaves out a decision that is someone else’s, or none', () => {
    expect(ids('Develops proposals for resource allocation.')).not.toContain('empowered:direct');
    expect(ids('Administers workshops, working within budgeted allocations.')).not.toContain(
      'empowered:direct',
    );
  });

  it('does not reach across the parts of a sentence', () => {
    expect(readStructures('Approves leave; manages the equipment budget.')).toEqual([]);
  });

  it('reads technicians beside their visibility, in either order, as advocacy', () => {
    expect(
      ids('Ensure that the contribution of technicians is visible beyond the institution.'),
    ).toContain('advocates:direct');
    expect(ids('Makes sure technical staff are represented in change programmes.')).toContain(
      'advocates:in-part',
    );
  });
});
