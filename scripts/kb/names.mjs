// Name helpers: script checks, diacritic folding, honorific stripping and
// given-name / surname splitting.

/** True when every letter of the string is in the Latin script. */
export function isLatinName(name) {
  if (typeof name !== 'string') return false;
  const s = name.trim();
  if (!s) return false;
  if (!/\p{L}/u.test(s)) return false;
  for (const ch of s) {
    if (/\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch)) return false;
  }
  return true;
}

/** A label that is only a Wikidata id ("Q27146606") is not a name. */
export function isQidLabel(name) {
  return /^Q\d+$/.test(String(name).trim());
}

const FOLD_EXTRA = {
  'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D',
  'þ': 'th', 'Þ': 'Th', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ß': 'ss', 'ʻ': "'", 'ʼ': "'",
  '’': "'", 'ħ': 'h', 'Ħ': 'H',
};

/** Remove diacritics: "Erdoğan" -> "Erdogan", "Nausėda" -> "Nauseda", "Łukasz" -> "Lukasz". */
export function foldDiacritics(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØđĐðÐþÞæÆœŒßʻʼ’ħĦ]/g, (c) => FOLD_EXTRA[c] ?? c)
    .normalize('NFC');
}

/** Comparison key for names: folded, lower case, punctuation-insensitive. */
export function nameKey(s) {
  return foldDiacritics(String(s))
    .toLowerCase()
    .replace(/[.,'"()]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function slugify(s) {
  return foldDiacritics(String(s))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const HONORIFICS = [
  'Sheikh', 'Sheikha', 'Shaikh', 'Prince', 'Princess', 'Archbishop', 'Cardinal', 'Bishop', 'Dr.', 'Dr', 'Sir', 'Dame',
  'Lord', 'Lady', 'Baroness', 'Baron', 'Rt. Hon.', 'Hon.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'General', 'Gen.', 'Field Marshal',
  'Marshal', 'Colonel', 'Col.', 'Brigadier', 'Major General', 'Lt. Gen.', 'Admiral', 'Imam', 'Ayatollah', 'Pope',
];
const HONORIFIC_RE = new RegExp(
  `^(?:${HONORIFICS.map((h) => h.replace(/[.]/g, '\\.')).join('|')})\\s+`,
);

/**
 * Strip leading honorifics and trailing generational suffix noise from a label.
 * Returns { name, stripped } where stripped is the removed honorific (or '').
 */
export function stripHonorifics(label) {
  let s = String(label).trim().replace(/\s+/g, ' ');
  let stripped = '';
  for (let i = 0; i < 3; i++) {
    const m = HONORIFIC_RE.exec(s);
    if (!m) break;
    const rest = s.slice(m[0].length);
    // A one-word remainder means the title is part of the name as used ("Sheikh Hasina", "Pope Francis").
    if (!rest.includes(' ')) break;
    stripped = (stripped + ' ' + m[0]).trim();
    s = rest;
  }
  // "Dee-Maxwell Saah Kemayah, Sr." -> "Dee-Maxwell Saah Kemayah Sr."
  s = s.replace(/,\s*(Jr\.?|Sr\.?|II|III|IV)$/, ' $1');
  // Disambiguation parentheses from Wikipedia titles.
  s = s.replace(/\s*\([^)]*\)\s*$/, '');
  return { name: s, stripped };
}

const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'bin', 'ibn', 'binti', 'bint',
  'al', 'el', 'ter', 'ten', 'zu', "d'", 'y', 'e', 'ould', 'abu', 'st.', 'mac', 'vom', 'af', 'av',
]);
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'jnr', 'snr', 'ii', 'iii', 'iv', 'v']);

// Countries whose names are printed family name first in English news copy.
export const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'KR', 'KP', 'KH', 'HK', 'MO']);
// Countries where most people have no family name (whole name is the second reference).
export const NO_FAMILY_NAME = new Set(['MM']);

/**
 * Split a display name into given names and the surname used on second
 * reference. `country` is an ISO code used for name-order conventions.
 */
export function splitName(name, country) {
  const tokens = String(name).trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { given: [], surname: '' };
  if (tokens.length === 1) return { given: [], surname: tokens[0] };
  if (country && NO_FAMILY_NAME.has(country)) return { given: [], surname: tokens.join(' ') };
  if (country && FAMILY_NAME_FIRST.has(country) && tokens.length <= 3 && !tokens.some((t) => t.endsWith('.'))) {
    // "Xi Jinping", "Moon Jae-in", "Tsai Ing-wen", "Hun Sen".
    return { given: tokens.slice(1), surname: tokens[0] };
  }
  let end = tokens.length;
  while (end > 1 && SUFFIXES.has(tokens[end - 1].toLowerCase())) end--;
  const core = tokens.slice(0, end);
  if (core.length === 1) return { given: [], surname: core[0] };
  let start = core.length - 1;
  while (start > 1 && PARTICLES.has(core[start - 1].toLowerCase().replace(/-$/, ''))) start--;
  const given = core.slice(0, start).filter((t) => !/^[A-Z]\.$/.test(t));
  return { given, surname: core.slice(start).join(' ') };
}

/**
 * Turn a source label into the name news copy prints, plus accepted variants:
 *   "Andrew Adonis, Baron Adonis"  -> "Andrew Adonis"  (+ "Lord Adonis", the full label)
 *   "Brenda Hale, Baroness Hale of Richmond" -> "Brenda Hale" (+ "Baroness Hale", the full label)
 *   'Elisea "Bebet" Gillera Gozun' -> "Elisea Gillera Gozun" (+ "Bebet Gozun")
 *   "James (Jim) Moylan"           -> "James Moylan" (+ "Jim Moylan")
 *   "Brian Lenihan, Jnr"           -> "Brian Lenihan" (+ "Brian Lenihan Jnr")
 */
export function cleanLabel(label) {
  let name = String(label).trim().replace(/\s+/g, ' ');
  const variants = [];
  const peer = /^(.+?), (?:\d+(?:st|nd|rd|th) )?(Baron|Baroness|Lord|Lady|Viscount|Viscountess|Earl|Countess) ([^,]+)$/.exec(name);
  if (peer) {
    variants.push(name);
    const titleName = peer[3].replace(/ of .*$/, '');
    variants.push(`${peer[2] === 'Baron' ? 'Lord' : peer[2]} ${titleName}`);
    name = peer[1];
  }
  // Regnal names: "Simeon II of Bulgaria" -> "Simeon II".
  const regnal = /^([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)? [IVX]+) of [A-Z].*$/u.exec(name);
  if (regnal) {
    variants.push(name);
    name = regnal[1];
  }
  const suffix = /^(.+?),? (Jnr|Snr|Jr\.?|Sr\.?)$/.exec(name);
  if (suffix && /,/.test(name)) {
    name = `${suffix[1]} ${suffix[2]}`;
  }
  if (/ (Jnr|Snr)$/.test(name)) {
    variants.push(name);
    name = name.replace(/ (Jnr|Snr)$/, '');
  }
  const nick = /^(.+?) (?:"([^"]+)"|\(([^)]+)\)) (.+)$/.exec(name);
  if (nick) {
    const used = nick[2] ?? nick[3];
    name = `${nick[1]} ${nick[4]}`;
    const last = nick[4].split(' ').pop();
    variants.push(`${used} ${last}`);
  }
  return { name, variants: variants.filter((v) => v !== name) };
}
