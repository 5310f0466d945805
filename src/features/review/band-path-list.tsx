/** The path to the next band: the changes, in order, with what each adds and where it leaves the role. */
import type { BandPath } from '../../domain/path-to-next-band';

interface BandPathListProps {
  path: BandPath | null;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function BandPathList({ path }: BandPathListProps) {
  if (!path) return null;
  const { steps, to } = path;
  const last = steps[steps.length - 1];
  return (
    <section className="review-section" aria-labelledby="band-path-heading">
      <h3 id="band-path-heading">The path to “{to.name}”</h3>
      {steps.length === 0 ? (
        <p>No change to the answers or responsibilities would raise the role to this band.</p>
      ) : (
        <>
          <p>
            {path.reached
              ? `${steps.length === 1 ? 'This change' : `These ${steps.length} changes, made in order,`} would take the role to ${last!.overallAfter} out of 100: “${to.name}”.`
              : `Even these ${steps.length} changes would take the role only to ${last!.overallAfter} out of 100; the band above asks for a different role.`}
          </p>
          <ol className="band-path">
            {steps.map(({ change, overallAfter }) => {
              const { raise } = change;
              const what =
                raise.kind === 'add-responsibility'
                  ? `Add the responsibility: ${raise.text}`
                  : sentence(raise.text);
              return (
                <li key={raise.kind === 'add-responsibility' ? raise.catalogueId : raise.signalId}>
                  {what}{' '}
                  <span className="points">
                    +{change.overallGain}, to {overallAfter}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
