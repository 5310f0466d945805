import fc from 'fast-check';
import { arbitraryDraft } from '../testing/arbitrary-draft';
import { fires, quiet } from '../testing/contradiction-expect';
import { ownResponsibility, fromCatalogueIds, makeDraft } from '../testing/make-draft';
import { ALL_CONTRADICTION_RULES, findContradictions } from './contradictions';

/** Two strategic responsibilities: a technical strategy and a costing policy. */
const strategic = fromCatalogueIds(['technical-strategy', 'costing-policy']);

describe('findContradictions', () => {
  it('finds nothing in a blank draft: unanswered questions are not contradictions', () => {
    expect(findContradictions(makeDraft())).toEqual([]);
  });

  it('gives every rule a unique id, a title, an explanation and a fix', () => {
    const ruleIds = ALL_CONTRADICTION_RULES.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of ALL_CONTRADICTION_RULES) {
      expect(rule.title).not.toBe('');
      expect(rule.fix).toMatch(/\.$/);
    }
  });

  it('never throws and returns each contradiction once, over generated drafts', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const found = findContradictions(draft);
        expect(new Set(found.map((c) => c.id)).size).toBe(found.length);
        for (const c of found) expect(c.explanation.length).toBeGreaterThan(10);
      }),
      { numRuns: 200 },
    );
  });

  describe('strategic responsibilities without authority', () => {
    const id = 'responsibilities-without-authority';
    it('fires with strategic responsibilities, no seat and no budget', () => {
      fires(id, { responsibilities: strategic, authority: { budgetAuthority: 'none' } });
      fires(id, { responsibilities: strategic, authority: { budgetAuthority: 'advises' } });
    });
    it('does not fire with a seat, a budget, one strategic responsibility or the budget unanswered', () => {
      quiet(id, {
        responsibilities: strategic,
        authority: { budgetAuthority: 'none', seats: ['estates-committee'] },
      });
      quiet(id, { responsibilities: strategic, authority: { budgetAuthority: 'delegated' } });
      quiet(id, {
        responsibilities: fromCatalogueIds(['technical-strategy']),
        authority: { budgetAuthority: 'none' },
      });
      quiet(id, { responsibilities: strategic });
    });
    it('counts the user’s own responsibilities by the clauses they tag', () => {
      fires(id, {
        responsibilities: [
          ownResponsibility('Set the technical vision.', ['aligns']),
          ownResponsibility('Write policy.', ['policies']),
        ],
        authority: { budgetAuthority: 'none' },
      });
    });
  });

  describe('a strategic title at an operational grade', () => {
    const id = 'strategic-title-operational-grade';
    it.each([
      'Director of Technical Strategy',
      'Head of Technical Operations',
      'Strategic Scientific Technical Lead',
      'Chief Technical Officer',
    ])('fires for “%s” at grade 8', (title) =>
      fires(id, { authority: { title, gradeBand: 'grade-8' } }),
    );
    it('names the title in the explanation', () => {
      const found = findContradictions(
        makeDraft({ authority: { title: ' Head of Technicians ', gradeBand: 'grade-7' } }),
      );
      expect(found.find((c) => c.id === id)?.explanation).toContain('“Head of Technicians”');
    });
    it('does not fire at grade 9, for an operational title, or with no grade', () => {
      quiet(id, { authority: { title: 'Director of Technical Strategy', gradeBand: 'grade-9' } });
      quiet(id, { authority: { title: 'Technical Services Manager', gradeBand: 'grade-7' } });
      quiet(id, { authority: { title: 'Headcount Planner', gradeBand: 'grade-7' } });
      quiet(id, { authority: { title: 'Chief Technician', gradeBand: 'grade-7' } });
      quiet(id, { authority: { title: 'Director of Technical Strategy' } });
    });
  });

  describe('an institution-wide remit reporting into one faculty', () => {
    const id = 'institution-remit-local-line';
    it.each(['faculty-head', 'department-head'] as const)(
      'fires when reporting to %s',
      (reportsTo) => fires(id, { remit: { scope: 'institution' }, authority: { reportsTo } }),
    );
    it('does not fire for a central line, a faculty remit or an unanswered line', () => {
      quiet(id, { remit: { scope: 'institution' }, authority: { reportsTo: 'pro-vc' } });
      quiet(id, { remit: { scope: 'one-faculty' }, authority: { reportsTo: 'faculty-head' } });
      quiet(id, { remit: { scope: 'institution' } });
    });
  });

  describe('no development route', () => {
    const id = 'no-development-route';
    const responsibilities = fromCatalogueIds(['technical-strategy', 'shared-facilities']);
    it('fires with responsibilities and authority answered but no development responsibility or right', () => {
      fires(id, { responsibilities, authority: { gradeBand: 'grade-9' } });
    });
    it('does not fire with a development responsibility, a grading or training right, or nothing answered', () => {
      quiet(id, {
        responsibilities: [...responsibilities, ...fromCatalogueIds(['mentoring'])],
        authority: { gradeBand: 'grade-9' },
      });
      quiet(id, { responsibilities, authority: { decisionRights: ['grading-promotion'] } });
      quiet(id, { responsibilities, authority: { decisionRights: ['training-budget'] } });
      quiet(id, { responsibilities });
      quiet(id, { authority: { gradeBand: 'grade-9' } });
    });
  });

  describe('a part-time post with an institution-wide remit', () => {
    const id = 'part-time-institution-wide';
    it('fires below 0.8 FTE', () =>
      fires(id, { remit: { scope: 'institution' }, authority: { fte: 0.5 } }));
    it('does not fire at 0.8 FTE, for a narrower remit, or with FTE unanswered', () => {
      quiet(id, { remit: { scope: 'institution' }, authority: { fte: 0.8 } });
      quiet(id, { remit: { scope: 'several-faculties' }, authority: { fte: 0.5 } });
      quiet(id, { remit: { scope: 'institution' } });
    });
  });

  describe('more technicians in remit than in the institution', () => {
    const id = 'remit-exceeds-community';
    it('fires and quotes both numbers', () => {
      const found = findContradictions(
        makeDraft({ context: { technicalCommunitySize: 300 }, remit: { techniciansInRemit: 450 } }),
      );
      expect(found.find((c) => c.id === id)).toMatchObject({ section: 'remit' });
      expect(found.find((c) => c.id === id)?.explanation).toMatch(/450.*300/);
    });
    it('does not fire when equal or when either number is unanswered', () => {
      quiet(id, { context: { technicalCommunitySize: 300 }, remit: { techniciansInRemit: 300 } });
      quiet(id, { remit: { techniciansInRemit: 450 } });
      quiet(id, { context: { technicalCommunitySize: 300 } });
    });
  });

  describe('budget and amount', () => {
    it('fires for a held budget of £0, not for an unanswered amount', () => {
      fires('budget-without-amount', {
        authority: { budgetAuthority: 'delegated', annualBudget: 0 },
      });
      fires('budget-without-amount', { authority: { budgetAuthority: 'full', annualBudget: 0 } });
      quiet('budget-without-amount', { authority: { budgetAuthority: 'full' } });
      quiet('budget-without-amount', {
        authority: { budgetAuthority: 'full', annualBudget: 100_000 },
      });
      quiet('budget-without-amount', {
        authority: { budgetAuthority: 'advises', annualBudget: 0 },
      });
    });
    it('fires for an amount with “no budget”', () => {
      fires('amount-without-budget', {
        authority: { budgetAuthority: 'none', annualBudget: 50_000 },
      });
      quiet('amount-without-budget', { authority: { budgetAuthority: 'none', annualBudget: 0 } });
      quiet('amount-without-budget', {
        authority: { budgetAuthority: 'advises', annualBudget: 50_000 },
      });
      quiet('amount-without-budget', { authority: { annualBudget: 50_000 } });
    });
  });

  describe('head counts and direct reports', () => {
    it('fires for a remit over 100 with nobody reporting in', () => {
      fires('large-remit-no-reports', {
        remit: { techniciansInRemit: 101 },
        authority: { directReports: 0 },
      });
      quiet('large-remit-no-reports', {
        remit: { techniciansInRemit: 100 },
        authority: { directReports: 0 },
      });
      quiet('large-remit-no-reports', {
        remit: { techniciansInRemit: 400 },
        authority: { directReports: 5 },
      });
      quiet('large-remit-no-reports', { remit: { techniciansInRemit: 400 } });
    });
    it('fires for more direct reports than technicians in remit', () => {
      fires('reports-exceed-remit', {
        remit: { techniciansInRemit: 4 },
        authority: { directReports: 6 },
      });
      quiet('reports-exceed-remit', {
        remit: { techniciansInRemit: 6 },
        authority: { directReports: 6 },
      });
      quiet('reports-exceed-remit', { authority: { directReports: 6 } });
    });
  });

  describe('a Technician Commitment signatory with nobody leading it', () => {
    const id = 'signatory-without-lead';
    const responsibilities = fromCatalogueIds(['technical-strategy']);
    it('fires for a signatory whose role does not lead it', () => {
      fires(id, { context: { techCommitmentSignatory: true }, responsibilities });
    });
    it('does not fire with the lead responsibility, the user’s own wording of it, a non-signatory or no responsibilities', () => {
      quiet(id, {
        context: { techCommitmentSignatory: true },
        responsibilities: fromCatalogueIds(['tc-lead']),
      });
      quiet(id, {
        context: { techCommitmentSignatory: true },
        responsibilities: [ownResponsibility('Chair our Technician Commitment steering group.')],
      });
      quiet(id, { context: { techCommitmentSignatory: false }, responsibilities });
      quiet(id, { context: { techCommitmentSignatory: true } });
    });
  });

  it('tells the wizard where each fix is made', () => {
    const found = findContradictions(
      makeDraft({
        context: { techCommitmentSignatory: true, technicalCommunitySize: 10 },
        remit: { scope: 'institution', techniciansInRemit: 20 },
        authority: { title: 'Head of Technical Strategy', gradeBand: 'grade-7', fte: 0.4 },
        responsibilities: strategic,
      }),
    );
    expect(Object.fromEntries(found.map((c) => [c.id, c.section]))).toEqual({
      'strategic-title-operational-grade': 'authority',
      'no-development-route': 'responsibilities',
      'part-time-institution-wide': 'authority',
      'remit-exceeds-community': 'remit',
      'signatory-without-lead': 'responsibilities',
      'investment-without-levers': 'authority',
    });
  });
});
