/**
 * The role draft: one schema that is the source of both its types and its runtime validation,
 * built from the field table (draft-fields/draft-fields.ts), so no field exists without its row.
 * Unanswered questions are null (or an empty list), so a half-finished draft is still valid;
 * what a step requires is checked by that step, not here.
 */
import * as z from 'zod/mini';
import { CLAUSE_IDS } from './definition';
import { DRAFT_FIELDS } from './draft-fields/draft-fields';
import { draftShapeOf } from './draft-fields/draft-shape';

export { MAX_LIST, MAX_TEXT } from './draft-fields/field-kinds';

export const ClauseIdSchema = z.enum(CLAUSE_IDS);

export const RoleDraftSchema = z.object(draftShapeOf(DRAFT_FIELDS));

export const ContextSchema = RoleDraftSchema.shape.context;
export const RemitSchema = RoleDraftSchema.shape.remit;
export const AuthoritySchema = RoleDraftSchema.shape.authority;
export const ResponsibilitySchema = RoleDraftSchema.shape.responsibilities.def.element;
export const CriterionSchema = RoleDraftSchema.shape.personSpec.def.element;
/** Wording the user has edited for the exported document; null means "use the generated text". */
export const WordingSchema = RoleDraftSchema.shape.wording;
/** The peer set chosen for benchmarking; empty lists mean "all". */
export const PeerFilterSchema = RoleDraftSchema.shape.peerFilter;

export type RoleDraft = z.infer<typeof RoleDraftSchema>;
export type InstitutionContext = z.infer<typeof ContextSchema>;
export type Remit = z.infer<typeof RemitSchema>;
export type Authority = z.infer<typeof AuthoritySchema>;
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type PeerFilter = z.infer<typeof PeerFilterSchema>;
