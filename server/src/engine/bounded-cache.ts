// A small least-recently-used cache bounded by the total weight of what it holds (characters of
// text, by default one per entry). The language server re-reads a draft on every edit and most of
// it has not changed; these caches let it skip the unchanged parts.
const all = new Set<{ clear(): void }>();

/** Empties every cache registered here (benchmarks measuring cold work; hosts releasing memory). */
export function clearCaches(): void {
  for (const cache of all) cache.clear();
}

/** Registers another cache (a plain Map, say) with clearCaches(). */
export function registerCache<T extends { clear(): void }>(cache: T): T {
  all.add(cache);
  return cache;
}

export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  private total = 0;

  constructor(
    private readonly capacity: number,
    private readonly weight: (key: string) => number = () => 1,
  ) {
    all.add(this);
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      // Most recently used goes last, so the oldest is dropped first.
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    const w = this.weight(key);
    if (w > this.capacity / 4) return; // too big to be worth keeping
    if (this.map.has(key)) {
      this.map.delete(key);
      this.total -= w;
    }
    while (this.total + w > this.capacity && this.map.size) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
      this.total -= this.weight(oldest);
    }
    this.map.set(key, value);
    this.total += w;
  }

  get size(): number {
    return this.map.size;
  }
}
