/** This step is being written; for now it moves on. */
import { useCurrentDraft, useGoTo } from '../drafts/use-current-draft';
import { StepFrame } from './step-frame';

export function PersonSpecStep() {
  useCurrentDraft();
  const goTo = useGoTo();
  return (
    <StepFrame
      step="person-spec"
      intro={<p>Coming in the next commit.</p>}
      onSubmit={(event) => {
        event.preventDefault();
        goTo('review');
      }}
    >
      {null}
    </StepFrame>
  );
}
