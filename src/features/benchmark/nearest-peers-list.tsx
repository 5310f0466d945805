/** The peers most like this role: how alike, what they share and what differs. */
import type { NearestPeer } from '../../domain/benchmark/nearest-peers';
import { INSTITUTION_TYPES, NATIONS } from '../../domain/options';
import { shapeLabel } from '../../domain/peers/peer-shape';
import { IllustrativeTag } from './illustrative-tag';

export function NearestPeersList({ nearest }: { nearest: readonly NearestPeer[] }) {
  if (nearest.length === 0) return <p>No peers to compare with.</p>;
  return (
    <>
      <p className="field-hint">
        Alike means: half from the responsibilities both roles hold, a quarter from the seats both
        hold, and a quarter from how close the grades are.
      </p>
      <ol className="bench-nearest">
        {nearest.map((n) => {
          const { context } = n.peer.profile;
          const where = [
            context.institutionType && INSTITUTION_TYPES.label(context.institutionType),
            context.nation && NATIONS.label(context.nation),
            n.peer.shape && shapeLabel(n.peer.shape),
          ].filter(Boolean);
          return (
            <li key={n.peer.key}>
              <h4>
                {n.title} {n.peer.illustrative && <IllustrativeTag />}
              </h4>
              <p className="bench-muted">{where.join(' · ')}</p>
              <p>
                {Math.round(n.similarity * 100)}% alike: {n.sharedResponsibilities} shared{' '}
                {n.sharedResponsibilities === 1 ? 'responsibility' : 'responsibilities'},{' '}
                {n.sharedSeats} shared {n.sharedSeats === 1 ? 'seat' : 'seats'}.
              </p>
              {n.differences.length > 0 && (
                <ul>
                  {n.differences.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
