/** Mount point: replaced by the storage notices (corrupt data, storage full, other tab). */
export function StorageNotices() {
  return null;
}
