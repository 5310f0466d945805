/**
 * All four checks on one text (a responsibility, a criterion, the job purpose), sentence by
 * sentence, in reading order. Pure and synchronous: a full draft takes a few milliseconds.
 */
import type { CheckKind, Finding } from './finding';
import { inclusiveFindings } from './inclusive-check';
import { plainEnglishFindings } from './plain-english-check';
import { sentencesOf } from './sentences';
import { spellingFindings } from './spelling-check';
import { strengthFindings } from './strength-check';

export interface CheckOptions {
  /** Read the text for grading strength: duties the role is meant to hold. */
  readonly strength: boolean;
  /** Where acronyms may be spelt out (the whole draft); the text itself when omitted. */
  readonly context?: string;
}

export const CHECK_ORDER: readonly CheckKind[] = ['strength', 'inclusive', 'plain', 'spelling'];

export function checkText(text: string, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const context = options.context ?? text;
  for (const sentence of sentencesOf(text)) {
    if (options.strength) findings.push(...strengthFindings(text, sentence));
    findings.push(...inclusiveFindings(text, sentence));
    findings.push(...plainEnglishFindings(text, sentence, context, seen));
    findings.push(...spellingFindings(text, sentence));
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
