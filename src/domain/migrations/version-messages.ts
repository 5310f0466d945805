/**
 * The one wording for a file or save Keystone cannot bring up to date, used by every reader
 * (DESIGN.md: what happened, what was kept, what to do). `what` names the thing as the person
 * knows it: "file", "backup", "saved data", "peer pack".
 */
import { visibleText } from '../quote-text';

export const newerVersionMessage = (what: string, found: number, reads: number): string =>
  `The ${what} was made by a newer version of Keystone (data version ${found}; this version of Keystone reads version ${reads} and earlier). Update Keystone and try again.`;

/** A version from a file as words; never String() of an object, whose toString may be anything. */
const shown = (found: unknown): string =>
  typeof found === 'string' || typeof found === 'number' || typeof found === 'boolean'
    ? visibleText(String(found), 40)
    : Array.isArray(found)
      ? 'a list'
      : found === null
        ? 'null'
        : 'an object';

export const unknownVersionMessage = (what: string, found: unknown): string =>
  found === undefined
    ? `The ${what} does not say which version of Keystone made it.`
    : `The ${what} has no version Keystone recognises (${shown(found)}).`;
