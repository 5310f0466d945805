/**
 * "Download grading annex": the evidence a HERA or Hay panel asks for, element by element, made
 * when its button is pressed (it reads every sentence of the draft). A section of its own so
 * the export screen and the packs can place it where they need it.
 */
import { useMemo } from 'react';
import type { RoleDraft } from '../../domain/role-draft';
import { buildGradingAnnex } from '../../export/build-grading-annex';
import { ExportActions } from './export-actions';

interface Props {
  draft: RoleDraft;
  now: Date;
  appVersion: string;
}

export function GradingAnnexSection({ draft, now, appVersion }: Props) {
  const annex = useMemo(
    () => () => buildGradingAnnex(draft, { now, appVersion }),
    [draft, now, appVersion],
  );
  return (
    <section className="grading-annex" aria-labelledby="grading-annex-heading">
      <h3 id="grading-annex-heading">Grading evidence annex</h3>
      <p>
        For the job evaluation panel: each of HERA’s 14 elements and Hay’s three factors, the
        sentences of the draft that evidence it, how strongly each is worded, and what a panel is
        likely to ask for that the draft does not give. Indicative: the panel sets the grade.
      </p>
      <ExportActions doc={annex} draft={draft} what="grading annex" formats={['pdf', 'docx']} />
    </section>
  );
}
