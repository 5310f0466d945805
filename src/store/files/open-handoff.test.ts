import { toHandoffJson } from '../../domain/handoff/handoff-file';
import { startingChoices } from '../../domain/handoff/since-last-seen';
import type { RoleDraft } from '../../domain/role-draft';
import { makeDraft } from '../../testing/make-draft';
import { useKeystoneStore } from '../keystone-store';
import { inspectFile, openFound } from './open-file';
import { sendForReview } from './open-handoff';

const file = (text: string, name = 'hand-off.json') =>
  new File([text], name, { type: 'application/json' });
const noProgress = () => undefined;

function onDevice() {
  const draft = makeDraft({ id: 'd1', name: 'Director', authority: { gradeBand: 'grade-9' } });
  useKeystoneStore.setState({
    drafts: { d1: draft },
    order: ['d1'],
    currentId: 'd1',
    steps: { d1: 'handoff' },
    restorePoints: [],
  });
  return draft;
}

describe('hand-off files through the door', () => {
  beforeEach(() => localStorage.clear());

  it('sends the draft with its history, and opening it back changes nothing and adds no copy', async () => {
    onDevice();
    const sent = await sendForReview('d1', { name: 'Ama', role: 'Sponsor' }, new Date());
    expect(sent.fileName).toMatch(/\.keystone-handoff\.json$/);
    expect(useKeystoneStore.getState().drafts.d1?.handoffs).toHaveLength(1);
    const inspected = await inspectFile(file(sent.text), noProgress);
    if (!inspected.ok) throw new Error(inspected.errors.join(' '));
    expect(inspected.found).toMatchObject({ kind: 'handoff', sections: [] });
    await openFound(inspected.found);
    expect(useKeystoneStore.getState().order).toEqual(['d1']);
  });

  it('shows what changed and applies the chosen section after a restore point', async () => {
    const mine = onDevice();
    const theirs = {
      ...mine,
      authority: { ...mine.authority, gradeBand: 'grade-10' as const },
      reasons: { ...mine.reasons, gradeBand: 'Matched to heads of service.' },
    };
    const inspected = await inspectFile(
      file(toHandoffJson(theirs, { name: 'Siân', role: 'HR' }, '2026-12-07T10:00:00.000Z')),
      noProgress,
    );
    if (!inspected.ok || inspected.found.kind !== 'handoff') throw new Error('not read');
    expect(inspected.found.sections.map((s) => s.label)).toEqual(['Authority', 'Reasons']);
    const opened = await openFound(inspected.found, { authority: 'incoming' });
    expect(opened.ok && opened.opened.message).toMatch(/restore point/);
    const state = useKeystoneStore.getState();
    expect(state.drafts.d1?.authority.gradeBand).toBe('grade-10');
    expect(state.drafts.d1?.reasons.gradeBand).toBe('');
    expect(state.restorePoints[0]?.draft.authority.gradeBand).toBe('grade-9');
    expect(state.order).toEqual(['d1']);
  });

  it('splits what they changed from what you changed since this device last sent the draft', async () => {
    onDevice();
    const sent = await sendForReview('d1', { name: 'Ama', role: 'Sponsor' }, new Date());
    const theirs = JSON.parse(sent.text) as { draft: RoleDraft };
    theirs.draft.authority.gradeBand = 'grade-10';
    theirs.draft.remit.sites = 4;
    useKeystoneStore.getState().updateDraft('d1', (d) => ({
      ...d,
      authority: { ...d.authority, title: 'Director of Technical Services' },
    }));
    const inspected = await inspectFile(
      file(toHandoffJson(theirs.draft, { name: 'Siân', role: 'HR' }, '2026-12-08T10:00:00.000Z')),
      noProgress,
    );
    if (!inspected.ok || inspected.found.kind !== 'handoff') throw new Error('not read');
    expect(inspected.found.lastSeenAt).not.toBeNull();
    const authority = inspected.found.sections.find((s) => s.label === 'Authority');
    expect(authority?.theirs?.map((c) => c.field)).toEqual(['Grade']);
    expect(authority?.yours?.map((c) => c.field)).toEqual(['Job title']);
    const remit = inspected.found.sections.find((s) => s.label === 'Remit');
    expect(remit?.theirs?.map((c) => c.after)).toEqual(['4']);
    expect(remit?.yours).toEqual([]);
    // Only they changed the remit: it starts on theirs; both changed the authority: on yours.
    expect(startingChoices(inspected.found.sections)).toEqual({ remit: 'incoming' });

    // Once received, that version is the one the next hand-off is counted from.
    await openFound(inspected.found, { authority: 'incoming', remit: 'incoming' });
    const again = await inspectFile(
      file(toHandoffJson(theirs.draft, { name: 'Siân', role: 'HR' }, '2026-12-08T10:00:00.000Z')),
      noProgress,
    );
    if (!again.ok || again.found.kind !== 'handoff') throw new Error('not read');
    expect(again.found.sections).toEqual([]);
  });

  it('without a record of an earlier hand-off, compares the versions as they are', async () => {
    const mine = onDevice();
    const theirs = { ...mine, authority: { ...mine.authority, gradeBand: 'grade-10' as const } };
    const inspected = await inspectFile(
      file(toHandoffJson(theirs, { name: 'S', role: '' }, '')),
      noProgress,
    );
    if (!inspected.ok || inspected.found.kind !== 'handoff') throw new Error('not read');
    expect(inspected.found.lastSeenAt).toBeNull();
    expect(inspected.found.sections[0]).toMatchObject({
      label: 'Authority',
      theirs: null,
      yours: null,
    });
  });

  it('adds a draft this device does not have with its own id, so the next hand-off matches', async () => {
    onDevice();
    const other = makeDraft({ id: 'elsewhere', name: 'Head of Facilities' });
    const inspected = await inspectFile(
      file(toHandoffJson(other, { name: 'A', role: '' }, '')),
      noProgress,
    );
    if (!inspected.ok) throw new Error(inspected.errors.join(' '));
    await openFound(inspected.found);
    expect(useKeystoneStore.getState().drafts.elsewhere?.name).toBe('Head of Facilities');
  });

  it('opens a draft whose id every object answers to as a new draft, under a fresh id', async () => {
    onDevice();
    for (const id of ['__proto__', 'toString', 'constructor']) {
      const other = makeDraft({ id, name: `Named \u202eevil ${id}` });
      const inspected = await inspectFile(
        file(toHandoffJson(other, { name: 'A\u202eB', role: '' }, '')),
        noProgress,
      );
      if (!inspected.ok) throw new Error(inspected.errors.join(' '));
      expect(inspected.found).toMatchObject({ kind: 'handoff', mine: null, sections: [] });
      const opened = await openFound(inspected.found);
      if (!opened.ok) throw new Error(opened.errors.join(' '));
      expect(opened.opened.message).not.toMatch(/\u202e/);
      const { drafts } = useKeystoneStore.getState();
      expect(Object.hasOwn(drafts, id)).toBe(false);
      expect(drafts[opened.opened.draftId!]?.name).toBe(`Named \u202eevil ${id}`);
    }
  });

  it('refuses a hostile hand-off plainly and changes nothing', async () => {
    const mine = onDevice();
    const text = toHandoffJson(mine, { name: 'A', role: '' }, '').replace('"grade-9"', '{"$gt":1}');
    const inspected = await inspectFile(file(text), noProgress);
    expect(inspected.ok).toBe(false);
    expect(!inspected.ok && inspected.errors[0]).toMatch(/could not be opened/);
    expect(useKeystoneStore.getState().drafts.d1).toBe(mine);
  });
});
