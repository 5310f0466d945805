/**
 * The wording checks gathered for the whole draft: the balance reading of the job description,
 * then each text with what a panel or candidate would make of it, a rewrite to accept in one
 * step, and the findings dismissed so far with their reasons.
 */
import { useMemo } from 'react';
import { readBalance } from '../../domain/wording-checks/balance';
import { checkDraft } from '../../domain/wording-checks/check-draft';
import { CHECK_LABELS } from '../../domain/wording-checks/finding';
import { CHECK_ORDER } from '../../domain/wording-checks/check-text';
import { useCurrentDraft } from '../../shared/use-current-draft';
import { FindingCard } from '../../shared/wording/finding-card';
import { useWordingActions } from '../../shared/wording/use-wording-actions';
import '../../shared/wording/wording-findings.css';
import { BalanceReadingView } from './balance-reading-view';

export function WordingReview() {
  const draft = useCurrentDraft();
  const actions = useWordingActions();
  const checked = useMemo(() => checkDraft(draft), [draft]);
  const balance = useMemo(() => readBalance(checked.map((t) => t.text).join('\n')), [checked]);
  const all = checked.flatMap((t) => t.findings);
  const dismissed = checked.flatMap((t) => t.dismissed.map((d) => ({ ...d, text: t })));
  const byCheck = CHECK_ORDER.map((c) => ({
    check: c,
    count: all.filter((f) => f.check === c).length,
  }));

  return (
    <section className="review-section" aria-labelledby="wording-heading">
      <h3 id="wording-heading">Wording: what a panel and a candidate will read</h3>
      <p>
        {all.length === 0
          ? 'No wording findings open.'
          : `${all.length} wording ${all.length === 1 ? 'finding' : 'findings'} open: ${byCheck
              .filter((c) => c.count > 0)
              .map((c) => `${CHECK_LABELS[c.check].toLowerCase()} ${c.count}`)
              .join(', ')}.`}
      </p>
      <BalanceReadingView reading={balance} />
      {checked
        .filter((t) => t.findings.length > 0)
        .map((t) => (
          <div key={t.about} className="wording-text">
            <h4>
              {t.label.charAt(0).toUpperCase() + t.label.slice(1)} ({t.findings.length}{' '}
              {t.findings.length === 1 ? 'finding' : 'findings'})
            </h4>
            <blockquote>{t.text}</blockquote>
            <ul className="finding-list">
              {t.findings.map((f) => (
                <FindingCard
                  key={`${f.key}@${f.start}`}
                  finding={f}
                  label={t.label}
                  onRewrite={(text) => actions.rewrite(t.about, text)}
                  onDismiss={(reason) => actions.dismiss(t.about, f.key, reason)}
                />
              ))}
            </ul>
          </div>
        ))}
      {dismissed.length > 0 && (
        <details>
          <summary>Dismissed findings ({dismissed.length})</summary>
          <ul className="finding-list">
            {dismissed.map(({ finding, reason, text }) => (
              <li key={`${text.about}:${finding.key}@${finding.start}`} className="finding">
                <p>
                  <strong>{text.label.charAt(0).toUpperCase() + text.label.slice(1)}:</strong>{' '}
                  {finding.what}
                </p>
                <p>Dismissed because: {reason}</p>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => actions.showAgain(text.about, finding.key)}
                >
                  Show “{finding.words.slice(0, 40)}” again
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
