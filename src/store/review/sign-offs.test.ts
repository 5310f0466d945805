import { makeDraft } from '../../testing/make-draft';
import { useKeystoneStore } from '../keystone-store';
import { checkSignOffs, recordApproval } from './sign-offs';

const NOW = new Date('2026-12-07T10:00:00.000Z');

function withDraft() {
  const draft = makeDraft({ id: 'd1', authority: { gradeBand: 'grade-9' } });
  useKeystoneStore.setState({
    drafts: { d1: draft },
    order: ['d1'],
    currentId: 'd1',
    steps: { d1: 'handoff' },
  });
  return () => useKeystoneStore.getState().drafts.d1!;
}

describe('sign-offs', () => {
  it('record a SHA-256 of exactly the approved version, which matches until the draft changes', async () => {
    const current = withDraft();
    const signOff = await recordApproval('d1', { name: 'Łukasz', role: 'COO' }, NOW);
    expect(signOff.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await checkSignOffs(current())).toEqual([{ state: 'current' }]);
    useKeystoneStore.getState().updateDraft('d1', (d) => ({
      ...d,
      authority: { ...d.authority, gradeBand: 'grade-10' },
    }));
    const [state] = await checkSignOffs(current());
    expect(state).toMatchObject({ state: 'earlier' });
    expect(state?.state === 'earlier' && state.changes?.map((c) => c.field)).toEqual(['Grade']);
  });

  it('stay matching when only comments are added', async () => {
    const current = withDraft();
    await recordApproval('d1', { name: 'Łukasz', role: 'COO' }, NOW);
    useKeystoneStore.getState().updateDraft('d1', (d) => ({ ...d, comments: [] }));
    expect(await checkSignOffs(current())).toEqual([{ state: 'current' }]);
  });

  it('say a record altered by hand no longer matches, without crashing', async () => {
    const current = withDraft();
    await recordApproval('d1', { name: 'Łukasz', role: 'COO' }, NOW);
    const draft = current();
    const forged = {
      ...draft,
      authority: { ...draft.authority, gradeBand: 'grade-10' as const },
      signOffs: draft.signOffs.map((s) => ({
        ...s,
        approved: s.approved!.replace('grade-9', 'grade-10'),
      })),
    };
    expect(await checkSignOffs(forged)).toEqual([{ state: 'altered' }]);
    const unreadable = { ...draft, signOffs: draft.signOffs.map((s) => ({ ...s, approved: '{' })) };
    expect((await checkSignOffs(unreadable))[0]?.state).toBe('altered');
  });
});
