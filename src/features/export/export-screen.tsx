/**
 * Export: the role specification HR can publish as it is. The user edits the generated job
 * purpose, previews the document (which is also the print view), downloads it as PDF, Word,
 * Markdown or JSON, prints it, or imports a draft from JSON. Lazy-loaded by the shell.
 */
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { APP_VERSION } from '../../domain/exchange/app-info';
import { benchmarkForExport } from '../../export/benchmark-for-export';
import { buildBoardPaper } from '../../export/build-board-paper';
import { buildRoleDocument } from '../../export/build-role-document';
import { useKeystoneStore } from '../../store/keystone-store';
import { usePeerLibrary } from '../../shared/use-peer-library';
import { DocumentPreview } from './document-preview';
import { ExportActions } from './export-actions';
import './export.css';
import { OpenFile } from '../../shared/open-file/open-file';
import { fingerprintDraft } from '../../store/review/fingerprint';
import type { RoleDraft } from '../../domain/role-draft';
import { ImportDraft } from './import-draft';
import { JobPurposeEditor } from './job-purpose-editor';
import { GradingAnnexSection } from './grading-annex-section';
import { own } from '../../domain/own-key';

/** The fingerprint of the draft as it is, for the annex's sign-off record; null until known. */
function useFingerprint(draft: RoleDraft | undefined): string | null {
  const [known, setKnown] = useState<{ for: RoleDraft; value: string } | null>(null);
  useEffect(() => {
    if (!draft || draft.signOffs.length === 0) return;
    let live = true;
    void fingerprintDraft(draft).then((value) => {
      if (live) setKnown({ for: draft, value });
    });
    return () => {
      live = false;
    };
  }, [draft]);
  return known && known.for === draft ? known.value : null;
}

export function ExportScreen() {
  const draft = useKeystoneStore((s) => (s.currentId ? own(s.drafts, s.currentId) : undefined));
  const { peers } = usePeerLibrary();
  const [withBenchmark, setWithBenchmark] = useState(true);
  const [now] = useState(() => new Date());
  const checkboxId = useId();
  const deferred = useDeferredValue(draft);

  const fingerprint = useFingerprint(deferred);

  const doc = useMemo(() => {
    if (!deferred) return null;
    const benchmark = withBenchmark ? benchmarkForExport(deferred, peers) : null;
    return buildRoleDocument(deferred, {
      now,
      appVersion: APP_VERSION,
      benchmark,
      ...(fingerprint ? { fingerprint } : {}),
    });
  }, [deferred, peers, withBenchmark, now, fingerprint]);

  // Note: made when its button is pressed, not on every keystroke: ranking the decisions
  // without a reason scores the draft several times over.
  const paper = useMemo(() => {
    if (!deferred) return null;
    return () =>
      buildBoardPaper(deferred, {
        now,
        appVersion: APP_VERSION,
        benchmark: withBenchmark ? benchmarkForExport(deferred, peers) : null,
        ...(fingerprint ? { fingerprint } : {}),
      });
  }, [deferred, peers, withBenchmark, now, fingerprint]);

  return (
    <section className="view export" aria-labelledby="export-heading">
      <h2 id="export-heading" tabIndex={-1}>
        Export the role specification
      </h2>
      <p className="step-intro">
        The job description, person specification and an annex showing how the role meets the
        definition, ready to send out as a job pack. Generated wording is a starting point: edit it
        here, or in the file you download.
      </p>
      {draft && doc && paper ? (
        <>
          <JobPurposeEditor draft={draft} />
          <div className="field export-option">
            <input
              id={checkboxId}
              type="checkbox"
              checked={withBenchmark}
              onChange={(event) => setWithBenchmark(event.target.checked)}
            />
            <label htmlFor={checkboxId}>Include the benchmark against peers in the annex</label>
          </div>
          <ExportActions doc={doc} draft={draft} />
          <section className="board-paper" aria-labelledby="board-paper-heading">
            <h3 id="board-paper-heading">Board paper</h3>
            <p>
              One or two pages for the executive board or people committee: the proposal, the band
              and the clauses that need attention, the key decisions and their reasons, the cost,
              the open risks, the peer comparison and the decision asked.
            </p>
            <ExportActions doc={paper} draft={draft} what="board paper" formats={['pdf', 'docx']} />
          </section>
          <GradingAnnexSection draft={draft} now={now} appVersion={APP_VERSION} />
          <OpenFile />
          <ImportDraft />
          <h3 className="export-preview-heading">Preview</h3>
          <DocumentPreview doc={doc} />
        </>
      ) : (
        <>
          <p>No draft is open. Create or import a draft to export it.</p>
          <OpenFile />
          <ImportDraft />
        </>
      )}
    </section>
  );
}
