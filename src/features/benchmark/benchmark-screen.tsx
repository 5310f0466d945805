/**
 * Benchmarking: where the open draft sits among strategic technical leader roles elsewhere.
 * Peers are scored once; the comparison is recomputed from the draft as it changes (deferred,
 * so typing elsewhere never waits for it).
 */
import { useDeferredValue, useMemo } from 'react';
import { benchmarkDraft, type Benchmark } from '../../domain/benchmark/benchmark-draft';
import type { PeerFilter } from '../../domain/role-draft';
import { useKeystoneStore } from '../../store/keystone-store';
import { useCurrentDraft } from '../../shared/use-current-draft';
import './benchmark.css';
import { ClauseChart } from './clause-chart';
import { CompareDrafts } from './compare-drafts';
import { IllustrativeTag } from './illustrative-tag';
import { NearestPeersList } from './nearest-peers-list';
import { PeerFilterForm } from './peer-filter-form';
import { PeerPacksPanel } from './peer-packs-panel';
import { PositionChart } from './position-chart';
import { PrevalenceTable } from './prevalence-table';
import { ShareProfile } from './share-profile';
import { usePeerLibrary } from '../../shared/use-peer-library';
import { own } from '../../domain/own-key';

function peerSetText({ description, count, illustrativeCount }: Benchmark): string {
  const n = (v: number) => v.toLocaleString('en-GB');
  const real = count - illustrativeCount;
  const parts =
    illustrativeCount > 0
      ? ` (${n(illustrativeCount)} illustrative${real > 0 ? `, ${n(real)} imported` : ''})`
      : '';
  return `${description}: ${n(count)} ${count === 1 ? 'peer' : 'peers'}${parts}.`;
}

export function BenchmarkScreen() {
  const draft = useCurrentDraft();
  const { peers, status } = usePeerLibrary();
  const updateDraft = useKeystoneStore((s) => s.updateDraft);
  const drafts = useKeystoneStore((s) => s.drafts);
  const order = useKeystoneStore((s) => s.order);
  const others = useMemo(
    () => order.filter((id) => id !== draft.id).flatMap((id) => own(drafts, id) ?? []),
    [order, drafts, draft.id],
  );
  const deferred = useDeferredValue(draft);
  const result = useMemo(() => benchmarkDraft(deferred, peers), [deferred, peers]);
  const setFilter = (peerFilter: PeerFilter) =>
    updateDraft(draft.id, (d) => ({ ...d, peerFilter }));

  return (
    <section className="view bench" aria-labelledby="benchmark-heading">
      <h2 id="benchmark-heading" tabIndex={-1}>
        Benchmark against peers
      </h2>
      <p className="step-intro">
        How “{draft.name || 'this draft'}” compares with strategic technical leader roles at other
        institutions.
      </p>
      {result.illustrativeCount > 0 && (
        <p className="notice">
          <IllustrativeTag /> {result.illustrativeCount.toLocaleString('en-GB')} of these peers are
          illustrative: built from patterns in published sources, not real roles. No complete public
          job description of such a role exists, so Keystone’s own profiles follow the patterns in
          the TALENT / UK ITSS report and sector sources. Import your network’s profiles for real
          comparisons.
        </p>
      )}

      <h3>Peer set</h3>
      <p aria-live="polite">{peerSetText(result)}</p>
      {result.widened && <p className="notice">{result.widened}</p>}
      {result.tooFew && (
        <p className="notice">
          With fewer than five peers Keystone shows no percentiles, quartiles or shares: each figure
          would describe one or two roles, and could identify them. Widen the peer set, or import
          your network’s profiles.
        </p>
      )}
      <PeerFilterForm filter={draft.peerFilter} onChange={setFilter} />

      <h3>What stands out</h3>
      <ul className="bench-insights">
        {result.insights.slice(0, 8).map((insight) => (
          <li key={insight.text}>{insight.text}</li>
        ))}
        {result.insights.length === 0 && (
          <li>This role sits within the usual range of its peers on every dimension.</li>
        )}
      </ul>

      {!result.tooFew && (
        <>
          <h3>Clause by clause</h3>
          <ClauseChart positions={result.positions} />

          <h3>Position on each dimension</h3>
          <PositionChart positions={result.positions.filter((p) => !p.id.startsWith('clause-'))} />
        </>
      )}

      <h3>Nearest peers</h3>
      <NearestPeersList nearest={result.nearest} />

      {!result.tooFew && (
        <>
          <h3>How common each seat and responsibility is</h3>
          <PrevalenceTable caption="Seats among peers" itemHeading="Seat" items={result.seats} />
          <PrevalenceTable
            caption="The most common responsibilities among peers"
            itemHeading="Responsibility"
            items={result.responsibilities}
            limit={12}
          />
        </>
      )}

      <h3>Compare your drafts</h3>
      <CompareDrafts current={draft} others={others} peers={peers} />

      <h3>Peer packs</h3>
      <PeerPacksPanel status={status} />

      <h3>Share this role as a peer profile</h3>
      <ShareProfile draft={draft} />
    </section>
  );
}
