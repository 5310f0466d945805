/**
 * What an approval is of: the draft's content, written one way only (keys sorted at every depth,
 * no spaces), so the same content always gives the same bytes and so the same SHA-256
 * (store/review/fingerprint.ts). Left out: bookkeeping (id, name on this device, times), the
 * peer filter (personal to a device) and the review record itself (comments, sign-offs,
 * hand-offs), so commenting on or approving a version does not change it.
 */
import type { RoleDraft } from '../role-draft';

const NOT_APPROVED = new Set([
  'id',
  'name',
  'createdAt',
  'updatedAt',
  'peerFilter',
  'comments',
  'signOffs',
  'handoffs',
]);

export type ApprovedContent = Omit<
  RoleDraft,
  'id' | 'name' | 'createdAt' | 'updatedAt' | 'peerFilter' | 'comments' | 'signOffs' | 'handoffs'
>;

export function approvedContent(draft: RoleDraft): ApprovedContent {
  return Object.fromEntries(
    Object.entries(draft).filter(([key]) => !NOT_APPROVED.has(key)),
  ) as ApprovedContent;
}

/** JSON with object keys sorted at every depth; list order is kept (it is content). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const canonicalDraft = (draft: RoleDraft): string => canonicalJson(approvedContent(draft));
