/**
 * The peer library shipped with Keystone: 32 ILLUSTRATIVE profiles. No complete public job
 * description of an institution-level role exists (DOMAIN.md §2), so each profile is built from
 * the patterns the sources describe; docs/peer-profiles.md says how and from which sources.
 */
import { catalogueEntry } from '../catalogue';
import { emptyDraft } from '../empty-draft';
import type { RoleDraft } from '../role-draft';
import { EXECUTIVE } from './data/executive';
import { FACILITIES_INVESTMENT_LED } from './data/facilities-investment-led';
import type { IllustrativeRow } from './data/illustrative-row';
import { OPERATIONS_LED } from './data/operations-led';
import { SKILLS_ADVOCACY_LED } from './data/skills-advocacy-led';
import { peerKey, type Peer } from './peer';

export const SHIPPED_PACK_ID = 'keystone-illustrative';
export const SHIPPED_PACK_NAME = 'Keystone illustrative peer profiles';
export const SHIPPED_PACK_SOURCE =
  'Built by the Keystone team from the TALENT / UK ITSS report (November 2024) and sector sources; not real roles.';
const STAMP = '2026-11-01T00:00:00.000Z';

export const ILLUSTRATIVE_ROWS: readonly IllustrativeRow[] = [
  ...SKILLS_ADVOCACY_LED,
  ...FACILITIES_INVESTMENT_LED,
  ...OPERATIONS_LED,
  ...EXECUTIVE,
];

export function expandRow(row: IllustrativeRow): RoleDraft {
  const base = emptyDraft(row.id, `Illustrative: ${row.title}`, STAMP);
  return {
    ...base,
    context: {
      institutionName: '',
      nation: row.nation,
      institutionType: row.type,
      technicalCommunitySize: row.community,
      techCommitmentSignatory: row.signatory,
    },
    remit: {
      scope: row.scope,
      areas: [...row.areas],
      techniciansInRemit: row.technicians,
      sites: row.sites,
      external: [...row.external],
      targetLevel: null,
    },
    authority: {
      title: row.title,
      fte: row.fte,
      gradeBand: row.grade,
      reportsTo: row.reportsTo,
      seats: [...row.seats],
      budgetAuthority: row.budget,
      annualBudget: row.annualBudget,
      decisionRights: [...row.rights],
      directReports: row.directReports,
    },
    responsibilities: row.responsibilities.map((id) => ({
      id: `${row.id}-${id}`,
      catalogueId: id,
      text: catalogueEntry(id)?.text ?? id,
      clauses: [],
      reason: '',
    })),
  };
}

export const SHIPPED_PEERS: readonly Peer[] = ILLUSTRATIVE_ROWS.map((row) => ({
  key: peerKey(SHIPPED_PACK_ID, row.id),
  packId: SHIPPED_PACK_ID,
  illustrative: true,
  shape: row.shape,
  profile: expandRow(row),
}));
