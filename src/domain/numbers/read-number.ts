/**
 * Reads a number the way a person types it into a form: "£2.5m", "2.5 million", "£250k", "80%",
 * "six", "about 400", "1,200", "4 days a week". Either it is read to one number, with a note
 * where the reading is worth saying (approximate, rounded), or it is left unread with a reason a
 * person can act on. Never NaN, never a silent guess.
 * Note: ranges ("400-500") and hours are refused rather than guessed, because the midpoint or a
 * full-time week of 35, 36.5 or 37.5 hours are choices the person should make, not Keystone.
 */
import { readNumberWords } from './number-words';

/** What the field counts: people or sites (whole), pounds (whole), or a full-time equivalent. */
export type NumberKind = 'count' | 'money' | 'fte';

export type NumberReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; note: string | null }
  | { kind: 'unreadable'; why: string };

const APPROX =
  /^(about|around|approx\.?|approximately|roughly|circa|c\.|ca\.|~|some|nearly|almost|just over|just under|over|under|up to|more than|less than|at least|at most)\s*/;
const APPROX_AFTER = /\s*(\+|ish|-ish|or so|odd)$/;
const UNITS_AFTER =
  /\s*(per year|a year|per annum|p\.?a\.?|\/\s*(yr|year)|annually|people|staff|technicians|technical staff|heads|head count|headcount|sites|campuses|reports|fte|pounds|gbp|sterling)$/;
const MULTIPLIERS: readonly [RegExp, number][] = [
  [/\s*(bn|billion|b)$/, 1e9],
  [/\s*(m|mn|mil|million|millions)$/, 1e6],
  [/\s*(k|thousand|thousands|grand)$/, 1e3],
];
const DIGITS = /^(\d{1,3}(,\d{3})+|\d{1,3}( \d{3})+|\d+)(\.\d+)?$|^\.\d+$/;
const RANGE = /^(.+?)\s*(-|–|—|to)\s*(.+)$/;

const round = (n: number) => Math.round(n * 1e9) / 1e9;
const en = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2212\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The bare amount: digits or words, with a multiplier. Null when it is not a number at all. */
function readAmount(text: string): number | null {
  let rest = text.trim();
  let times = 1;
  for (const [suffix, factor] of MULTIPLIERS) {
    if (suffix.test(rest)) {
      const before = rest.replace(suffix, '').trim();
      // "m" alone or "bn" alone is no number; "5m" and "five million" are.
      if (before !== '' && (DIGITS.test(before) || readNumberWords(before) !== null)) {
        rest = before;
        times = factor;
      }
      break;
    }
  }
  if (DIGITS.test(rest)) return round(Number(rest.replace(/[, ]/g, '')) * times);
  const words = readNumberWords(rest);
  return words === null ? null : round(words * times);
}

const cannotRead = (original: string, example: string) =>
  `Keystone cannot read “${original.trim()}” as a number. Type it in figures, for example ${example}. What you typed is kept here but not saved into the role until it can be read.`;

const EXAMPLES: Record<NumberKind, string> = {
  count: '400 or 1,200',
  money: '£250,000 or £2.5m',
  fte: '1 for full time, 0.8 or 80%',
};

/** Reads `text` as the given kind of number. */
export function readNumber(text: string, kind: NumberKind): NumberReading {
  const original = text;
  let t = normalise(text);
  if (t === '') return { kind: 'blank' };
  const notes: string[] = [];
  let approximate = false;
  if (APPROX.test(t)) {
    t = t.replace(APPROX, '');
    approximate = true;
  }
  if (APPROX_AFTER.test(t)) {
    t = t.replace(APPROX_AFTER, '');
    approximate = true;
  }

  if (kind === 'fte') {
    if (/^(full[- ]?time|full)$/.test(t)) return { kind: 'number', value: 1, note: null };
    if (/^(half[- ]?time|half)$/.test(t)) return { kind: 'number', value: 0.5, note: null };
    const days = /^(.+?) days? (a|per|each) week$|^(.+?) days?$/.exec(t);
    if (days) {
      const n = readAmount(days[1] ?? days[3] ?? '');
      if (n !== null && n > 0 && n <= 5) {
        return { kind: 'number', value: round(n / 5), note: `${en(n)} of 5 working days` };
      }
    }
    if (/hours?|hrs?\b/.test(t)) {
      return {
        kind: 'unreadable',
        why: `Full-time hours differ between institutions, so Keystone does not turn hours into a full-time equivalent. Divide the role’s hours by your full-time week, for example 30 ÷ 37.5 = 0.8. What you typed is kept here but not saved into the role until it can be read.`,
      };
    }
  }

  let money = false;
  if (/^£|^gbp ?/.test(t)) {
    t = t.replace(/^£|^gbp ?/, '');
    money = true;
  }
  while (UNITS_AFTER.test(t)) {
    if (/pounds|gbp|sterling/.test(UNITS_AFTER.exec(t)?.[1] ?? '')) money = true;
    t = t.replace(UNITS_AFTER, '');
  }
  if (money && kind !== 'money') {
    return { kind: 'unreadable', why: cannotRead(original, EXAMPLES[kind]) };
  }
  let percent = false;
  if (/\s*(%|percent|per cent)$/.test(t)) {
    t = t.replace(/\s*(%|percent|per cent)$/, '');
    percent = true;
  }
  if (t.startsWith('-')) {
    return {
      kind: 'unreadable',
      why: `This cannot be below 0. What you typed is kept here but not saved into the role until it can be read.`,
    };
  }

  const range = RANGE.exec(t);
  // "twenty-five" is one number; "400-500" and "four to five hundred" are ranges.
  const isRange = range !== null && (range[2] !== '-' || /\d/.test(t));
  if (
    range &&
    isRange &&
    readAmount(range[1] ?? '') !== null &&
    readAmount(range[3] ?? '') !== null
  ) {
    return {
      kind: 'unreadable',
      why: `“${original.trim()}” is a range. Enter one number, for example your best estimate. What you typed is kept here but not saved into the role until it can be read.`,
    };
  }

  let value = readAmount(t);
  if (value === null || !Number.isFinite(value)) {
    return { kind: 'unreadable', why: cannotRead(original, EXAMPLES[kind]) };
  }

  if (percent) {
    if (kind !== 'fte') {
      return {
        kind: 'unreadable',
        why: `A percentage only makes sense for the full-time equivalent; here, enter the number itself, for example ${EXAMPLES[kind]}. What you typed is kept here but not saved into the role until it can be read.`,
      };
    }
    value = round(value / 100);
  }
  if (approximate) notes.push('approximate');
  if (kind === 'money' && !Number.isInteger(value)) {
    value = Math.round(value);
    notes.push('rounded to whole pounds');
  }
  if (kind === 'count' && !Number.isInteger(value)) {
    return {
      kind: 'unreadable',
      why: `This counts whole things, so “${original.trim()}” cannot be right. Enter a whole number, for example ${Math.floor(value)} or ${Math.ceil(value)}. What you typed is kept here but not saved into the role until it can be read.`,
    };
  }
  return { kind: 'number', value, note: notes.length > 0 ? notes.join(', ') : null };
}

/** How the field shows what it read: "Read as £2,500,000 (approximate)." */
export function describeReading(reading: NumberReading, kind: NumberKind): string | null {
  if (reading.kind !== 'number') return null;
  const shown =
    kind === 'money'
      ? `£${reading.value.toLocaleString('en-GB')}`
      : reading.value.toLocaleString('en-GB', { maximumFractionDigits: 3 });
  return `Read as ${shown}${reading.note ? ` (${reading.note})` : ''}.`;
}
