/**
 * Where this role sits among its peers on every dimension: a track from the lowest to the
 * highest peer (by percentile), the middle half of peers outlined, the median ticked and this
 * role as a labelled circle; then the same figures in a table.
 */
import { middleHalfText, whereItSits } from '../../domain/benchmark/position-words';
import type { Position } from '../../domain/benchmark/positions';

const WIDTH = 640;
const TRACK = 500;
/** Room for the role's circle at 0 and 100. */
const PAD = 10;
const ROW = 44;
const x = (percentile: number) => PAD + (percentile / 100) * TRACK;

export function PositionChart({ positions }: { positions: readonly Position[] }) {
  const height = positions.length * ROW + 8;
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
      <svg className="bench-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
        {positions.map((p, i) => (
          <g key={p.id} transform={`translate(0 ${i * ROW})`}>
            <text x={0} y={14} className="bench-svg-label">
              {p.label}
            </text>
            <line x1={x(0)} x2={x(100)} y1={28} y2={28} className="bench-axis" />
            <rect x={x(25)} y={21} width={x(75) - x(25)} height={14} className="bench-middle" />
            <line x1={x(50)} x2={x(50)} y1={18} y2={38} className="bench-tick" />
            {p.percentile === null ? (
              <text x={x(100) + 14} y={32} className="bench-svg-value">
                none
              </text>
            ) : (
              <>
                <circle cx={x(p.percentile)} cy={28} r={7} className="bench-dot" />
                <text x={x(100) + 14} y={32} className="bench-svg-value">
                  {Math.round(p.percentile)}
                </text>
              </>
            )}
          </g>
        ))}
      </svg>
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
