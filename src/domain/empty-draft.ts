import type { RoleDraft } from './role-draft';

/** A blank draft: every question unanswered. Ids and times come from the caller (keeps this pure). */
export function emptyDraft(id: string, name: string, now: string): RoleDraft {
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    context: {
      institutionName: '',
      nation: null,
      institutionType: null,
      technicalCommunitySize: null,
      techCommitmentSignatory: null,
    },
    remit: { scope: null, areas: [], techniciansInRemit: null, sites: null, external: [] },
    authority: {
      title: '',
      fte: null,
      gradeBand: null,
      reportsTo: null,
      seats: [],
      budgetAuthority: null,
      annualBudget: null,
      decisionRights: [],
      directReports: null,
    },
    responsibilities: [],
    personSpec: [],
    wording: { jobPurpose: null },
    peerFilter: {
      institutionTypes: [],
      nations: [],
      seniority: [],
      minCommunity: null,
      maxCommunity: null,
    },
  };
}
