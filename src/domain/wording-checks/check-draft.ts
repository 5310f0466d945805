/**
 * The wording checks on every text of a draft that a panel or candidate reads: the job purpose
 * (the user's or Keystone's), each responsibility (Keystone's or the user's) and each criterion
 * of the person specification. A finding the user dismissed, with a reason, stays dismissed
 * (draft.wordingDismissals); everything else is derived, never stored.
 */
import { jobPurposeOf } from '../job-description/job-purpose';
import type { RoleDraft } from '../role-draft';
import { checkText } from './check-text';
import type { Finding } from './finding';

export interface DraftText {
  /** Stable across edits: what a dismissal is kept against. */
  readonly about: string;
  /** Its name in a sentence: "responsibility 2". */
  readonly label: string;
  readonly text: string;
  /** A duty the role is meant to hold, so read for grading strength. */
  readonly strength: boolean;
}

export interface CheckedText extends DraftText {
  readonly findings: readonly Finding[];
  readonly dismissed: readonly { readonly finding: Finding; readonly reason: string }[];
}

export const JOB_PURPOSE = 'jobPurpose';
export const aboutResponsibility = (id: string): string => `responsibility:${id}`;
export const aboutCriterion = (id: string): string => `criterion:${id}`;

export function draftTexts(draft: RoleDraft): DraftText[] {
  return [
    { about: JOB_PURPOSE, label: 'the job purpose', text: jobPurposeOf(draft), strength: true },
    ...draft.responsibilities.map((r, i) => ({
      about: aboutResponsibility(r.id),
      label: `responsibility ${i + 1}`,
      text: r.text,
      strength: true,
    })),
    ...draft.personSpec.map((c, i) => ({
      about: aboutCriterion(c.id),
      label: `criterion ${i + 1}`,
      text: c.text,
      strength: false,
    })),
  ];
}

/** The dismissal reason for a finding, if the user dismissed it. */
export function dismissalOf(draft: RoleDraft, about: string, finding: Finding): string | null {
  const found = draft.wordingDismissals.find((d) => d.about === about && d.finding === finding.key);
  return found ? found.reason : null;
}

/** One text of the draft, checked, with its dismissed findings set apart. */
export function checkDraftText(draft: RoleDraft, text: DraftText, context: string): CheckedText {
  const findings: Finding[] = [];
  const dismissed: { finding: Finding; reason: string }[] = [];
  for (const finding of checkText(text.text, { strength: text.strength, context })) {
    const reason = dismissalOf(draft, text.about, finding);
    if (reason === null) findings.push(finding);
    else dismissed.push({ finding, reason });
  }
  return { ...text, findings, dismissed };
}

/** The whole draft's words, where an acronym may be spelt out. */
export const draftContext = (texts: readonly DraftText[]): string =>
  texts.map((t) => t.text).join('\n');

export function checkDraft(draft: RoleDraft): CheckedText[] {
  const texts = draftTexts(draft);
  const context = draftContext(texts);
  return texts.map((t) => checkDraftText(draft, t, context));
}
