/**
 * A peer: a role profile from another institution, in the same shape as a draft and validated by
 * the same schema (draftSchemas().draft), with the metadata of the pack it came in.
 */
import type { RoleDraft } from '../role-draft';
import type { PeerShape } from './peer-shape';

export interface Peer {
  /** Unique across packs: the pack id and the profile id. */
  key: string;
  packId: string;
  /** True for profiles built from patterns in the sources rather than a real role. */
  illustrative: boolean;
  shape: PeerShape | null;
  profile: RoleDraft;
}

export const peerKey = (packId: string, profileId: string) => `${packId}/${profileId}`;

/** What people read for a peer: its title, or a neutral name when it has none. */
export const peerTitle = (peer: Peer): string =>
  peer.profile.authority.title.trim() || peer.profile.name.trim() || 'Untitled role';
