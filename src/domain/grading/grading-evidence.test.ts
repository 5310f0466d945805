import {
  fromCatalogueIds,
  makeCriterion,
  makeDraft,
  ownResponsibility,
} from '../../testing/make-draft';
import { HERA_ELEMENTS } from '../options';
import { readWordingKind } from '../wording/wording-kind';
import { HERA_CUES } from './grading-cues';
import { gradingEvidence } from './grading-evidence';

/** A draft with answers, Keystone's responsibilities and criteria, as an HR partner fills it. */
const fullDraft = () =>
  makeDraft({
    context: { institutionName: 'University of Example', techCommitmentSignatory: true },
    remit: {
      scope: 'institution',
      techniciansInRemit: 400,
      sites: 2,
      external: ['sector-networks', 'uk-itss'],
    },
    authority: {
      title: 'Director of Technical Strategy',
      reportsTo: 'deputy-vc',
      annualBudget: 2_000_000,
      decisionRights: ['technical-recruitment', 'workforce-plan'],
      directReports: 6,
    },
    responsibilities: fromCatalogueIds([
      'exec-member',
      'technical-strategy',
      'budget-holder',
      'tc-lead',
      'workforce-plan',
      'career-pathways',
    ]),
    personSpec: [makeCriterion({ text: 'Significant experience leading technical services.' })],
  });

/** A draft whose only work is the given responsibilities (the job purpose says nothing more). */
const draftOf = (...texts: string[]) =>
  makeDraft({
    responsibilities: texts.map((t) => ownResponsibility(t)),
    wording: { jobPurpose: 'The post exists.' },
  });

const lineOf = (evidence: ReturnType<typeof gradingEvidence>, ref: string) =>
  evidence.lines.find((l) => l.sentence.ref === ref);

describe('the grading evidence of a draft', () => {
  it('has every one of HERA’s 14 elements and Hay’s three factors, in order, on any draft', () => {
    for (const draft of [makeDraft(), fullDraft()]) {
      const evidence = gradingEvidence(draft);
      expect(evidence.hera.map((e) => e.id)).toEqual([...HERA_ELEMENTS.ids]);
      expect(evidence.hera).toHaveLength(14);
      expect(evidence.hay.map((f) => f.name)).toEqual([
        'Know-how',
        'Problem solving',
        'Accountability',
      ]);
    }
  });

  it('reads how strongly each responsibility is worded with the one wording table', () => {
    const evidence = gradingEvidence(
      draftOf(
        'Leads the technical strategy across the university.',
        'Supports the Dean on workforce planning.',
        'Manages the technical services budget.',
      ),
    );
    expect(lineOf(evidence, 'R1')).toMatchObject({ strength: 'holds', cue: 'Leads' });
    expect(lineOf(evidence, 'R2')).toMatchObject({ strength: 'shares', cue: 'Supports' });
    expect(lineOf(evidence, 'R3')).toMatchObject({ strength: 'task', cue: null });
    for (const ref of ['R1', 'R2', 'R3']) {
      const line = lineOf(evidence, ref);
      expect(line?.strength).toBe(readWordingKind(line?.sentence.text ?? '').kind ?? 'task');
    }
  });

  it('does not read answers, dimensions or criteria for strength: they are facts', () => {
    const evidence = gradingEvidence(fullDraft());
    const facts = evidence.lines.filter((l) => /^[DAC]/.test(l.sentence.ref));
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((l) => l.strength === 'fact' && l.cue === null)).toBe(true);
  });

  it('counts a responsibility worded as holding the outcome as evidence of decision-making', () => {
    const evidence = gradingEvidence(draftOf('Approves the technical estates plan.'));
    const deciding = evidence.hera.find((e) => e.id === 'decision-making');
    expect(deciding?.lines.map((l) => l.sentence.ref)).toContain('R1');
    const shared = gradingEvidence(draftOf('Supports the technical estates plan.'));
    expect(
      shared.hera.find((e) => e.id === 'decision-making')?.lines.map((l) => l.sentence.ref),
    ).not.toContain('R1');
  });

  it('keeps no second list of holding or sharing words: the element cues name topics only', () => {
    // Each is in the one wording table; none may point a sentence at an element by itself.
    const verbs = [
      'leads',
      'owns',
      'approves',
      'decides',
      'directs',
      'authorises',
      'champions',
      'sets the strategy',
      'accountable for',
      'supports',
      'assists',
      'helps',
      'contributes to',
      'participates in',
      'input to',
      'responsible for',
    ];
    for (const verb of verbs) {
      expect(readWordingKind(verb).kind, verb).not.toBeNull();
      for (const [id, cue] of Object.entries(HERA_CUES)) {
        expect(new RegExp(`^(?:${cue.pattern})$`, 'i').test(verb), `${id}: ${verb}`).toBe(false);
      }
    }
  });

  it('points every line to a sentence of the draft, each reference once', () => {
    const evidence = gradingEvidence(fullDraft());
    const refs = evidence.sentences.map((s) => s.ref);
    expect(new Set(refs).size).toBe(refs.length);
    const byRef = new Map(evidence.sentences.map((s) => [s.ref, s]));
    for (const element of [...evidence.hera, ...evidence.hay]) {
      for (const line of element.lines) expect(byRef.get(line.sentence.ref)).toBe(line.sentence);
    }
  });

  it('says what a panel will ask for: what nothing evidences, a role that only shares, the missing answers', () => {
    const evidence = gradingEvidence(
      makeDraft({
        responsibilities: [ownResponsibility('Supports the Dean on workforce planning.')],
        wording: { jobPurpose: 'The post exists.' },
        authority: { decisionRights: [], annualBudget: null, directReports: null },
      }),
    );
    const asks = (id: string) =>
      [...evidence.hera, ...evidence.hay].find((e) => e.id === id)?.asks ?? [];
    expect(asks('pastoral')).toEqual([HERA_CUES.pastoral.ask]);
    expect(asks('planning-resources')).toEqual([
      'who holds the outcome and what the role decides itself, since each responsibility here is worded as a share (“Supports”)',
      'the size of the budget the role holds (none is recorded)',
    ]);
    expect(asks('decision-making')).toContain(
      'which decisions the role signs off (no decision rights are recorded)',
    );
    expect(asks('team-development')).toContain('how many people report to the role (not recorded)');
    expect(asks('accountability')).toContain(
      'the size of the budget the role holds (none is recorded)',
    );
    // A well-evidenced element asks for nothing more.
    const full = gradingEvidence(fullDraft());
    expect(full.hera.find((e) => e.id === 'liaison')?.asks).toEqual([]);
  });
});
