/**
 * This role against the peer median on each of the nine clauses: a hand-drawn bar chart (bars
 * for the role, diamonds on a dashed line for the median, so colour is never the only signal)
 * and the same figures in a table.
 */
import { CLAUSES } from '../../domain/definition';
import { differenceText } from '../../domain/benchmark/position-words';
import type { Position } from '../../domain/benchmark/positions';

const ROW = 28;

interface Props {
  positions: readonly Position[];
}

export function ClauseChart({ positions }: Props) {
  const rows = CLAUSES.map((clause) => {
    const p = positions.find((q) => q.id === `clause-${clause.id}`);
    return { clause, score: p?.value ?? 0, median: p?.quartiles?.median ?? null };
  });
  const above = rows.filter((r) => r.median !== null && r.score > r.median).length;
  const below = rows.filter((r) => r.median !== null && r.score < r.median).length;
  const summary = `This role scores above the peer median on ${above} of the nine clauses and below it on ${below}. The table after the chart gives every figure.`;
  return (
    <figure className="bench-figure">
      <figcaption>
        <strong>This role against the peer median, clause by clause</strong> (scores out of 100)
      </figcaption>
      <p className="bench-legend" aria-hidden="true">
        <span className="bench-key-bar" /> This role <span className="bench-key-median">◆</span>{' '}
        Peer median
      </p>
      {/* Labels and values are text in the page, so they wrap and stay at the page's size on
          any screen; only the bars and marks are drawn, in percentages of the track's width. */}
      <div className="bench-chart" role="img" aria-label={summary}>
        {rows.map((r) => (
          <div key={r.clause.id} className="bench-chart-row">
            <span className="bench-chart-label">{r.clause.name}</span>
            <span className="bench-chart-track">
              <svg className="bench-chart-marks" height={ROW} focusable="false">
                <rect x={0} y={7} width="100%" height={14} className="bench-track" />
                <rect x={0} y={7} width={`${r.score}%`} height={14} className="bench-bar" />
                {r.median !== null && (
                  <g className="bench-median">
                    <line
                      x1={`${r.median}%`}
                      x2={`${r.median}%`}
                      y1={4}
                      y2={24}
                      strokeDasharray="3 2"
                    />
                    <svg x={`${r.median}%`} overflow="visible">
                      <path d="M 0 8 l 6 6 l -6 6 l -6 -6 z" />
                    </svg>
                  </g>
                )}
              </svg>
              <span className="bench-chart-value">{r.score}</span>
            </span>
          </div>
        ))}
      </div>
      <table className="bench-table">
        <caption>Clause scores: this role and the peer median</caption>
        <thead>
          <tr>
            <th scope="col">Clause</th>
            <th scope="col">This role</th>
            <th scope="col">Peer median</th>
            <th scope="col">This role against the median</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.clause.id}>
              <th scope="row">{r.clause.name}</th>
              <td>{r.score}</td>
              <td>{r.median === null ? 'No peers' : Math.round(r.median)}</td>
              <td>{r.median === null ? '' : differenceText(r.score, r.median)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
