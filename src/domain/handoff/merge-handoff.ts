/**
 * Bringing an incoming hand-off into the draft this device already has, section by section.
 * Each section that differs is the person's choice: theirs (keep this device's), the incoming
 * one, or both. Both, for a list (responsibilities, person specification), keeps every item of
 * each; for a section of single answers it keeps this device's in the draft and the incoming
 * version as a separate draft, so nothing is lost either way. Comments, sign-offs and the
 * hand-off history are never a choice: both sides' are kept, each once.
 */
import { DRAFT_FIELDS } from '../draft-fields/draft-fields';
import { diffDrafts, type DraftChange } from '../draft-diff';
import { MAX_LIST, type RoleDraft } from '../role-draft';

export const CHOICE_SECTIONS = [
  'context',
  'remit',
  'authority',
  'responsibilities',
  'personSpec',
  'reasons',
  'wording',
] as const;
export type ChoiceSection = (typeof CHOICE_SECTIONS)[number];
export type Choice = 'mine' | 'incoming' | 'both';
export type Choices = Partial<Record<ChoiceSection, Choice>>;

export interface SectionChanges {
  section: ChoiceSection;
  label: string;
  changes: DraftChange[];
}

/** What differs between this device's draft and the incoming one, section by section. */
export function sectionChanges(mine: RoleDraft, incoming: RoleDraft): SectionChanges[] {
  const all = diffDrafts(mine, incoming);
  return CHOICE_SECTIONS.map((section) => {
    const label = DRAFT_FIELDS[section].label;
    return { section, label, changes: all.filter((c) => c.section === label) };
  }).filter((s) => s.changes.length > 0);
}

type Keyed = { id: string };

/** Every item of both lists once: this device's first, then the incoming ones it lacks. */
function unionById<T extends Keyed>(
  mine: readonly T[],
  incoming: readonly T[],
  prefer?: (a: T, b: T) => T,
): T[] {
  const theirs = new Map(incoming.map((item) => [item.id, item]));
  const ids = new Set(mine.map((item) => item.id));
  const kept = mine.map((item) => {
    const other = theirs.get(item.id);
    return other && prefer ? prefer(item, other) : item;
  });
  return [...kept, ...incoming.filter((item) => !ids.has(item.id))];
}

/** An id not yet in `taken`: the item's own, or it with "-incoming" (and a number) added. */
function freeId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  let n = 1;
  let next = `${id}-incoming`;
  while (taken.has(next)) next = `${id}-incoming-${++n}`;
  return next;
}

/**
 * Both lists' items; an item both have but worded differently is kept twice, under an id of its
 * own. Null when together they are longer than a list may be (MAX_LIST): the caller then keeps
 * the incoming version whole as a separate draft rather than cutting either list short.
 */
function bothLists<T extends Keyed>(mine: readonly T[], incoming: readonly T[]): T[] | null {
  const own = new Map(mine.map((item) => [item.id, JSON.stringify(item)]));
  const taken = new Set(own.keys());
  const extra: T[] = [];
  for (const item of incoming) {
    if (own.get(item.id) === JSON.stringify(item)) continue;
    const id = freeId(item.id, taken);
    taken.add(id);
    extra.push(id === item.id ? item : { ...item, id });
  }
  return mine.length + extra.length > MAX_LIST ? null : [...mine, ...extra];
}

const resolvedWins = (a: RoleDraft['comments'][number], b: RoleDraft['comments'][number]) =>
  a.status === 'resolved' ? a : b.status === 'resolved' ? b : a;

export interface Merged {
  draft: RoleDraft;
  /** True when a "both" on a section of single answers asks for the incoming draft as a copy. */
  keepIncomingCopy: boolean;
  /** Lists chosen as "both" that together pass MAX_LIST items: this device's list is kept. */
  tooLong: ChoiceSection[];
}

export function mergeHandoff(
  mine: RoleDraft,
  incoming: RoleDraft,
  choices: Choices,
  now: string,
): Merged {
  const draft: RoleDraft = { ...mine, updatedAt: now };
  let keepIncomingCopy = false;
  const tooLong: ChoiceSection[] = [];
  const put = <K extends ChoiceSection>(key: K, value: RoleDraft[K]) => {
    draft[key] = value;
  };
  for (const section of CHOICE_SECTIONS) {
    const choice = choices[section] ?? 'mine';
    if (choice === 'incoming') put(section, incoming[section]);
    if (choice !== 'both') continue;
    if (section === 'responsibilities') {
      const list = bothLists(mine.responsibilities, incoming.responsibilities);
      if (list) put(section, list);
      else tooLong.push(section);
    } else if (section === 'personSpec') {
      const list = bothLists(mine.personSpec, incoming.personSpec);
      if (list) put(section, list);
      else tooLong.push(section);
    } else {
      keepIncomingCopy = true;
    }
  }
  // Two lists too long to join: this device's list stays, the incoming draft is kept whole.
  if (tooLong.length > 0) keepIncomingCopy = true;
  draft.comments = unionById(mine.comments, incoming.comments, resolvedWins);
  draft.signOffs = unionById(mine.signOffs, incoming.signOffs);
  draft.handoffs = unionById(mine.handoffs, incoming.handoffs).sort((a, b) =>
    a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0,
  );
  return { draft, keepIncomingCopy, tooLong };
}
