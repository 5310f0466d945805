/** How common each seat and each catalogue responsibility is among the peers. */
import { CATALOGUE } from '../catalogue';
import { SEATS, type Seat } from '../options';
import type { PeerSet } from './peer-set';
import { RESPONSIBILITY_WORDS, holdsResponsibility, type Profiled } from './prepared-peer';

export interface Prevalence {
  id: string;
  label: string;
  count: number;
  /** 0–1 of the peer set. */
  share: number;
  /** "7 in 10 peers" or, for small sets, "3 of 8 peers". */
  shareText: string;
  inRole: boolean;
}

export function shareText(count: number, total: number): string {
  if (total === 0) return 'No peers';
  if (total < 10) return `${count} of ${total} peers`;
  const tenths = Math.round((count / total) * 10);
  if (tenths === 0 && count > 0) return 'Fewer than 1 in 10 peers';
  if (tenths === 10 && count < total) return 'More than 9 in 10 peers';
  return `${tenths} in 10 peers`;
}

const sortByShare = (items: Prevalence[]) =>
  items.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

export function seatPrevalence(role: Profiled, set: PeerSet): Prevalence[] {
  const counts = new Array<number>(SEATS.list.length).fill(0);
  const { seats } = set.index;
  for (let k = 0; k < set.members.length; k += 1) {
    const bits = seats[set.members[k]!]!;
    if (bits === 0) continue;
    for (let i = 0; i < counts.length; i += 1) if ((bits & (1 << i)) !== 0) counts[i]! += 1;
  }
  const total = set.members.length;
  return sortByShare(
    SEATS.list.map((seat: { id: Seat; label: string }, i) => ({
      id: seat.id,
      label: seat.label,
      count: counts[i]!,
      share: total === 0 ? 0 : counts[i]! / total,
      shareText: shareText(counts[i]!, total),
      inRole: (role.seats & (1 << i)) !== 0,
    })),
  );
}

/** Catalogue responsibilities that at least one peer or this role holds. */
export function responsibilityPrevalence(role: Profiled, set: PeerSet): Prevalence[] {
  const counts = new Array<number>(CATALOGUE.length).fill(0);
  const { responsibilities } = set.index;
  const words = RESPONSIBILITY_WORDS;
  for (let k = 0; k < set.members.length; k += 1) {
    const m = set.members[k]!;
    for (let w = 0; w < words; w += 1) {
      let word = responsibilities[m * words + w]!;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        counts[w * 32 + bit]! += 1;
        word &= word - 1;
      }
    }
  }
  const total = set.members.length;
  return sortByShare(
    CATALOGUE.flatMap((entry, i) => {
      const inRole = holdsResponsibility(role.responsibilities, i);
      if (counts[i] === 0 && !inRole) return [];
      return [
        {
          id: entry.id,
          label: entry.text,
          count: counts[i]!,
          share: total === 0 ? 0 : counts[i]! / total,
          shareText: shareText(counts[i]!, total),
          inRole,
        },
      ];
    }),
  );
}
