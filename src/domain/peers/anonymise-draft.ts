/**
 * The current draft as a peer pack of one, with nothing that could identify a person or an
 * institution unless the user chooses to include it: no institution name, no draft name, dates
 * to the month, head counts and budgets rounded, and free text withheld by default.
 */
import type { RoleDraft } from '../role-draft';
import { PEER_PACK_TYPE, PEER_PACK_VERSION, type PeerPackFile } from './peer-pack';

export interface AnonymiseChoices {
  /** The job title can name a unique post: off unless chosen. */
  includeTitle: boolean;
  /** Statements the user wrote, the person specification and the job purpose. */
  includeFreeText: boolean;
}

export const WITHHELD = 'A responsibility written by the institution (wording withheld).';

const month = (iso: string) =>
  /^\d{4}-\d{2}/.test(iso) ? `${iso.slice(0, 7)}-01T00:00:00.000Z` : '';
const roundTo = (step: number) => (n: number | null) =>
  n === null ? null : Math.round(n / step) * step;
const heads = roundTo(10);
const pounds = roundTo(10_000);

export function anonymiseDraft(draft: RoleDraft, choices: AnonymiseChoices): RoleDraft {
  const free = choices.includeFreeText;
  return {
    id: 'profile-1',
    name: 'Anonymised role profile',
    createdAt: month(draft.createdAt),
    updatedAt: month(draft.updatedAt),
    context: {
      ...draft.context,
      institutionName: '',
      technicalCommunitySize: heads(draft.context.technicalCommunitySize),
    },
    remit: { ...draft.remit, techniciansInRemit: heads(draft.remit.techniciansInRemit) },
    authority: {
      ...draft.authority,
      title: choices.includeTitle ? draft.authority.title : '',
      annualBudget: pounds(draft.authority.annualBudget),
    },
    responsibilities: draft.responsibilities.map((r, i) => ({
      id: `r-${i + 1}`,
      catalogueId: r.catalogueId,
      text: r.catalogueId !== null || free ? r.text : WITHHELD,
      clauses: [...r.clauses],
    })),
    personSpec: free ? draft.personSpec.map((c, i) => ({ ...c, id: `c-${i + 1}` })) : [],
    wording: { jobPurpose: free ? draft.wording.jobPurpose : null },
    peerFilter: {
      institutionTypes: [],
      nations: [],
      seniority: [],
      minCommunity: null,
      maxCommunity: null,
    },
  };
}

export function anonymisedPack(
  draft: RoleDraft,
  choices: AnonymiseChoices,
  now: string,
): PeerPackFile {
  return {
    type: PEER_PACK_TYPE,
    version: PEER_PACK_VERSION,
    name: 'Anonymised role profile',
    source: 'Exported from Keystone',
    createdAt: month(now),
    illustrative: false,
    profiles: [anonymiseDraft(draft, choices)],
  };
}
