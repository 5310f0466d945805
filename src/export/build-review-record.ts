/**
 * The annex's review record: each decision's reason, each responsibility's, and who approved
 * which version. Whether an approval is of this version is read from the fingerprint of the
 * draft as exported, which the caller computes (Web Crypto is asynchronous); without it the
 * record is listed without that check. Left out when there is nothing to record.
 */
import { DECISIONS } from '../domain/review/decisions';
import type { RoleDraft } from '../domain/role-draft';
import type { Block } from './document-model';

export const NOT_A_SIGNATURE =
  'A sign-off records that a named person agreed to one version of this draft, identified by a SHA-256 fingerprint of its content. It is not an electronic signature.';

function approvalState(fingerprint: string, current: string | undefined): string {
  if (current === undefined) return '';
  return fingerprint === current ? 'This version' : 'An earlier version';
}

export function reviewRecordBlocks(draft: RoleDraft, current?: string): Block[] {
  const reasons = [
    ...DECISIONS.filter((d) => draft.reasons[d.key].trim() !== '').map((d) => [
      d.label,
      draft.reasons[d.key].trim(),
    ]),
    ...draft.responsibilities
      .map((r, i) => [`Responsibility ${i + 1}`, r.reason.trim()])
      .filter(([, reason]) => reason !== ''),
  ];
  if (reasons.length === 0 && draft.signOffs.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: 'Decisions, reasons and sign-off' }];
  if (reasons.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'The reasons given for the decisions that shape the role',
      columns: [
        { header: 'Decision', weight: 1 },
        { header: 'Reason', weight: 3 },
      ],
      rows: reasons as string[][],
    });
  }
  if (draft.signOffs.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Sign-off record',
      columns: [
        { header: 'Name', weight: 2 },
        { header: 'Role', weight: 2 },
        { header: 'Date', weight: 1 },
        { header: 'Fingerprint', weight: 2 },
        { header: 'Approved', weight: 1 },
      ],
      rows: draft.signOffs.map((s) => [
        s.name,
        s.role,
        s.approvedAt.slice(0, 10),
        `${s.fingerprint.slice(0, 16)}…`,
        approvalState(s.fingerprint, current),
      ]),
    });
    blocks.push({ kind: 'paragraph', text: NOT_A_SIGNATURE, tone: 'note' });
  }
  const open = draft.comments.filter((c) => c.status === 'open').length;
  if (open > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `${open} ${open === 1 ? 'comment or question is' : 'comments or questions are'} still open on this draft.`,
      tone: 'note',
    });
  }
  return blocks;
}
