// The keys names are looked up by, shared by the engine (server/src/engine/kb.ts, the names rules)
// and the knowledge-base compiler (scripts/kb/compile.mjs), which must make the same keys: plain
// JavaScript without imports, so that the build scripts run it as it is and the engine bundles it.

const PLAIN_KEY = /^[A-Za-z'-]+(?: [A-Za-z'-]+)*$/;

/** Lower case, no diacritics, one kind of apostrophe and hyphen: the key names are matched on. */
export function nameKey(name) {
  // Most names are plain ASCII words separated by single spaces: lower-casing is all they need.
  if (PLAIN_KEY.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Lower case, no diacritics: the alphabet names are compared in. */
export function foldKey(word) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const PLAIN_WORD = /^[A-Za-z'-]*$/;

/** The key of one word of a name, as the names rules read words. */
export function wordKey(text) {
  // Most words are plain ASCII letters: lower-casing is all they need.
  if (PLAIN_WORD.test(text)) return text.toLowerCase();
  return foldKey(text).replace(/[’‘`´]/g, "'").replace(/‐/g, '-').replace(/\./g, '');
}

/**
 * A consonant skeleton that ignores the usual confusions in transliterated and misheard names:
 * vowels, doubled letters, c/k/q, s/z, v/w, f/ph, and the liquids l/r ("Hliang" and "Hlaing",
 * "Dzerensky" and "Zelensky" share one).
 */
export function skeleton(key) {
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

/** What a key is to the names rules: the bits of the compiled knowledge base's `flags`. */
export const KEY_FLAGS = Object.freeze({
  /** A word of some full name or surname key. */
  nameWord: 1,
  /** A word of some surname key. */
  surnameWord: 2,
  /** A surname key (the exact index by surname has people under it). */
  surnameKey: 4,
  /** A full-name key, or one with its hyphenated given name written as two words. */
  fullKey: 8,
  /** The first words of some full-name key. */
  fullPrefix: 16,
  /** Somebody's given name (given-name count above zero). */
  given: 32,
  /** A word of the approximate-match index (it has people under it there). */
  fuzzy: 64,
  /** A given name or a nickname in the nicknames table. */
  nickname: 128,
});
