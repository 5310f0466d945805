/**
 * How alike two roles are, by a rule a person can follow: half from the responsibilities they
 * share, a quarter from the seats they share (each as shared ÷ held by either), and a quarter
 * from how close their grades are (one grade band apart costs a sixth of that quarter).
 */
import { GRADE_BANDS } from '../options';
import type { Profiled } from './prepared-peer';

export const WEIGHTS = { responsibilities: 0.5, seats: 0.25, grade: 0.25 } as const;
const GRADE_SPAN = GRADE_BANDS.ids.length - 1;

export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Shared ÷ held by either; two roles that hold none are alike in this respect. */
export function overlap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i += 1) {
    both += popcount((a[i] ?? 0) & (b[i] ?? 0));
    either += popcount((a[i] ?? 0) | (b[i] ?? 0));
  }
  return either === 0 ? 1 : both / either;
}

function seatOverlap(a: number, b: number): number {
  const either = popcount(a | b);
  return either === 0 ? 1 : popcount(a & b) / either;
}

/** 1 for the same grade band, 0 when either is unanswered or they are at opposite ends. */
export function gradeCloseness(a: number | null, b: number | null): number {
  if (a === null || b === null) return 0;
  return 1 - Math.abs(a - b) / GRADE_SPAN;
}

/** 0 (nothing alike) to 1 (the same responsibilities, seats and grade). */
export function similarity(a: Profiled, b: Profiled): number {
  return (
    WEIGHTS.responsibilities * overlap(a.responsibilities, b.responsibilities) +
    WEIGHTS.seats * seatOverlap(a.seats, b.seats) +
    WEIGHTS.grade * gradeCloseness(a.gradeRank, b.gradeRank)
  );
}
