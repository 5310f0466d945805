/**
 * What a person sees when a view fails: what happened, what was kept, what to do next
 * (DESIGN.md, Words). Focus moves to its heading, since what had focus has just gone.
 */
import { useEffect, useRef } from 'react';
import { useGoTo } from '../shared/use-current-draft';
import { DownloadAllButton } from '../features/storage/download-all-button';
import { viewLabel } from '../shared/steps';
import { FIRST_VIEW, type ViewId } from '../store/views';

interface ViewProblemProps {
  view: ViewId;
  retry: () => void;
}

export function ViewProblem({ view, retry }: ViewProblemProps) {
  const goTo = useGoTo();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const firstStep = () => {
    goTo(FIRST_VIEW);
    retry();
  };
  return (
    <section className="view notice view-problem" aria-labelledby="view-problem-heading">
      <h2 id="view-problem-heading" ref={heading} tabIndex={-1}>
        “{viewLabel(view)}” could not be shown
      </h2>
      <p>
        Something went wrong while showing this part of Keystone. Your drafts are kept: nothing you
        entered has been lost, and the other steps still work.
      </p>
      <p>
        Try again, or choose another step. If it happens again, download all your drafts to keep a
        copy, then reload the page.
      </p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={retry}>
          Try again
        </button>
        {view !== FIRST_VIEW && (
          <button type="button" className="button-secondary" onClick={firstStep}>
            Go to the first step
          </button>
        )}
        <DownloadAllButton />
      </div>
    </section>
  );
}
