/** A validation problem in words a person can act on: which field, and what is wrong with it. */
import type * as z from 'zod/mini';
import { quoteText, visibleText } from '../quote-text';

type Issue = z.core.$ZodIssue;

const show = (v: unknown) => (typeof v === 'string' ? quoteText(v) : visibleText(String(v)));

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${visibleText(String(part))}`,
    )
    .join('');
}

export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing'
        : `should be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}, not ${show(issue.input)}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map(show).slice(0, 8).join(', ')}${issue.values.length > 8 ? ', …' : ''}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too long (at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'items'})`
        : `is too large (at most ${String(issue.maximum)})`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too short (at least ${String(issue.minimum)})`
        : `is too small (at least ${String(issue.minimum)})`;
    case 'unrecognized_keys':
      return `has fields the format does not know: ${issue.keys.map((k) => visibleText(k)).join(', ')}`;
    default:
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message.replace(/\.$/, '')
        : 'is not valid';
  }
}
