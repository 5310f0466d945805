/**
 * The wording checks beside one text as it is written: how many findings, and each with its
 * rewrite and dismissal. Folded by default so writing is not interrupted; the summary says
 * how many and of what kind.
 */
import { useMemo } from 'react';
import { checkText } from '../../domain/wording-checks/check-text';
import { CHECK_LABELS } from '../../domain/wording-checks/finding';
import { useCurrentDraft } from '../use-current-draft';
import { FindingCard } from './finding-card';
import { useWordingActions } from './use-wording-actions';
import './wording-findings.css';

interface Props {
  about: string;
  /** What the text is called in a sentence: "responsibility 2". */
  label: string;
  text: string;
  /** Read for grading strength (a duty the role is meant to hold). */
  strength: boolean;
  /** Puts a rewrite into the text; by default it is written to the draft. */
  onRewrite?: (text: string) => void;
}

export function WordingFindings({ about, label, text, strength, onRewrite }: Props) {
  const draft = useCurrentDraft();
  const actions = useWordingActions();
  const findings = useMemo(
    () =>
      checkText(text, { strength }).filter(
        (f) => !draft.wordingDismissals.some((d) => d.about === about && d.finding === f.key),
      ),
    [text, strength, draft.wordingDismissals, about],
  );
  if (findings.length === 0) return null;
  const kinds = [...new Set(findings.map((f) => CHECK_LABELS[f.check].toLowerCase()))];
  return (
    <details className="wording-findings">
      <summary>
        Wording of {label}: {findings.length} {findings.length === 1 ? 'finding' : 'findings'} (
        {kinds.join(', ')})
      </summary>
      <ul className="finding-list">
        {findings.map((f) => (
          <FindingCard
            key={`${f.key}@${f.start}`}
            finding={f}
            label={label}
            onRewrite={(t) => (onRewrite ? onRewrite(t) : actions.rewrite(about, t))}
            onDismiss={(reason) => actions.dismiss(about, f.key, reason)}
          />
        ))}
      </ul>
    </details>
  );
}
