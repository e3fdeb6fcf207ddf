// An index for approximate name lookup: exact keys, single-character deletions (SymSpell) and a
// phonetic skeleton. A query generates its own single deletions and looks them up next to the
// indexed keys' deletions, which finds every key one substitution, transposition, insertion or
// deletion away and many two away; the skeleton finds the rest of the usual confusions (vowels,
// l/r, dz/z: "Dzerensky" and "Zelensky"). A lookup costs a few dozen map probes instead of a scan
// of the whole knowledge base; candidates are then verified with the real edit distance.
import { editDistance } from '../../engine/strings';

/** Lower case, no diacritics: the alphabet names are compared in. */
export function foldKey(word: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * A consonant skeleton that ignores the usual confusions in transliterated and misheard names:
 * vowels, doubled letters, c/k/q, s/z, v/w, f/ph, and the liquids l/r ("Hliang" and "Hlaing",
 * "Dzerensky" and "Zelensky" share one).
 */
export function skeleton(key: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < key.length; i++) {
    let c = key[i];
    const next = key[i + 1];
    if (c < 'a' || c > 'z') continue;
    if (c === 'p' && next === 'h') { c = 'f'; i++; }
    else if (c === 'g' && next === 'h') { c = 'g'; i++; }
    else if ((c === 'd' || c === 't') && (next === 's' || next === 'z')) { c = 's'; i++; }
    else if (c === 'x' || c === 'z') c = 's';
    else if (c === 'c' || c === 'q') c = 'k';
    else if (c === 'w') c = 'v';
    else if (c === 'l') c = 'r';
    else if (c === 'h') continue;
    if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y') { last = ''; continue; }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function deletions(word: string, out: Set<string>): void {
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
}

export interface FuzzyHit<T> {
  /** The indexed key that matched. */
  key: string;
  distance: number;
  items: readonly T[];
}

/** The edit distance allowed for a name of this length: short names must match exactly. */
export function allowedDistance(length: number): number {
  if (length < 4) return 0;
  if (length < 6) return 1;
  if (length < 11) return 2;
  return 3;
}

export class FuzzyIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly deletes = new Map<string, string[]>();
  private readonly skeletons = new Map<string, string[]>();

  add(key: string, item: T): void {
    const list = this.exact.get(key);
    if (list) {
      if (!list.includes(item)) list.push(item);
      return;
    }
    this.exact.set(key, [item]);
    if (key.length < 4) return;
    for (let i = 0; i < key.length; i++) {
      // A doubled letter gives the same deletion twice: index it once.
      if (i > 0 && key[i] === key[i - 1]) continue;
      const d = key.slice(0, i) + key.slice(i + 1);
      const keys = this.deletes.get(d);
      if (keys) keys.push(key);
      else this.deletes.set(d, [key]);
    }
    const sk = skeleton(key);
    if (sk.length >= 2) {
      const keys = this.skeletons.get(sk);
      if (keys) keys.push(key);
      else this.skeletons.set(sk, [key]);
    }
  }

  get(key: string): readonly T[] {
    return this.exact.get(key) ?? [];
  }

  has(key: string): boolean {
    return this.exact.has(key);
  }

  /** Indexed keys within the allowed distance of `key` (not `key` itself), nearest first. */
  near(key: string, maxDistance = allowedDistance(key.length)): FuzzyHit<T>[] {
    if (key.length < 4 || maxDistance < 1) return [];
    const candidates = new Set<string>();
    const probe = (k: string) => {
      if (this.exact.has(k)) candidates.add(k);
      for (const c of this.deletes.get(k) ?? []) candidates.add(c);
    };
    probe(key);
    const dels = new Set<string>();
    deletions(key, dels);
    for (const d of dels) probe(d);
    for (const c of this.skeletons.get(skeleton(key)) ?? []) candidates.add(c);
    const hits: FuzzyHit<T>[] = [];
    for (const c of candidates) {
      if (c === key) continue;
      const limit = Math.min(maxDistance, allowedDistance(c.length));
      if (limit < 1) continue;
      const distance = editDistance(key, c, limit);
      if (distance <= limit) hits.push({ key: c, distance, items: this.exact.get(c)! });
    }
    return hits.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : 1));
  }
}
