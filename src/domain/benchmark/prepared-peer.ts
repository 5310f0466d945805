/**
 * A peer reduced to the numbers benchmarking reads. Scoring is the costly part, so each peer is
 * scored once and remembered (keyed by the peer object): typing in a draft never rescores peers.
 */
import { CATALOGUE } from '../catalogue';
import { GRADE_BANDS, SEATS, rank } from '../options';
import type { Peer } from '../peers/peer';
import type { RoleDraft } from '../role-draft';
import { scoreDraft } from '../score-draft';
import { DIMENSIONS } from './dimensions';
import { numbersOf, peerScore, type ScoreNumbers } from './peer-score';

export interface Profiled {
  /** One number per dimension, in DIMENSIONS order; NaN where unanswered. */
  values: Float64Array;
  /** Bit i set when the role holds seat SEATS.ids[i]. */
  seats: number;
  /** Catalogue responsibilities held, as bits over CATALOGUE order (two words: 55 entries). */
  responsibilities: Uint32Array;
  gradeRank: number | null;
  score: ScoreNumbers;
}

export interface PreparedPeer extends Profiled {
  peer: Peer;
}

const CATALOGUE_INDEX = new Map(CATALOGUE.map((entry, i) => [entry.id, i]));
export const RESPONSIBILITY_WORDS = Math.ceil(CATALOGUE.length / 32);

/** A role's numbers; the person's own draft is scored in full by scoreDraft. */
export function profile(
  draft: RoleDraft,
  score: ScoreNumbers = numbersOf(scoreDraft(draft)),
): Profiled {
  const values = new Float64Array(DIMENSIONS.length);
  DIMENSIONS.forEach((dimension, i) => {
    values[i] = dimension.value(draft, score) ?? Number.NaN;
  });
  let seats = 0;
  for (const seat of draft.authority.seats) seats |= 1 << rank(SEATS.ids, seat);
  const responsibilities = new Uint32Array(RESPONSIBILITY_WORDS);
  for (const r of draft.responsibilities) {
    const i = r.catalogueId === null ? undefined : CATALOGUE_INDEX.get(r.catalogueId);
    if (i !== undefined) responsibilities[i >>> 5]! |= 1 << (i & 31);
  }
  const grade = draft.authority.gradeBand;
  return {
    values,
    seats,
    responsibilities,
    gradeRank: grade === null ? null : rank(GRADE_BANDS.ids, grade),
    score,
  };
}

const cache = new WeakMap<Peer, PreparedPeer>();

export function preparePeer(peer: Peer): PreparedPeer {
  let prepared = cache.get(peer);
  if (!prepared) {
    prepared = { ...profile(peer.profile, peerScore(peer.profile)), peer };
    cache.set(peer, prepared);
  }
  return prepared;
}

export const holdsResponsibility = (responsibilities: Uint32Array, index: number) =>
  ((responsibilities[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
