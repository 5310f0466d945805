/**
 * Reads this device's saved text into today's store shape without trusting it: defaults, then
 * what was stored, then migrations, then validation, draft by draft. One unreadable draft leaves
 * the others usable; every problem is described in a sentence the person can act on.
 */
import { isRecord } from '../../domain/migrations/is-record';
import { readDraft } from '../../domain/draft-fields/read-draft';
import { parseUntrustedJson } from '../../domain/untrusted-json';
import type { KeystoneData } from '../keystone-data';
import { MigrationError } from '../../domain/migrations/migration-error';
import { STORE_VERSION, migrate } from '../migrations';
import { knownViewOr } from '../views';
import { quoteText, visibleText } from '../../domain/quote-text';
import { hasOwnKey, own, safeIds } from '../../domain/own-key';
import { newId } from '../../domain/new-id';

export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; data: KeystoneData }
  /** Some drafts could be read; `problems` says which could not. */
  | { kind: 'damaged'; data: KeystoneData; problems: string[] }
  | { kind: 'unreadable'; problems: string[] };

const emptyData = (): KeystoneData => ({ drafts: {}, order: [], currentId: null, steps: {} });

const nameOf = (draft: unknown, id: string) =>
  isRecord(draft) && typeof draft.name === 'string' && draft.name.trim() !== ''
    ? quoteText(draft.name, 80)
    : `with id ${visibleText(id, 40)}`;

/** Validates a migrated store, keeping every draft that passes and naming every one that fails. */
export function validateData(
  migrated: unknown,
  safeId = safeIds(() => newId('draft')),
): { data: KeystoneData; problems: string[] } {
  const data = emptyData();
  const problems: string[] = [];
  if (!isRecord(migrated) || !isRecord(migrated.drafts)) {
    return { data, problems: ['The list of drafts is missing or not in the expected shape.'] };
  }
  const stored = migrated.drafts;
  const order = Array.isArray(migrated.order)
    ? migrated.order.filter((id) => typeof id === 'string')
    : [];
  // Drafts missing from the order are still drafts: keep them, after the ordered ones.
  const ids = [...new Set([...order, ...Object.keys(stored)])].filter((id) =>
    hasOwnKey(stored, id),
  );
  for (const id of ids) {
    const result = readDraft(stored[id]);
    if (result.ok && result.draft.id === id) {
      // Note: a draft saved as "toString" or "__proto__" is read under a fresh id (own-key.ts).
      const safe = safeId(id);
      const draft = result.draft;
      data.drafts[safe] = safe === id ? draft : { ...draft, id: safe };
      data.order.push(safe);
    } else {
      const why = result.ok ? 'its id does not match where it was saved' : result.why;
      problems.push(`The draft ${nameOf(stored[id], id)} could not be read (${why}).`);
    }
  }
  const steps = isRecord(migrated.steps) ? migrated.steps : {};
  for (const id of ids) {
    const safe = safeId(id);
    // Note: the step is only where the person was; an unknown one falls back to the first step.
    if (hasOwnKey(data.drafts, safe)) data.steps[safe] = knownViewOr(own(steps, id));
  }
  const current = typeof migrated.currentId === 'string' ? safeId(migrated.currentId) : null;
  data.currentId =
    current !== null && hasOwnKey(data.drafts, current) ? current : (data.order[0] ?? null);
  return { data, problems };
}

/** Draft names still legible in damaged text, so the person knows what the kept copy holds. */
function namesIn(raw: string): string[] {
  const names = [...raw.matchAll(/"name"\s*:\s*"((?:[^"\\]|\\.){1,80})"/g)].map((m) => m[1] ?? '');
  return [...new Set(names)]
    .slice(0, 10)
    .map((name) => quoteText(name.replace(/\\(.)/g, '$1'), 80));
}

export function readSavedData(raw: string | null): ReadResult {
  if (raw === null) return { kind: 'empty' };
  const parsed = parseUntrustedJson(raw, Number.POSITIVE_INFINITY, {
    unkept: 'remove',
  });
  if (!parsed.ok) {
    const names = namesIn(raw);
    const held = names.length > 0 ? ` It seems to hold: ${names.join(', ')}.` : '';
    const why = parsed.error.startsWith('The file is not valid JSON')
      ? 'the saved text is cut short or damaged.'
      : parsed.error.replace(/^The /, 'the ');
    return { kind: 'unreadable', problems: [`The saved drafts could not be read: ${why}${held}`] };
  }
  const envelope = parsed.value;
  if (!isRecord(envelope) || !('state' in envelope)) {
    return { kind: 'unreadable', problems: ['The saved data is not in the shape Keystone saves.'] };
  }
  const version = typeof envelope.version === 'number' ? envelope.version : STORE_VERSION;
  let migrated: KeystoneData;
  try {
    migrated = migrate(envelope.state, version);
  } catch (error) {
    const message =
      error instanceof MigrationError ? error.message : 'It could not be updated to this version.';
    return { kind: 'unreadable', problems: [message] };
  }
  const { data, problems } = validateData(migrated);
  if (problems.length === 0) return { kind: 'ok', data };
  if (data.order.length === 0) return { kind: 'unreadable', problems };
  return { kind: 'damaged', data, problems };
}
