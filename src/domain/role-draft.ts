/**
 * The role draft: one schema that is the source of both its types and its runtime validation,
 * built from the field table (draft-fields/draft-fields.ts), so no field exists without its row.
 * Unanswered questions are null (or an empty list), so a half-finished draft is still valid;
 * what a step requires is checked by that step, not here.
 */
import * as z from 'zod/mini';
import { DRAFT_FIELDS } from './draft-fields/draft-fields';
import { draftShapeOf } from './draft-fields/draft-shape';
import { madeOnce } from './made-once';

export { MAX_LIST, MAX_TEXT } from './draft-fields/field-kinds';

function buildSchemas() {
  const draft = z.object(draftShapeOf(DRAFT_FIELDS));
  return {
    draft,
    context: draft.shape.context,
    remit: draft.shape.remit,
    authority: draft.shape.authority,
    responsibility: draft.shape.responsibilities.def.element,
    criterion: draft.shape.personSpec.def.element,
    /** Wording the user has edited for the exported document; null means "use the generated text". */
    wording: draft.shape.wording,
    /** The peer set chosen for benchmarking; empty lists mean "all". */
    peerFilter: draft.shape.peerFilter,
  };
}

/**
 * The draft's schemas, built the first time one is asked for and then shared. Note: building
 * them costs tens of milliseconds of CPU on a phone, and the first screen checks nothing until
 * the person types or opens a file, so no module builds them as it loads (issue 17).
 */
export const draftSchemas = madeOnce(buildSchemas);

type Schemas = ReturnType<typeof buildSchemas>;

export type RoleDraft = z.infer<Schemas['draft']>;
export type InstitutionContext = z.infer<Schemas['context']>;
export type Remit = z.infer<Schemas['remit']>;
export type Authority = z.infer<Schemas['authority']>;
export type Responsibility = z.infer<Schemas['responsibility']>;
export type Criterion = z.infer<Schemas['criterion']>;
export type PeerFilter = z.infer<Schemas['peerFilter']>;
