// An index for approximate name lookup: the keys a single-character-deletion index (SymSpell)
// would find — every key one substitution, transposition, insertion or deletion away and many two
// away — and a phonetic skeleton, which finds the rest of the usual confusions (vowels, l/r, dz/z:
// "Dzerensky" and "Zelensky"). Candidates are then verified with the real edit distance. Instead
// of holding the deletions of every key (tens of thousands of map entries), a lookup scans the
// keys of the three lengths within one deletion, rejecting almost all of them with one comparison
// of their character sets; lookups are rare (names the knowledge base does not know exactly) and
// cached by the lexicon.

import { foldKey, skeleton } from '../../engine/name-keys.mjs';

/**
 * A name key without apostrophes, hyphens, periods and spaces: two spellings with the same one differ
 * only in those ("Shunichi" and "Shun'ichi", "Jong-un" and "Jongun"), which a copy editor accepts.
 */
export function squashKey(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 39 || c === 45 || c === 46 || c === 32) return key.replace(/['. -]/g, '');
  }
  return key;
}

/** Whether two name keys differ only in apostrophes, hyphens, periods and spaces. */
export function sameSquashed(a: string, b: string): boolean {
  return a === b || squashKey(a) === squashKey(b);
}

export { foldKey, skeleton };

export interface FuzzyHit<T> {
  /** The indexed key that matched. */
  key: string;
  distance: number;
  items: readonly T[];
}

let rows = new Int32Array(96);

/**
 * The engine's editDistance (Damerau-Levenshtein, optimal string alignment) with a bound, in three
 * reused rows instead of new arrays per call: the same distance when it is at most `max`, and
 * more than `max` otherwise.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length, m = b.length;
  const w = m + 1;
  if (rows.length < 3 * w) rows = new Int32Array(6 * w);
  // Offsets of the row before last, the last row and the current one.
  let p2 = 0, p1 = w, c = 2 * w;
  for (let j = 0; j <= m; j++) {
    rows[p2 + j] = 0;
    rows[p1 + j] = j;
    rows[c + j] = 0;
  }
  for (let i = 1; i <= n; i++) {
    rows[c] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(rows[p1 + j] + 1, rows[c + j - 1] + 1, rows[p1 + j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && before === bj) v = Math.min(v, rows[p2 + j - 2] + 1);
      rows[c + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = p2;
    p2 = p1;
    p1 = c;
    c = t;
  }
  return rows[p1 + m];
}

/** The edit distance allowed for a name of this length: short names must match exactly. */
export function allowedDistance(length: number): number {
  if (length < 4) return 0;
  if (length < 6) return 1;
  if (length < 11) return 2;
  return 3;
}

/** A bit per character (a-z; anything else shares six bits): the characters a word has, as a set. */
function charMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << (26 + (c % 6));
  }
  return mask;
}

/** Whether `short` is `long` with one character deleted (long.length === short.length + 1). */
function isDeletion(long: string, short: string): boolean {
  let p = 0;
  while (p < short.length && long.charCodeAt(p) === short.charCodeAt(p)) p++;
  for (let i = p; i < short.length; i++) if (long.charCodeAt(i + 1) !== short.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether two words are one single-character deletion apart: one is the other with a character
 * deleted, or (same length) deleting a character from each gives the same word — exactly the
 * pairs a SymSpell index of single deletions finds.
 */
function deletionNeighbours(a: string, b: string): boolean {
  const la = a.length, lb = b.length;
  if (la === lb + 1) return isDeletion(a, b);
  if (lb === la + 1) return isDeletion(b, a);
  if (la !== lb) return false;
  let p = 0;
  while (p < la && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p === la) return true;
  let q = la - 1;
  while (q > p && a.charCodeAt(q) === b.charCodeAt(q)) q--;
  if (p === q) return true;
  // Delete a[p] and b[q], or a[q] and b[p]: what lies between must then be the same, shifted.
  let shifted = true;
  for (let i = p; i < q && shifted; i++) if (a.charCodeAt(i + 1) !== b.charCodeAt(i)) shifted = false;
  if (shifted) return true;
  for (let i = p; i < q; i++) if (a.charCodeAt(i) !== b.charCodeAt(i + 1)) return false;
  return true;
}

/** At most two bits set. */
function fewBits(x: number): boolean {
  const y = x & (x - 1);
  return (y & (y - 1)) === 0;
}

interface Bucket {
  keys: string[];
  masks: number[];
}

/**
 * The indexed keys by length, each with its character set; the phonetic skeletons are computed on
 * the first lookup. Nothing else is stored: a lookup scans the keys of the lengths within reach,
 * skipping most of them on their character sets, which costs less than building and holding the
 * deletions of every key.
 */
export class FuzzyIndex<T> {
  private readonly buckets: Array<Bucket | undefined> = [];
  private skeletons?: Map<string, string[]>;

  /**
   * `keys`: the indexed words (distinct); `items`: what each one stands for; `bySkeleton`, if the
   * caller has them already: the indexed words of four letters or more with a skeleton.
   */
  constructor(keys: readonly string[], private readonly items: (key: string) => readonly T[], private readonly bySkeleton?: (skeleton: string) => readonly string[]) {
    for (const key of keys) {
      if (key.length < 4) continue;
      const bucket = (this.buckets[key.length] ??= { keys: [], masks: [] });
      bucket.keys.push(key);
      bucket.masks.push(charMask(key));
    }
  }

  /** Indexed keys within the allowed distance of `key` (not `key` itself), nearest first. */
  near(key: string, maxDistance = allowedDistance(key.length)): FuzzyHit<T>[] {
    if (key.length < 4 || maxDistance < 1) return [];
    // Candidates: keys one deletion apart (one substitution, transposition, insertion or deletion,
    // and some pairs two apart) and keys with the same skeleton, then the real edit distance.
    const candidates = new Set<string>();
    const mask = charMask(key);
    for (let length = key.length - 1; length <= key.length + 1; length++) {
      const bucket = this.buckets[length];
      if (!bucket) continue;
      const { keys, masks } = bucket;
      for (let i = 0; i < keys.length; i++) if (fewBits(masks[i] ^ mask) && deletionNeighbours(key, keys[i])) candidates.add(keys[i]);
    }
    const sk = skeleton(key);
    for (const c of (this.bySkeleton ? this.bySkeleton(sk) : this.skeletonIndex().get(sk)) ?? []) candidates.add(c);
    const hits: FuzzyHit<T>[] = [];
    for (const c of candidates) {
      if (c === key) continue;
      const limit = Math.min(maxDistance, allowedDistance(c.length));
      if (limit < 1) continue;
      const distance = boundedDistance(key, c, limit);
      if (distance <= limit) hits.push({ key: c, distance, items: this.items(c) });
    }
    return hits.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : 1));
  }

  private skeletonIndex(): Map<string, string[]> {
    if (!this.skeletons) {
      const map = new Map<string, string[]>();
      for (const bucket of this.buckets) {
        if (!bucket) continue;
        for (const key of bucket.keys) {
          const sk = skeleton(key);
          if (sk.length < 2) continue;
          const list = map.get(sk);
          if (list) list.push(key);
          else map.set(sk, [key]);
        }
      }
      this.skeletons = map;
    }
    return this.skeletons;
  }
}
