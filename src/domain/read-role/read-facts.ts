/**
 * Proposes the draft answers a job description states in passing (fact-cues.ts), each with the
 * sentence it came from and the words that stated it. Pure; nothing is applied to a draft here.
 */
import { readNumberWords } from '../numbers/number-words';
import {
  BUDGET_AUTHORITY,
  DECISION_RIGHTS,
  EXTERNAL_REMIT,
  GRADE_BANDS,
  REPORTING_LINES,
  SCOPES,
  SEATS,
  TECHNICAL_AREAS,
  type GradeBand,
} from '../options';
import {
  AREA_CUES,
  BUDGET_CUES,
  DECISION_RIGHT_CUES,
  EXTERNAL_CUES,
  COUNT_WORDS,
  REPORTING_LINE_CUES,
  REPORTS_TO,
  SCOPE_CUES,
  SEAT_CUES,
  SEAT_VERBS,
  type OptionCue,
} from './fact-cues';
import type { FactKind, ProposedFact } from './reading';
import { wholeWords, type WholeWords } from './whole-words';

interface Part {
  readonly id: string;
  readonly text: string;
}

// Whole words without a lookbehind: see whole-words.ts for why (it is several times faster).
const whole = (source: string): WholeWords => wholeWords(source);
const compiled = <T extends string>(cues: readonly OptionCue<T>[]) =>
  cues.map((cue) => ({ id: cue.id, re: whole(cue.pattern) }));

const REPORTING = compiled(REPORTING_LINE_CUES);
const REPORTS_TO_RE = whole(`${REPORTS_TO}(.{2,80})`);
const SEATS_RE = compiled(SEAT_CUES);
const SEAT_VERB_RE = whole(SEAT_VERBS);
const BUDGETS = compiled(BUDGET_CUES);
const RIGHTS = compiled(DECISION_RIGHT_CUES);
const SCOPE_RE = compiled(SCOPE_CUES);
const AREAS = compiled(AREA_CUES);
const EXTERNAL = compiled(EXTERNAL_CUES);

const COUNT = `(\\d[\\d,]*|${COUNT_WORDS})`;
const MONEY = /£\s?(\d[\d,]*(?:\.\d+)?)\s?(m|million|k|bn|billion)?(?![\p{L}])/iu;
const SALARY =
  /£\s?\d{2,3},?\d{3}(?:\s*(?:-|–|to)\s*£?\s?\d{2,3},?\d{3})?(?:\s*(?:per\s+annum|p\.?a\.?|a\s+year))?/iu;
