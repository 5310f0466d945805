/**
 * Test factories for role drafts (no React): start from the blank draft and override only what a
 * test is about, so each test reads as the few answers it depends on.
 */
import { emptyDraft } from '../domain/empty-draft';
import { responsibilityFromCatalogue } from '../domain/from-catalogue';
import type { Criterion, Responsibility, RoleDraft } from '../domain/role-draft';

/** Objects merge key by key; arrays and scalars replace what was there. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export const TEST_NOW = '2026-01-01T09:00:00.000Z';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function merge<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(overrides)) {
    return (overrides === undefined ? base : overrides) as T;
  }
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    out[key] = merge(out[key], value);
  }
  return out as T;
}

export function makeDraft(overrides: DeepPartial<RoleDraft> = {}): RoleDraft {
  return merge(emptyDraft('draft-1', 'Test role', TEST_NOW), overrides);
}

/** A responsibility taken from the catalogue, with its wording; throws on an unknown id. */
export function fromCatalogue(catalogueId: string, id = `r-${catalogueId}`): Responsibility {
  const responsibility = responsibilityFromCatalogue(catalogueId, id);
  if (!responsibility) throw new Error(`No catalogue entry "${catalogueId}"`);
  return responsibility;
}

/** Responsibilities for a list of catalogue ids, in that order. */
export const fromCatalogueIds = (ids: readonly string[]): Responsibility[] =>
  ids.map((id) => fromCatalogue(id));

/** A short, stable id from text, so that different responsibilities get different ids. */
function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i += 1) h = (h * 33) ^ text.charCodeAt(i);
  return (h >>> 0).toString(36);
}

/** A responsibility the user wrote, tagged with the clauses they say it evidences. */
export function ownResponsibility(
  text: string,
  clauses: Responsibility['clauses'] = [],
  id = `c-${hash(`${text}|${clauses.join(',')}`)}`,
): Responsibility {
  return { id, catalogueId: null, text, clauses, reason: '' };
}

export function makeCriterion(overrides: Partial<Criterion> = {}): Criterion {
  return {
    id: 'crit-1',
    text: 'Significant experience leading technical teams',
    category: 'essential',
    assessedBy: ['application', 'interview'],
    ...overrides,
  };
}
