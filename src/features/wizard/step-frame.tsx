/**
 * The frame every wizard step shares: its heading, a short introduction, the form, and the
 * Back and Next buttons. Next submits the form (so the step's requirements are checked);
 * Back never checks, since every change is already saved.
 */
import type { FormEventHandler, ReactNode } from 'react';
import type { StepId } from '../../store/views';
import { useGoTo } from '../../shared/use-current-draft';
import { STEPS, stepAfter } from '../../shared/steps';

interface StepFrameProps {
  step: StepId;
  intro: ReactNode;
  /** Shown after the introduction: a way in that is not a question (the first step's "Open a file"). */
  start?: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}

export function StepFrame({ step, intro, start, onSubmit, children }: StepFrameProps) {
  const goTo = useGoTo();
  const index = STEPS.findIndex((s) => s.id === step);
  const previous = stepAfter(step, -1);
  const headingId = `${step}-heading`;
  return (
    <form className="step" aria-labelledby={headingId} noValidate onSubmit={onSubmit}>
      <p className="step-count">
        Step {index + 1} of {STEPS.length}
      </p>
      <h2 id={headingId} tabIndex={-1}>
        {STEPS[index]?.label}
      </h2>
      <div className="step-intro">{intro}</div>
      {start}
      {children}
      <div className="step-actions">
        {previous && (
          <button type="button" className="button-secondary" onClick={() => goTo(previous)}>
            Back
          </button>
        )}
        <button type="submit" className="button-primary">
          Next
        </button>
      </div>
    </form>
  );
}
