import { makeDraft, ownResponsibility } from '../../testing/make-draft';
import { DRAFT_CHAIN, DRAFT_VERSION, migrateDraft } from './draft-migrations';
import { MigrationError } from './migration-error';
import type { Chain } from './run-steps';

/** A pre-release draft as it was saved: no wording, no peer filter. */
const { wording: _w, peerFilter: _p, ...prerelease } = makeDraft({ name: 'Pre-release' });
void [_w, _p];

/** A test-only next version: proves the chain runs step after step, to the last. */
const withVersion2: Chain<unknown> = {
  ...DRAFT_CHAIN,
  version: DRAFT_VERSION + 1,
  steps: {
    ...DRAFT_CHAIN.steps,
    [DRAFT_VERSION]: (draft) => ({ ...(draft as object), grade: 'from version 1' }),
  },
};

describe('the draft migrations', () => {
  it('leave a draft of today’s version as it is, without copying it', () => {
    const draft = makeDraft();
    expect(migrateDraft(draft, DRAFT_VERSION)).toBe(draft);
  });

  it('give a pre-release draft an unanswered wording and peer filter, keeping every answer', () => {
    const migrated = migrateDraft(prerelease, 0) as Record<string, unknown>;
    expect(migrated).toEqual(makeDraft({ name: 'Pre-release' }));
  });

  it('run every step from the draft’s version to the chain’s, in order', () => {
    expect(migrateDraft(prerelease, 0, withVersion2)).toEqual({
      ...makeDraft({ name: 'Pre-release' }),
      grade: 'from version 1',
    });
    expect(migrateDraft(makeDraft(), 1, withVersion2)).toMatchObject({ grade: 'from version 1' });
  });

  it('give a first-release draft no reasons, comments or sign-offs, keeping every answer', () => {
    const draft = makeDraft({ responsibilities: [ownResponsibility('Run the forum.')] });
    const { reasons: _r, comments: _c, signOffs: _s, handoffs: _h, ...rest } = draft;
    void [_r, _c, _s, _h];
    const v1 = {
      ...rest,
      responsibilities: rest.responsibilities.map((r) => {
        const { reason, ...without } = r;
        void reason;
        return without;
      }),
    };
    expect(migrateDraft(v1, 1)).toEqual(draft);
  });

  it('leave what is not a draft for validation to refuse, rather than crash', () => {
    expect(migrateDraft(null, 0)).toBeNull();
    expect(migrateDraft('text', 0)).toBe('text');
  });

  it('refuse a draft from a newer version, and a version they do not know', () => {
    expect(() => migrateDraft(makeDraft(), DRAFT_VERSION + 1)).toThrow(MigrationError);
    expect(() => migrateDraft(makeDraft(), DRAFT_VERSION + 1)).toThrow(
      /newer version of Keystone.*Update Keystone/,
    );
    expect(() => migrateDraft(makeDraft(), -1)).toThrow(/no version Keystone recognises/);
  });

  it('say which step is missing rather than skip it', () => {
    const gap: Chain<unknown> = {
      ...DRAFT_CHAIN,
      version: DRAFT_VERSION + 2,
      steps: DRAFT_CHAIN.steps,
    };
    expect(() => migrateDraft(makeDraft(), 1, gap)).toThrow(
      new RegExp(`No migration from draft version ${DRAFT_VERSION}`),
    );
  });
});
