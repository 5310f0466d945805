import { makeDraft, ownResponsibility } from '../testing/make-draft';
import { buildRoleDocument } from './build-role-document';
import { NOT_A_SIGNATURE, reviewRecordBlocks } from './build-review-record';
import { renderMarkdown } from './markdown/render-markdown';

const signOff = (fingerprint: string) => ({
  id: `s-${fingerprint}`,
  name: 'Łukasz Wróbel',
  role: 'Chief Operating Officer',
  approvedAt: '2026-12-02T15:00:00.000Z',
  fingerprint,
  approved: null,
});

describe('the review record in the annex', () => {
  it('is left out when there are no reasons and no sign-offs', () => {
    expect(reviewRecordBlocks(makeDraft())).toEqual([]);
  });

  it('lists reasons and says which approvals are of this version, and that none is a signature', () => {
    const draft = makeDraft({
      reasons: { gradeBand: 'Matched to heads of service.' },
      responsibilities: [{ ...ownResponsibility('Chair the forum.'), reason: 'No one else can.' }],
      signOffs: [signOff('a'.repeat(64)), signOff('b'.repeat(64))],
    });
    const doc = buildRoleDocument(draft, {
      now: new Date('2026-12-07T10:00:00.000Z'),
      appVersion: '1',
      fingerprint: 'a'.repeat(64),
    });
    const text = renderMarkdown(doc);
    expect(text).toContain('Decisions, reasons and sign-off');
    expect(text).toMatch(/Grade \| Matched to heads of service\./);
    expect(text).toMatch(/Responsibility 1 \| No one else can\./);
    expect(text).toMatch(/Łukasz Wróbel .*This version/);
    expect(text).toMatch(/Łukasz Wróbel .*An earlier version/);
    expect(text).toContain(NOT_A_SIGNATURE);
  });
});
