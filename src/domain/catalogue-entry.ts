import type { ClauseId } from './definition';
import type { Concern, HeraElement, TcPillar } from './options';

/** One outcome-focused responsibility that a draft can take from the catalogue. */
export interface CatalogueEntry {
  /** Stable id, stored in drafts: never renamed. */
  id: string;
  text: string;
  /** Clauses the responsibility evidences directly. */
  primary: readonly ClauseId[];
  /** Clauses it supports in part. */
  secondary: readonly ClauseId[];
  pillars: readonly TcPillar[];
  concerns: readonly Concern[];
  hera: readonly HeraElement[];
  /** True when the responsibility is about the role's work outside the institution. */
  external?: true;
}
