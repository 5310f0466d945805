/**
 * The CSV columns of a peer pack (docs/peer-pack-csv.md): one row per role, one column per
 * answer. Lists hold option ids separated by semicolons.
 */
export interface CsvColumn {
  name: string;
  /** Where the answer goes in a role draft. */
  field: string;
  kind: 'text' | 'option' | 'list' | 'whole' | 'number' | 'yes-no';
  required?: true;
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', field: 'id', kind: 'text' },
  { name: 'title', field: 'authority.title', kind: 'text' },
  { name: 'institution_type', field: 'context.institutionType', kind: 'option', required: true },
  { name: 'nation', field: 'context.nation', kind: 'option', required: true },
  { name: 'technical_community', field: 'context.technicalCommunitySize', kind: 'whole' },
  { name: 'tc_signatory', field: 'context.techCommitmentSignatory', kind: 'yes-no' },
  { name: 'scope', field: 'remit.scope', kind: 'option' },
  { name: 'areas', field: 'remit.areas', kind: 'list' },
  { name: 'technicians_in_remit', field: 'remit.techniciansInRemit', kind: 'whole' },
  { name: 'sites', field: 'remit.sites', kind: 'whole' },
  { name: 'external', field: 'remit.external', kind: 'list' },
  { name: 'grade_band', field: 'authority.gradeBand', kind: 'option' },
  { name: 'reports_to', field: 'authority.reportsTo', kind: 'option' },
  { name: 'fte', field: 'authority.fte', kind: 'number' },
  { name: 'seats', field: 'authority.seats', kind: 'list' },
  { name: 'budget_authority', field: 'authority.budgetAuthority', kind: 'option' },
  { name: 'annual_budget', field: 'authority.annualBudget', kind: 'whole' },
  { name: 'decision_rights', field: 'authority.decisionRights', kind: 'list' },
  { name: 'direct_reports', field: 'authority.directReports', kind: 'whole' },
  { name: 'responsibilities', field: 'responsibilities', kind: 'list' },
];

/** The column a draft field came from, for error messages. */
export function columnFor(path: string): string | undefined {
  const exact = CSV_COLUMNS.find((c) => path === c.field || path.startsWith(`${c.field}[`));
  return exact?.name;
}
