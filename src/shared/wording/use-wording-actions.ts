/**
 * Writing what the user decides about a wording finding: dismiss it with a reason (kept in the
 * draft, so it stays dismissed), show it again, or put a rewrite into the text it was found in.
 */
import {
  aboutCriterion,
  aboutResponsibility,
  JOB_PURPOSE,
} from '../../domain/wording-checks/check-draft';
import { newId } from '../../domain/new-id';
import type { RoleDraft } from '../../domain/role-draft';
import { useKeystoneStore } from '../../store/keystone-store';
import { useCurrentDraft } from '../use-current-draft';

export interface WordingActions {
  dismiss: (about: string, finding: string, reason: string) => void;
  showAgain: (about: string, finding: string) => void;
  /** Replaces the whole text of `about` with `text`. */
  rewrite: (about: string, text: string) => void;
}

function withText(draft: RoleDraft, about: string, text: string): RoleDraft {
  if (about === JOB_PURPOSE) return { ...draft, wording: { ...draft.wording, jobPurpose: text } };
  return {
    ...draft,
    responsibilities: draft.responsibilities.map((r) =>
      aboutResponsibility(r.id) === about ? { ...r, text } : r,
    ),
    personSpec: draft.personSpec.map((c) => (aboutCriterion(c.id) === about ? { ...c, text } : c)),
  };
}

export function useWordingActions(): WordingActions {
  const draft = useCurrentDraft();
  const updateDraft = useKeystoneStore((s) => s.updateDraft);
  return {
    dismiss: (about, finding, reason) =>
      updateDraft(draft.id, (d) => ({
        ...d,
        wordingDismissals: [
          ...d.wordingDismissals.filter((w) => !(w.about === about && w.finding === finding)),
          { id: newId('w'), about, finding, reason },
        ],
      })),
    showAgain: (about, finding) =>
      updateDraft(draft.id, (d) => ({
        ...d,
        wordingDismissals: d.wordingDismissals.filter(
          (w) => !(w.about === about && w.finding === finding),
        ),
      })),
    rewrite: (about, text) => updateDraft(draft.id, (d) => withText(d, about, text)),
  };
}
