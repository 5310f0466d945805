/**
 * Two tabs, one save: a three-way merge of this tab's drafts (`ours`) with another tab's save
 * (`theirs`), from the save both last agreed on (`base`). What only one side changed is taken
 * from that side, field by field (a section's fields one by one, a list as a whole), so edits to
 * different drafts or different fields of one draft both survive without asking. Only when both
 * sides changed the same field differently (or one deleted a draft the other edited) is there a
 * clash, and then the person chooses (cross-tab-sync.ts); nothing is dropped silently.
 *
 * Which draft a tab shows is the tab's own: `currentId` stays ours, so switching drafts in one
 * tab never moves the other tab off the draft it is typing in.
 */
import type { KeystoneData } from '../keystone-data';
import { own } from '../../domain/own-key';

export type TabMerge =
  | { ok: true; data: KeystoneData }
  /** The ids of the drafts both tabs changed in the same place. */
  | { ok: false; clashes: string[] };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const CLASH = Symbol('clash');

/** One value, merged three ways; plain objects key by key, everything else as a whole. */
function mergeValue(base: unknown, ours: unknown, theirs: unknown, key = ''): unknown {
  if (same(ours, theirs)) return ours;
  if (same(ours, base)) return theirs;
  if (same(theirs, base)) return ours;
  // Both stamped an edit: the later stamp is the draft's.
  if (key === 'updatedAt' && typeof ours === 'string' && typeof theirs === 'string')
    return ours > theirs ? ours : theirs;
  if (!isPlain(ours) || !isPlain(theirs)) return CLASH;
  const from = isPlain(base) ? base : {};
  const out: Record<string, unknown> = {};
  for (const name of new Set([...Object.keys(theirs), ...Object.keys(ours)])) {
    const merged = mergeValue(own(from, name), own(ours, name), own(theirs, name), name);
    if (merged === CLASH) return CLASH;
    if (merged !== undefined) out[name] = merged;
  }
  return out;
}

/** The order: the side that changed it, else theirs with our new drafts after. */
function mergeOrder(base: string[], ours: string[], theirs: string[], ids: Set<string>) {
  const order = same(ours, base) ? theirs : same(theirs, base) ? ours : [...theirs, ...ours];
  const out = [...new Set(order)].filter((id) => ids.has(id));
  for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}

export function mergeTabs(base: KeystoneData, ours: KeystoneData, theirs: KeystoneData): TabMerge {
  const drafts: KeystoneData['drafts'] = {};
  const clashes: string[] = [];
  const ids = new Set([...Object.keys(theirs.drafts), ...Object.keys(ours.drafts)]);
  for (const id of ids) {
    const merged = mergeValue(own(base.drafts, id), own(ours.drafts, id), own(theirs.drafts, id));
    if (merged === CLASH) clashes.push(id);
    else if (merged !== undefined) drafts[id] = merged as KeystoneData['drafts'][string];
  }
  if (clashes.length > 0) return { ok: false, clashes };
  const kept = new Set(Object.keys(drafts));
  const order = mergeOrder(base.order, ours.order, theirs.order, kept);
  const steps: KeystoneData['steps'] = {};
  const currentId =
    ours.currentId !== null && kept.has(ours.currentId)
      ? ours.currentId
      : theirs.currentId !== null && kept.has(theirs.currentId)
        ? theirs.currentId
        : (order[0] ?? null);
  for (const id of order) {
    // Which step a draft is on is not text: the step this tab shows stays, and on a clash this
    // tab's own is kept.
    const ourStep = own(ours.steps, id);
    const step =
      id === currentId || !same(ourStep, own(base.steps, id))
        ? (ourStep ?? own(theirs.steps, id))
        : (own(theirs.steps, id) ?? ourStep);
    if (step !== undefined) steps[id] = step;
  }
  return { ok: true, data: { drafts, order, currentId, steps } };
}

/** Whether two saves hold the same drafts, order and steps (which draft is shown aside). */
export const sameSave = (a: KeystoneData, b: KeystoneData) =>
  same(a.drafts, b.drafts) && same(a.order, b.order) && same(a.steps, b.steps);
