/**
 * Every sentence of a draft a grading panel reads, each with a short reference ("R3" for the
 * third responsibility), so an evidence line can point back to it: the job purpose, the
 * responsibilities, the dimensions, the answers that place the role, and the person
 * specification.
 */
import { catalogueEntry } from '../catalogue';
import { dimensionSentences } from '../job-description/dimensions';
import { jobPurposeOf } from '../job-description/job-purpose';
import { EXTERNAL_REMIT, REPORTING_LINES, SCOPES, type HeraElement } from '../options';
import type { RoleDraft } from '../role-draft';
import { sentencesOf } from '../wording-checks/sentences';

export interface DraftSentence {
  /** "P1", "R3", "D2", "A1", "C4". */
  readonly ref: string;
  /** Where it is, as people say it: "Responsibility 3". */
  readonly where: string;
  readonly text: string;
  /** Elements the catalogue says it evidences (Keystone's own responsibilities only). */
  readonly hera: readonly HeraElement[];
  /** Work the role does (job purpose, responsibilities), read for how strongly it is worded. */
  readonly worded: boolean;
}

function answers(draft: RoleDraft): string[] {
  const { reportsTo } = draft.authority;
  const { scope, external, techniciansInRemit } = draft.remit;
  return [
    reportsTo === null ? null : `Reports to: ${REPORTING_LINES.label(reportsTo)}.`,
    scope === null ? null : `Remit: ${SCOPES.label(scope)}.`,
    techniciansInRemit === null ? null : `Technicians in remit: ${techniciansInRemit}.`,
    external.length === 0
      ? null
      : `External remit: ${external.map((e) => EXTERNAL_REMIT.label(e)).join('; ')}.`,
    draft.context.techCommitmentSignatory === true
      ? 'The institution is a signatory of the Technician Commitment.'
      : null,
  ].filter((a): a is string => a !== null);
}

export function draftSentences(draft: RoleDraft): DraftSentence[] {
  const out: DraftSentence[] = [];
  sentencesOf(jobPurposeOf(draft)).forEach((s, i) =>
    out.push({
      ref: `P${i + 1}`,
      where: `Job purpose, sentence ${i + 1}`,
      text: s.text,
      hera: [],
      worded: true,
    }),
  );
  draft.responsibilities.forEach((r, i) => {
    if (r.text.trim() === '') return;
    out.push({
      ref: `R${i + 1}`,
      where: `Responsibility ${i + 1}`,
      text: r.text.trim(),
      hera: r.catalogueId ? (catalogueEntry(r.catalogueId)?.hera ?? []) : [],
      worded: true,
    });
  });
  dimensionSentences(draft).forEach((text, i) =>
    out.push({
      ref: `D${i + 1}`,
      where: `Dimensions, line ${i + 1}`,
      text,
      hera: [],
      worded: false,
    }),
  );
  answers(draft).forEach((text, i) =>
    out.push({ ref: `A${i + 1}`, where: `Answer ${i + 1}`, text, hera: [], worded: false }),
  );
  draft.personSpec.forEach((c, i) => {
    if (c.text.trim() === '') return;
    out.push({
      ref: `C${i + 1}`,
      where: `Person specification, criterion ${i + 1}`,
      text: c.text.trim(),
      hera: ['knowledge'],
      worded: false,
    });
  });
  return out;
}
