/** The step list: where the user is, which steps are complete, and a way to jump to any. */
import { OTHER_VIEWS, STEPS } from '../shared/steps';
import { stepComplete } from '../domain/steps/step-completion';
import { useCurrentDraft, useCurrentView, useGoTo } from '../shared/use-current-draft';
import './step-nav.css';

export function StepNav() {
  const draft = useCurrentDraft();
  const view = useCurrentView();
  const goTo = useGoTo();
  return (
    <nav id="steps" className="layout-nav" aria-label="Steps" tabIndex={-1}>
      <ol className="step-list">
        {STEPS.map((step, index) => {
          const complete = stepComplete(step.id, draft);
          const current = step.id === view;
          return (
            <li key={step.id}>
              <button
                type="button"
                className="step-link"
                aria-current={current ? 'step' : undefined}
                onClick={() => goTo(step.id)}
              >
                <span
                  className={complete ? 'step-mark step-mark-done' : 'step-mark'}
                  aria-hidden="true"
                >
                  {complete ? '✓' : index + 1}
                </span>
                <span className="step-name">
                  {step.label}
                  <span className="visually-hidden">
                    {complete ? ', complete' : ', not complete'}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="nav-heading">Compare and share</p>
      <ul className="step-list">
        {OTHER_VIEWS.map((other) => (
          <li key={other.id}>
            <button
              type="button"
              className="step-link"
              aria-current={other.id === view ? 'page' : undefined}
              onClick={() => goTo(other.id)}
            >
              <span className="step-mark" aria-hidden="true">
                {other.mark}
              </span>
              <span className="step-name">{other.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
