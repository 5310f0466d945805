/**
 * The envelope around the saved store. zustand's persist stores `{ state, version }`; Keystone
 * puts a revision and the writing tab's id first, so that before each write a tab can read just
 * the start of what is saved and tell whether another tab has written since it last looked.
 */

export interface Envelope<S> {
  revision: number;
  writer: string;
  savedAt: string;
  version: number;
  state: S;
}

const HEAD = /^\{"revision":(\d{1,15}),"writer":"([A-Za-z0-9-]{1,64})"/;

/**
 * A short token naming one saved write: "revision:writer", "other" for data without the head
 * (a first-release save or unreadable data), or null when nothing is saved.
 */
export function tokenOf(raw: string | null): string | null {
  if (raw === null) return null;
  const match = HEAD.exec(raw);
  return match ? `${match[1]}:${match[2]}` : 'other';
}

export function revisionOf(raw: string | null): number {
  const match = raw === null ? null : HEAD.exec(raw);
  return match ? Number(match[1]) : 0;
}

/** Serialises with the head first (JSON.stringify keeps insertion order). */
export function writeEnvelope<S>(envelope: Envelope<S>): string {
  const { revision, writer, savedAt, version, state } = envelope;
  return JSON.stringify({ revision, writer, savedAt, version, state });
}
