/**
 * An in-memory Storage with a size limit, for testing what happens when the browser's storage is
 * full: setItem throws a QuotaExceededError, as browsers do, and leaves what was there untouched.
 */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();

  constructor(public quota = Number.POSITIVE_INFINITY) {}

  get length() {
    return this.items.size;
  }

  /** Characters in use, keys and values, the way browsers count towards the quota. */
  get used() {
    let total = 0;
    for (const [key, value] of this.items) total += key.length + value.length;
    return total;
  }

  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string) {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string) {
    const next = this.used - (this.items.get(key)?.length ?? -key.length) + value.length;
    if (next > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }

  removeItem(key: string) {
    this.items.delete(key);
  }

  clear() {
    this.items.clear();
  }
}
