/**
 * This role against the peer median on each of the nine clauses: a hand-drawn bar chart (bars
 * for the role, diamonds on a dashed line for the median, so colour is never the only signal)
 * and the same figures in a table.
 */
import { CLAUSES } from '../../domain/definition';
import { differenceText } from '../../domain/benchmark/position-words';
import type { Position } from '../../domain/benchmark/positions';

const WIDTH = 640;
const TRACK = 560;
const ROW = 44;
const x = (score: number) => (score / 100) * TRACK;

interface Props {
  positions: readonly Position[];
}

export function ClauseChart({ positions }: Props) {
  const rows = CLAUSES.map((clause) => {
    const p = positions.find((q) => q.id === `clause-${clause.id}`);
    return { clause, score: p?.value ?? 0, median: p?.quartiles?.median ?? null };
  });
  const height = rows.length * ROW + 8;
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
      <svg className="bench-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
        {rows.map((r, i) => {
          const y = i * ROW;
          return (
            <g key={r.clause.id} transform={`translate(0 ${y})`}>
              <text x={0} y={14} className="bench-svg-label">
                {r.clause.name}
              </text>
              <rect x={0} y={20} width={TRACK} height={14} className="bench-track" />
              <rect x={0} y={20} width={x(r.score)} height={14} className="bench-bar" />
              <text x={TRACK + 8} y={32} className="bench-svg-value">
                {r.score}
              </text>
              {r.median !== null && (
                <g className="bench-median">
                  <line x1={x(r.median)} x2={x(r.median)} y1={17} y2={37} strokeDasharray="3 2" />
                  <path d={`M ${x(r.median)} 21 l 6 6 l -6 6 l -6 -6 z`} />
                </g>
              )}
            </g>
          );
        })}
      </svg>
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
