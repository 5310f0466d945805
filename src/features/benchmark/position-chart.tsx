/**
 * Where this role sits among its peers on every dimension: a track from the lowest to the
 * highest peer (by percentile), the middle half of peers outlined, the median ticked and this
 * role as a labelled circle; then the same figures in a table.
 */
import { middleHalfText, whereItSits } from '../../domain/benchmark/position-words';
import type { Position } from '../../domain/benchmark/positions';

const ROW = 28;
/** A point on the track, as a share of its width (the circle's room at each end is padding). */
const at = (percentile: number) => `${percentile}%`;

export function PositionChart({ positions }: { positions: readonly Position[] }) {
  const placed = positions.filter((p) => p.percentile !== null);
  const top = placed.filter((p) => p.percentile! >= 75).map((p) => p.label.toLowerCase());
  const bottom = placed.filter((p) => p.percentile! < 25).map((p) => p.label.toLowerCase());
  const summary = `Percentile among peers on ${positions.length} dimensions. Top quartile: ${top.join(', ') || 'none'}. Bottom quartile: ${bottom.join(', ') || 'none'}. The table after the chart gives every figure.`;
  return (
    <figure className="bench-figure">
      <figcaption>
        <strong>Where this role sits on each dimension</strong> (0 = below every peer, 100 = above
        every peer)
      </figcaption>
      <p className="bench-legend" aria-hidden="true">
        <span className="bench-key-dot">●</span> This role <span className="bench-key-box" /> Middle
        half of peers │ Median
      </p>
      {/* Labels and values are text in the page, so they wrap and stay at the page's size on
          any screen; only the marks are drawn, in percentages of the track's width. */}
      <div className="bench-chart" role="img" aria-label={summary}>
        {positions.map((p) => (
          <div key={p.id} className="bench-chart-row">
            <span className="bench-chart-label">{p.label}</span>
            <span className="bench-chart-track">
              <svg className="bench-chart-marks" height={ROW} focusable="false">
                <line x1={at(0)} x2={at(100)} y1={14} y2={14} className="bench-axis" />
                <rect x={at(25)} y={7} width="50%" height={14} className="bench-middle" />
                <line x1={at(50)} x2={at(50)} y1={4} y2={24} className="bench-tick" />
                {p.percentile !== null && (
                  <circle cx={at(p.percentile)} cy={14} r={7} className="bench-dot" />
                )}
              </svg>
              <span className="bench-chart-value">
                {p.percentile === null ? 'none' : Math.round(p.percentile)}
              </span>
            </span>
          </div>
        ))}
      </div>
      <table className="bench-table">
        <caption>Position among peers on each dimension</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">This role</th>
            <th scope="col">Percentile</th>
            <th scope="col">Peer median</th>
            <th scope="col">Middle half of peers</th>
            <th scope="col">Where it sits</th>
          </tr>
        </thead>
        <tbody>
          {positions.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.label}</th>
              <td>{p.valueText}</td>
              <td>{p.percentile === null ? '' : Math.round(p.percentile)}</td>
              <td>{p.quartiles ? p.dimension.format(p.quartiles.median) : 'No peers answered'}</td>
              <td>{middleHalfText(p)}</td>
              <td>{whereItSits(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
