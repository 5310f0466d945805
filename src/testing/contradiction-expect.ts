/** Expectations shared by the contradiction tests: does a rule fire on a draft, or stay quiet? */
import { findContradictions } from '../domain/contradictions';
import type { RoleDraft } from '../domain/role-draft';
import { makeDraft, type DeepPartial } from './make-draft';

export const contradictionIds = (overrides: DeepPartial<RoleDraft>) =>
  findContradictions(makeDraft(overrides)).map((c) => c.id);
export const fires = (id: string, overrides: DeepPartial<RoleDraft>) =>
  expect(contradictionIds(overrides)).toContain(id);
export const quiet = (id: string, overrides: DeepPartial<RoleDraft>) =>
  expect(contradictionIds(overrides)).not.toContain(id);