const GRADE = /\bgrade\s*:?\s*(\d{1,2})\b/iu;
const GRADE_CONTEXT =
  /^(?:grade|salary|pay)\b|\b(?:grade|salary|pay)\s*:|\b(?:this|the)\s+(?:post|role|position)\b|\bappointed\b|\bgrade\s*\d{1,2}\s*(?:\(|,|:|-|–)?\s*(?:£|point|spine|salary)/iu;
const ABOVE_SPINE =
  /\babove\s+the\s+(?:pay\s+)?spine\b|\bprofessorial(?:[- ]equivalent)?\b|\boff[- ]spine\b/iu;
const EXECUTIVE_GRADE = /\bexecutive\s+(?:grade|pay|salary)\b/iu;
const TITLE = /^(?:job\s+)?(?:title|post|role)\s*[:–-]\s*(.{3,120})$/iu;
const FTE = /\b(0?\.\d+|1(?:\.0+)?)\s*FTE\b|\bFTE\s*[:=]?\s*(0?\.\d+|1(?:\.0+)?)\b/iu;
const FULL_TIME = /\bfull[- ]time\b/iu;
const TECHNICIANS = whole(
  `${COUNT}\\s+(?:technicians|technical\\s+(?:staff|colleagues|employees|posts)|staff)`,
);
const TECHNICIAN_CONTEXT = whole(
  `lead(?:s|ing)?|manag(?:e|es|ing)|responsib\\w*|remit|community\\s+of|team\\s+of|workforce\\s+of|oversee(?:s|ing)?|head(?:s|ing)?`,
);
const DIRECT_REPORTS = whole(
  `${COUNT}\\s+direct\\s+reports|line[- ]manag(?:e|es|ing)\\s+${COUNT}|${COUNT}\\s+(?:managers|team\\s+leaders)\\s+report(?:ing)?\\s+to`,
);
const SITES = whole(`${COUNT}\\s+(?:sites|campuses|locations)`);
const ONE_SITE = whole(`(?:a\\s+)?single\\s+(?:site|campus)|one\\s+(?:site|campus)`);

const countOf = (word: string | undefined): number | null => {
  if (!word) return null;
  const n = /^\d/.test(word) ? Number(word.replace(/,/g, '')) : readNumberWords(word);
  return n !== null && Number.isFinite(n) && n >= 0 ? n : null;
};

const moneyOf = (m: RegExpMatchArray): number => {
  const n = Number(m[1]!.replace(/,/g, ''));
  const unit = (m[2] ?? '').toLowerCase();
  const times = unit.startsWith('m') ? 1e6 : unit === 'k' ? 1e3 : unit.startsWith('b') ? 1e9 : 1;
  return Math.round(n * times);
};

const gradeOf = (n: number): GradeBand =>
  n <= 6 ? 'grade-6' : n >= 10 ? 'grade-10' : (`grade-${n}` as GradeBand);

function firstOption<T extends string>(
  text: string,
  cues: readonly { id: T; re: WholeWords }[],
): { id: T; words: string } | null {
  for (const { id, re } of cues) {
    const m = re.exec(text);
    if (m) return { id, words: m[0] };
  }
  return null;
}

function allOptions<T extends string>(text: string, cues: readonly { id: T; re: WholeWords }[]) {
  return cues.flatMap(({ id, re }) => {
    const m = re.exec(text);
    return m ? [{ id, words: m[0] }] : [];
  });
}

/** Every fact each part states, in reading order. */
function factsIn(part: Part): ProposedFact[] {
  const text = part.text;
  const facts: ProposedFact[] = [];
  const add = (kind: FactKind, value: ProposedFact['value'], label: string, cues: string[]) =>
    facts.push({ kind, value, label, sentenceId: part.id, cues });

  const title = TITLE.exec(text);
  if (title) add('title', title[1]!.trim(), `Job title: ${title[1]!.trim()}`, [title[0]]);

  const reports = REPORTS_TO_RE.exec(text);
  if (reports) {
    const line = firstOption(reports[1]!, REPORTING);
    if (line) {
      add('reportsTo', line.id, `Reports to: ${REPORTING_LINES.label(line.id)}`, [
        reports[0].slice(0, reports[0].length - reports[1]!.length) + line.words,
      ]);
    }
  }

  const grade = GRADE.exec(text);
  if (grade && GRADE_CONTEXT.test(text)) {
    const band = gradeOf(Number(grade[1]));
    add('gradeBand', band, `Grade: ${GRADE_BANDS.label(band)}`, [grade[0]]);
  } else if (ABOVE_SPINE.test(text)) {
    add('gradeBand', 'above-spine', `Grade: ${GRADE_BANDS.label('above-spine')}`, [
      ABOVE_SPINE.exec(text)![0],
    ]);
  } else if (EXECUTIVE_GRADE.test(text)) {
    add('gradeBand', 'executive', `Grade: ${GRADE_BANDS.label('executive')}`, [
      EXECUTIVE_GRADE.exec(text)![0],
    ]);
  }

  const mentionsBudget = /\bbudget/iu.test(text);
  const money = MONEY.exec(text);
  if (money && mentionsBudget) {
    const amount = moneyOf(money);
    add('annualBudget', amount, `Annual budget: £${amount.toLocaleString('en-GB')}`, [money[0]]);
  }
  const salary = SALARY.exec(text);
  if (
    salary &&
    !mentionsBudget &&
    /salary|per\s+annum|p\.?a\.?|grade|pay|£\s?\d{2,3},?\d{3}\s*(?:-|–|to)/iu.test(text)
  ) {
    add('salary', salary[0].trim(), `Salary: ${salary[0].trim()}`, [salary[0]]);
  }

  const addList = (
    kind: FactKind,
    found: readonly { id: string; words: string }[],
    name: string,
    labelOf: (id: never) => string,
  ) => {
    if (found.length === 0) return;
    const labels = found.map((f) => labelOf(f.id as never)).join('; ');
    add(
      kind,
      found.map((f) => f.id),
      `${name}: ${labels}`,
      found.map((f) => f.words),
    );
  };
  if (SEAT_VERB_RE.test(text)) addList('seats', allOptions(text, SEATS_RE), 'Seats', SEATS.label);

  const budget = firstOption(text, BUDGETS);
  if (budget) {
    const label = `Budget: ${BUDGET_AUTHORITY.label(budget.id)}`;
    add('budgetAuthority', budget.id, label, [budget.words]);
  }
  addList('decisionRights', allOptions(text, RIGHTS), 'Decision rights', DECISION_RIGHTS.label);

  const scope = firstOption(text, SCOPE_RE);
  if (scope) add('scope', scope.id, `Scope: ${SCOPES.label(scope.id)}`, [scope.words]);
  addList('areas', allOptions(text, AREAS), 'Technical areas', TECHNICAL_AREAS.label);
  addList('external', allOptions(text, EXTERNAL), 'External remit', EXTERNAL_REMIT.label);

  const technicians = TECHNICIANS.exec(text);
  const technicianCount = countOf(technicians?.[1]);
  if (technicians && technicianCount !== null && TECHNICIAN_CONTEXT.test(text)) {
    add('techniciansInRemit', technicianCount, `Technicians in remit: ${technicianCount}`, [
      technicians[0],
    ]);
  }
  const reportsCount = DIRECT_REPORTS.exec(text);
  const direct = reportsCount
    ? countOf(reportsCount[1] ?? reportsCount[2] ?? reportsCount[3])
    : null;
  if (reportsCount && direct !== null)
    add('directReports', direct, `Direct reports: ${direct}`, [reportsCount[0]]);

  const sites = SITES.exec(text);
  const siteCount = countOf(sites?.[1]);
  if (sites && siteCount !== null) add('sites', siteCount, `Sites: ${siteCount}`, [sites[0]]);
  else if (ONE_SITE.test(text)) add('sites', 1, 'Sites: 1', [ONE_SITE.exec(text)![0]]);

  const fte = FTE.exec(text);
  const fteValue = fte ? Number(fte[1] ?? fte[2]) : null;
  if (fte && fteValue !== null && fteValue >= 0.1 && fteValue <= 1)
    add('fte', fteValue, `FTE: ${fteValue}`, [fte[0]]);
  else if (FULL_TIME.test(text)) add('fte', 1, 'FTE: 1 (full-time)', [FULL_TIME.exec(text)![0]]);

  return facts;
}

const LISTS: ReadonlySet<FactKind> = new Set(['seats', 'decisionRights', 'areas', 'external']);

/**
 * The facts of a whole text: every list fact as found (one per sentence, so each keeps its
 * source), and the first statement of each single answer, except scope, where the broadest wins.
 */
export function readFacts(parts: readonly Part[]): ProposedFact[] {
  const facts = parts.flatMap(factsIn);
  const single = new Map<FactKind, ProposedFact>();
  for (const fact of facts) {
    if (LISTS.has(fact.kind)) continue;
    const seen = single.get(fact.kind);
    const broader =
      fact.kind === 'scope' &&
      seen !== undefined &&
      SCOPES.ids.indexOf(fact.value as never) > SCOPES.ids.indexOf(seen.value as never);
    if (!seen || broader) single.set(fact.kind, fact);
  }
  return facts.filter((fact) => LISTS.has(fact.kind) || single.get(fact.kind) === fact);
}
