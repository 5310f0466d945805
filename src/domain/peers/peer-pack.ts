/**
 * The peer-pack exchange format: a versioned JSON file of role profiles, each a RoleDraft and
 * validated by the same schema as a draft. Documented by docs/schema/peer-pack.schema.json, which
 * is generated from these schemas (scripts/peer-pack-schema.mjs).
 */
import * as z from 'zod/mini';
import { madeOnce } from '../made-once';
import { draftSchemas, type RoleDraft } from '../role-draft';

export const PEER_PACK_TYPE = 'keystone/peer-pack';
export const PEER_PACK_VERSION = 3;
/** Enough for a university network pooling its profiles; a hostile file cannot exhaust storage. */
export const MAX_PACK_PROFILES = 20_000;
/** A profile is about 2 KB of JSON: room for the most profiles, and no more. */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;

/** Everything but the profiles, checked first so a wrong file fails before any profile work. */
export const PeerPackHeaderSchema = z.strictObject({
  type: z.literal(PEER_PACK_TYPE),
  version: z.literal(PEER_PACK_VERSION),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Where the profiles came from: a network, a survey, an institution. */
  source: z.string().check(z.maxLength(1000)),
  /** ISO 8601 date the pack was made. */
  createdAt: z.string().check(z.maxLength(40)),
  /** True when the profiles are constructed examples rather than real roles. */
  illustrative: z.boolean(),
  profiles: z.array(z.unknown()).check(z.maxLength(MAX_PACK_PROFILES)),
});

export const peerPackSchema = madeOnce(() =>
  z.strictObject({
    ...PeerPackHeaderSchema.shape,
    profiles: z.array(draftSchemas().draft).check(z.maxLength(MAX_PACK_PROFILES)),
  }),
);

export type PeerPackFile = z.infer<ReturnType<typeof peerPackSchema>>;

/** What Keystone keeps about an imported pack (its profiles live in IndexedDB). */
export interface PeerPackMeta {
  id: string;
  name: string;
  source: string;
  createdAt: string;
  importedAt: string;
  /** The file it came from, and in which format. */
  fileName: string;
  format: 'json' | 'csv';
  count: number;
  illustrative: boolean;
}

export interface ValidPack {
  header: Omit<PeerPackFile, 'profiles'>;
  profiles: RoleDraft[];
}
