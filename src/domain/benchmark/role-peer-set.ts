/**
 * The peers a draft is compared with when the person has not chosen a peer set: peers like this
 * role, from its own answers (nation, institution type, size of the technical community and
 * grade), widened one step at a time while fewer than MIN_PEERS match, and saying which.
 * A peer set the person chose (draft.peerFilter with anything in it) is used as it is.
 */
import { GRADE_BANDS } from '../options';
import type { Peer } from '../peers/peer';
import type { PeerFilter, RoleDraft } from '../role-draft';
import { describeFilter, selectPeers, type PeerSet } from './peer-set';

/**
 * Below this many peers no percentile, quartile or share is shown. Note: the same threshold
 * as the small-cell rules official statistics use to stop a figure describing one
 * organisation (for example HESA's rounding and suppression of counts below five).
 */
export const MIN_PEERS = 5;

export interface ChosenPeers {
  set: PeerSet;
  /** True when the peers were chosen from the role's answers, not by the person. */
  fromRole: boolean;
  /** What was left out to reach MIN_PEERS, in words; null when nothing was. */
  widened: string | null;
}

const EMPTY: PeerFilter = {
  institutionTypes: [],
  nations: [],
  seniority: [],
  minCommunity: null,
  maxCommunity: null,
};

export const isOpenFilter = (f: PeerFilter): boolean =>
  f.institutionTypes.length === 0 &&
  f.nations.length === 0 &&
  f.seniority.length === 0 &&
  f.minCommunity === null &&
  f.maxCommunity === null;

type Part = 'size' | 'nation' | 'type' | 'grade';
/** The order in which answers are let go: size first, grade last (seniority matters most). */
const LET_GO: readonly Part[] = ['size', 'nation', 'type', 'grade'];
const PART_WORDS: Record<Part, string> = {
  size: 'size of technical community',
  nation: 'nation',
  type: 'institution type',
  grade: 'grade',
};

/** Grades one either side of the role's: a grade 9 role is compared with grades 8 to 10. */
function gradesNear(grade: RoleDraft['authority']['gradeBand']): PeerFilter['seniority'] {
  if (grade === null) return [];
  const at = GRADE_BANDS.ids.indexOf(grade);
  return GRADE_BANDS.ids.slice(Math.max(0, at - 1), at + 2);
}

function roleFilter(draft: RoleDraft, keep: ReadonlySet<Part>): PeerFilter {
  const { context, authority } = draft;
  const size = context.technicalCommunitySize;
  return {
    institutionTypes: keep.has('type') && context.institutionType ? [context.institutionType] : [],
    nations: keep.has('nation') && context.nation ? [context.nation] : [],
    seniority: keep.has('grade') ? gradesNear(authority.gradeBand) : [],
    // Half to twice the role's community: a 400-strong community is compared with 200 to 800.
    minCommunity: keep.has('size') && size !== null && size > 0 ? Math.floor(size / 2) : null,
    maxCommunity: keep.has('size') && size !== null && size > 0 ? size * 2 : null,
  };
}

const list = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

export function choosePeers(draft: RoleDraft, peers: readonly Peer[]): ChosenPeers {
  if (!isOpenFilter(draft.peerFilter)) {
    return { set: selectPeers(peers, draft.peerFilter), fromRole: false, widened: null };
  }
  const keep = new Set<Part>(LET_GO);
  const dropped: Part[] = [];
  let firstCount: number | null = null;
  for (const next of [...LET_GO, null]) {
    const filter = roleFilter(draft, keep);
    // Nothing answered (or nothing left): every peer.
    if (isOpenFilter(filter)) break;
    const set = selectPeers(peers, filter);
    firstCount ??= set.members.length;
    if (set.members.length >= MIN_PEERS) {
      return {
        set: withDescription(set, filter),
        fromRole: true,
        widened: widening(firstCount, dropped),
      };
    }
    if (next === null) break;
    keep.delete(next);
    // Letting go of an answer the role does not give changes nothing, so it is not said.
    if (JSON.stringify(roleFilter(draft, keep)) !== JSON.stringify(filter)) dropped.push(next);
  }
  return {
    set: selectPeers(peers, EMPTY),
    fromRole: true,
    widened: firstCount === null ? null : widening(firstCount, dropped, true),
  };
}

function withDescription(set: PeerSet, filter: PeerFilter): PeerSet {
  return { ...set, description: `${describeFilter(filter)}, chosen from this role’s answers` };
}

function widening(count: number, dropped: Part[], all = false): string | null {
  if (dropped.length === 0) return null;
  const matched =
    count === 0
      ? 'No peer matches this role’s answers'
      : `Only ${count.toLocaleString('en-GB')} ${count === 1 ? 'peer matches' : 'peers match'} this role’s answers, fewer than ${MIN_PEERS}`;
  return all
    ? `${matched}, and too few remain with any of them left out, so Keystone compares with every peer.`
    : `${matched}, so Keystone left out ${list(dropped.map((p) => PART_WORDS[p]))} to find at least ${MIN_PEERS}.`;
}
