// Date helpers for the names knowledge base. Dates are kept at their source
// precision: "YYYY", "YYYY-MM" or "YYYY-MM-DD".

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parse a source date. Returns the normalised string (YYYY, YYYY-MM or
 * YYYY-MM-DD), null for an empty value, or undefined for an unusable value
 * (e.g. "2014s", "2021-13-01").
 */
export function parseDate(value) {
  if (value === null || value === undefined) return null;
  let s = String(value).trim();
  if (s === '') return null;
  // Wikidata exports sometimes carry a time part.
  s = s.replace(/T00:00:00Z?$/, '');
  const m = DATE_RE.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (y < 1000 || y > 2100) return undefined;
  if (m[2] !== undefined) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return undefined;
    // "YYYY-00-00" style placeholders would have failed above; "-01-01" is kept as is.
  }
  if (m[3] !== undefined) {
    const d = Number(m[3]);
    const mo = Number(m[2]);
    const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > dim) return undefined;
  }
  return s;
}

export function precision(d) {
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

/** Earliest day a (possibly imprecise) date can denote, as YYYY-MM-DD. */
export function minDay(d) {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** Latest day a (possibly imprecise) date can denote, as YYYY-MM-DD. */
export function maxDay(d) {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${d}-${String(last).padStart(2, '0')}`;
  }
  return d;
}

/** True when an end date is certainly earlier than a start date. */
export function isReversed(from, to) {
  if (!from || !to) return false;
  return maxDay(to) < minDay(from);
}

/** Are two dates compatible (one is a prefix of the other, or equal)? */
export function compatible(a, b) {
  return a.startsWith(b) || b.startsWith(a);
}

/** Of two compatible dates keep the more precise one. */
export function morePrecise(a, b) {
  return a.length >= b.length ? a : b;
}

export function dayNumber(day) {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86400000);
}

/** Days between the latest reading of `a` and the earliest reading of `b` (b - a). */
export function gapDays(aEnd, bStart) {
  return dayNumber(minDay(bStart)) - dayNumber(maxDay(aEnd));
}

/** Compare two dates by their earliest reading, then by precision. */
export function compareDates(a, b) {
  if (a === b) return 0;
  if (!a) return -1;
  if (!b) return 1;
  const x = minDay(a);
  const y = minDay(b);
  if (x !== y) return x < y ? -1 : 1;
  return a.length - b.length;
}

/** Age in whole years on a given day, or null when the birth date is not exact enough. */
export function ageOn(born, day) {
  if (!born || born.length !== 10 || !day || day.length !== 10) return null;
  const [by, bm, bd] = born.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
