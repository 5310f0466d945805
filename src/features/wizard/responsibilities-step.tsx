/** This step is being written; for now it moves on. */
import { useCurrentDraft, useGoTo } from '../drafts/use-current-draft';
import { StepFrame } from './step-frame';

export function ResponsibilitiesStep() {
  useCurrentDraft();
  const goTo = useGoTo();
  return (
    <StepFrame
      step="responsibilities"
      intro={<p>Coming in the next commit.</p>}
      onSubmit={(event) => {
        event.preventDefault();
        goTo('person-spec');
      }}
    >
      {null}
    </StepFrame>
  );
}
