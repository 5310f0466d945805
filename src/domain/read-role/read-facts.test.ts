import { describe, expect, it } from 'vitest';
import { readRole } from './read-role';

const JOB = `Job title: Head of Technical Services
Grade: 10
Salary: £62,000 - £70,000 per annum
Reports to: Chief Operating Officer
Job purpose
The postholder leads technical services across the University, a community of 420 technicians on three campuses, and is a member of the University Executive Board.
Main duties
• Hold the technical services budget of £4.2m and set its spending priorities.
• Approve technical recruitment and regrading cases.
• Lead the University's Technician Commitment and represent it in the Midlands Innovation network.
• Own the technical workforce plan.
• Sit on the Research and Innovation Committee.
• Manage the core research facilities, teaching laboratories and workshops.
• Line manage 6 technical managers.
This is a 1.0 FTE post.`;

describe('the facts a job description states in passing', () => {
  const reading = readRole(JOB);
  const fact = (kind: string) => reading.facts.filter((f) => f.kind === kind);
  const text = (sentenceId: string) => reading.sentences.find((s) => s.id === sentenceId)?.text;

  it('proposes each answer as the draft stores it, with the sentence it came from', () => {
    expect(fact('title')[0]?.value).toBe('Head of Technical Services');
    expect(fact('gradeBand')[0]?.value).toBe('grade-10');
    expect(fact('salary')[0]?.value).toBe('£62,000 - £70,000 per annum');
    expect(fact('reportsTo')[0]).toMatchObject({ value: 'coo-registrar' });
    expect(text(fact('reportsTo')[0]!.sentenceId)).toBe('Reports to: Chief Operating Officer');
    expect(fact('scope')[0]?.value).toBe('institution');
    expect(fact('techniciansInRemit')[0]?.value).toBe(420);
    expect(fact('sites')[0]?.value).toBe(3);
    expect(fact('annualBudget')[0]?.value).toBe(4_200_000);
    expect(fact('budgetAuthority')[0]?.value).toBe('full');
    expect(fact('directReports')[0]?.value).toBe(6);
    expect(fact('fte')[0]?.value).toBe(1);
  });

  it('gathers list answers from every sentence that states one', () => {
    expect(fact('seats').flatMap((f) => f.value)).toEqual([
      'executive-board',
      'research-committee',
    ]);
    expect(fact('decisionRights').flatMap((f) => f.value)).toEqual([
      'technical-recruitment',
      'grading-promotion',
      'workforce-plan',
    ]);
    expect(fact('external').flatMap((f) => f.value)).toEqual([
      'technician-commitment',
      'sector-networks',
    ]);
    expect(fact('areas').flatMap((f) => f.value)).toEqual([
      'research-facilities',
      'teaching-labs',
      'workshops',
    ]);
  });

  it('names the words that stated each fact, as written', () => {
    for (const f of reading.facts) {
      const sentence = text(f.sentenceId) ?? '';
      for (const cue of f.cues) expect(sentence).toContain(cue);
    }
  });

  it('does not take a committee the role reports to, or a grade it opens to others, as its own', () => {
    const other = readRole(
      'Reports to the Research Committee on progress.\nProvide routes for technicians to progress beyond grade 7.',
    );
    expect(other.facts.map((f) => f.kind)).not.toContain('seats');
    expect(other.facts.map((f) => f.kind)).not.toContain('gradeBand');
  });

  it('reads US reporting lines and spellings', () => {
    const us = readRole(
      'Reports to the Provost. Oversees a program of center-wide equipment purchases.',
    );
    expect(us.facts.find((f) => f.kind === 'reportsTo')?.value).toBe('deputy-vc');
  });
});
