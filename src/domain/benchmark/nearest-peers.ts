/** The peers most like this role, with what they share and what differs, in words. */
import { CATALOGUE } from '../catalogue';
import { GRADE_BANDS, SEATS } from '../options';
import { peerTitle, type Peer } from '../peers/peer';
import type { PeerSet } from './peer-set';
import {
  RESPONSIBILITY_WORDS,
  holdsResponsibility,
  preparePeer,
  type Profiled,
} from './prepared-peer';
import { gradeCloseness, popcount, WEIGHTS } from './similarity';

export interface NearestPeer {
  peer: Peer;
  title: string;
  /** 0–1. */
  similarity: number;
  sharedResponsibilities: number;
  sharedSeats: number;
  differences: string[];
}

const list = (items: string[], max = 3) =>
  items.length <= max
    ? items.join('; ')
    : `${items.slice(0, max).join('; ')} and ${items.length - max} more`;

function differences(role: Profiled, other: Profiled): string[] {
  const out: string[] = [];
  if (role.gradeRank !== other.gradeRank && other.gradeRank !== null) {
    out.push(`Graded ${GRADE_BANDS.list[other.gradeRank]?.label ?? ''}`);
  }
  const seatsOnly = SEATS.list.filter(
    (_, i) => (other.seats & (1 << i)) !== 0 && (role.seats & (1 << i)) === 0,
  );
  if (seatsOnly.length > 0) out.push(`Also sits on: ${list(seatsOnly.map((s) => s.label))}`);
  const seatsMissing = SEATS.list.filter(
    (_, i) => (role.seats & (1 << i)) !== 0 && (other.seats & (1 << i)) === 0,
  );
  if (seatsMissing.length > 0)
    out.push(`Does not sit on: ${list(seatsMissing.map((s) => s.label))}`);
  const responsibilitiesOnly = CATALOGUE.filter(
    (_, i) =>
      holdsResponsibility(other.responsibilities, i) &&
      !holdsResponsibility(role.responsibilities, i),
  );
  if (responsibilitiesOnly.length > 0)
    out.push(`${responsibilitiesOnly.length} responsibilities this role lacks`);
  return out;
}

function shared(a: Profiled, b: Profiled) {
  let responsibilities = 0;
  for (let i = 0; i < CATALOGUE.length; i += 1)
    if (holdsResponsibility(a.responsibilities, i) && holdsResponsibility(b.responsibilities, i))
      responsibilities += 1;
  let seats = 0;
  for (let i = 0; i < SEATS.list.length; i += 1)
    if ((a.seats & b.seats & (1 << i)) !== 0) seats += 1;
  return { responsibilities, seats };
}

/** The `count` most similar peers, most similar first; ties keep the peers' order. */
export function nearestPeers(role: Profiled, set: PeerSet, count = 3): NearestPeer[] {
  const { seats, responsibilities, grade, peers } = set.index;
  const best: { row: number; value: number }[] = [];
  const roleSeats = role.seats;
  const roleGrade = role.gradeRank;
  // Note: imported bindings copied to locals for the hot loop (module bindings may be getters).
  const words = RESPONSIBILITY_WORDS;
  const bits = popcount;
  const near = gradeCloseness;
  const { responsibilities: wResponsibilities, seats: wSeats, grade: wGrade } = WEIGHTS;
  // Note: similarity() written out over the index's columns; a test holds the two equal.
  for (let m = 0; m < set.members.length; m += 1) {
    const row = set.members[m]!;
    let heldBoth = 0;
    let heldEither = 0;
    for (let w = 0; w < words; w += 1) {
      const a = role.responsibilities[w]!;
      const b = responsibilities[row * words + w]!;
      heldBoth += bits(a & b);
      heldEither += bits(a | b);
    }
    const heldShare = heldEither === 0 ? 1 : heldBoth / heldEither;
    const s = seats[row]!;
    const seatEither = bits(roleSeats | s);
    const seatShare = seatEither === 0 ? 1 : bits(roleSeats & s) / seatEither;
    const g = grade[row]!;
    const value =
      wResponsibilities * heldShare +
      wSeats * seatShare +
      wGrade * near(roleGrade, g < 0 ? null : g);
    if (best.length === count && value <= best[best.length - 1]!.value) continue;
    best.push({ row, value });
    best.sort((a, b) => b.value - a.value || a.row - b.row);
    if (best.length > count) best.pop();
  }
  return best.map(({ row, value }) => {
    const peer = peers[row]!;
    const member = preparePeer(peer);
    const both = shared(role, member);
    return {
      peer,
      title: peerTitle(peer),
      similarity: value,
      sharedResponsibilities: both.responsibilities,
      sharedSeats: both.seats,
      differences: differences(role, member),
    };
  });
}
