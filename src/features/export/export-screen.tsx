/**
 * Export: the role specification HR can publish as it is. The user edits the generated job
 * purpose, previews the document (which is also the print view), downloads it as PDF, Word,
 * Markdown or JSON, prints it, or imports a draft from JSON. Lazy-loaded by the shell.
 */
import { useDeferredValue, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { APP_VERSION } from '../../domain/exchange/app-info';
import { benchmarkForExport } from '../../export/benchmark-for-export';
import { buildBoardPaper } from '../../export/build-board-paper';
import { buildRoleDocument, type Pack } from '../../export/build-role-document';
import { hasOriginal } from '../../export/build-changes-annex';
import { generateJobPurpose } from '../../domain/job-description/job-purpose';
import { generatedContext, generatedRelationships } from '../../domain/job-pack/own-wording';
import { generateAdvert, MAX_ADVERT } from '../../export/job-pack/build-advert';
import { PackChoice } from './pack-choice';
import { PostingDetails } from './posting-details';
import { LogoChooser, useInstitutionLogo } from './logo-chooser';
import { StandardTextEditor, useStandardText } from './standard-text-editor';
import { standardStatements } from '../../domain/job-pack/standard-text';
import { UnfinishedList } from './unfinished-list';
import { WordingEditor } from './wording-editor';
import { useKeystoneStore } from '../../store/keystone-store';
import { usePeerLibrary } from '../../shared/use-peer-library';
import { DocumentPreview } from './document-preview';
import { ExportActions } from './export-actions';
import './export.css';
import { OpenFile } from '../../shared/open-file/open-file';
import { fingerprintDraft } from '../../store/review/fingerprint';
import type { RoleDraft } from '../../domain/role-draft';
import { ImportDraft } from './import-draft';
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

const PUBLISHED = ['advert', 'html', 'jsonld'] as const;

export function ExportScreen() {
  const draft = useKeystoneStore((s) => (s.currentId ? own(s.drafts, s.currentId) : undefined));
  const { peers } = usePeerLibrary();
  const [withBenchmark, setWithBenchmark] = useState(true);
  const [withChanges, setWithChanges] = useState(true);
  const [withGrading, setWithGrading] = useState(true);
  // The candidate pack is the default: candidates must never see the scoring (issue 14).
  const [pack, setPack] = useState<Pack>('candidate');
  const [now] = useState(() => new Date());
  const deferred = useDeferredValue(draft);

  const fingerprint = useFingerprint(deferred);
  const logo = useInstitutionLogo();
  const standardText = useStandardText();
  const statements = useMemo(() => standardStatements(standardText), [standardText]);

  const doc = useMemo(() => {
    if (!deferred) return null;
    const benchmark =
      pack === 'internal' && withBenchmark ? benchmarkForExport(deferred, peers) : null;
    return buildRoleDocument(deferred, {
      now,
      appVersion: APP_VERSION,
      pack,
      benchmark,
      changesAnnex: withChanges,
      gradingAnnex: withGrading,
      logo,
      statements,
      ...(fingerprint ? { fingerprint } : {}),
    });
  }, [
    deferred,
    peers,
    withBenchmark,
    withChanges,
    withGrading,
    now,
    fingerprint,
    pack,
    logo,
    statements,
  ]);

  // What is published (the advert, web page and job posting) is always the candidate's.
  const published = useMemo(
    () =>
      deferred
        ? buildRoleDocument(deferred, {
            now,
            appVersion: APP_VERSION,
            pack: 'candidate',
            logo,
            statements,
          })
        : null,
    [deferred, now, logo, statements],
  );

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
        The job pack HR publishes: the job description and person specification, the advert, a web
        page and a job posting for job boards. Generated wording is a starting point: edit it here,
        or in the file you download.
      </p>
      {draft && doc && paper && published ? (
        <>
          <UnfinishedList draft={draft} />
          <PostingDetails draft={draft} />
          <LogoChooser logo={logo} institution={draft.context.institutionName} />
          <StandardTextEditor />
          <WordingEditor
            draft={draft}
            field="jobPurpose"
            label="Job purpose"
            generated={generateJobPurpose(draft)}
          />
          <WordingEditor
            draft={draft}
            field="context"
            label="Context"
            generated={generatedContext(draft)}
            howTo="Leave a blank line between paragraphs."
          />
          <WordingEditor
            draft={draft}
            field="relationships"
            label="Key relationships"
            generated={generatedRelationships(draft)}
            rows={10}
            howTo="One relationship a line; the lines after “Outside the institution:” are outside it."
          />
          <section className="export-pack" aria-labelledby="pack-heading">
            <h3 id="pack-heading">Job description and person specification</h3>
            <PackChoice pack={pack} onChange={setPack} />
            {pack === 'internal' ? (
              <>
                <ExportOption checked={withBenchmark} onChange={setWithBenchmark}>
                  Include the benchmark against peers in the annex
                </ExportOption>
                {hasOriginal(draft) && (
                  <ExportOption checked={withChanges} onChange={setWithChanges}>
                    Add the annex “Changes from the current job description”
                  </ExportOption>
                )}
                <ExportOption checked={withGrading} onChange={setWithGrading}>
                  Add the grading evidence annex (HERA and Hay) for the panel
                </ExportOption>
              </>
            ) : null}
            <ExportActions doc={doc} draft={draft} />
          </section>
          <section className="export-publish" aria-labelledby="publish-heading">
            <h3 id="publish-heading">Advert, web page and job posting</h3>
            <p>
              Made from the candidate pack. The web page is the accessible version of the job
              description: one file with headings, lists and tables a screen reader can move
              through. The job posting (JSON-LD) is for your institution’s web page and job boards
              that read schema.org.
            </p>
            <WordingEditor
              draft={draft}
              field="advert"
              label="Advert"
              generated={generateAdvert(draft)}
              rows={16}
              limit={MAX_ADVERT}
            />
            <ExportActions doc={published} draft={draft} formats={PUBLISHED} />
          </section>
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

/** A choice of what the internal pack holds: a checkbox with its label. */
function ExportOption(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field export-option">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.children}</label>
    </div>
  );
}
