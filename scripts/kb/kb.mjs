// Core, side-effect-free steps of the names knowledge-base build:
// row validation, role merging, person merging, succession and overlap checks.

import { parseDate, isReversed, compatible, morePrecise, compareDates, gapDays, minDay, maxDay, dayNumber } from './dates.mjs';
import { isLatinName, isQidLabel, stripHonorifics, foldDiacritics, splitName, nameKey, cleanLabel } from './names.mjs';

/** Collects counts and examples of what the build dropped or repaired. */
export class Report {
  constructor() {
    this.dropped = new Map(); // reason -> {count, examples}
    this.repaired = new Map();
    this.warnings = [];
    this.notes = [];
  }
  #add(map, reason, example, n = 1) {
    let e = map.get(reason);
    if (!e) map.set(reason, (e = { count: 0, examples: [] }));
    e.count += n;
    if (example && e.examples.length < 6) e.examples.push(example);
  }
  drop(reason, example, n = 1) {
    this.#add(this.dropped, reason, example, n);
  }
  repair(reason, example, n = 1) {
    this.#add(this.repaired, reason, example, n);
  }
  warn(msg) {
    this.warnings.push(msg);
  }
  note(msg) {
    this.notes.push(msg);
  }
  droppedCount(reason) {
    return this.dropped.get(reason)?.count ?? 0;
  }
  toText() {
    const out = [];
    const section = (title, map) => {
      out.push(title);
      const keys = [...map.keys()].sort();
      if (!keys.length) out.push('  (none)');
      for (const k of keys) {
        const e = map.get(k);
        out.push(`  ${k}: ${e.count}`);
        for (const ex of e.examples) out.push(`      e.g. ${ex}`);
      }
      out.push('');
    };
    for (const n of this.notes) out.push(n);
    out.push('');
    section('DROPPED (rows or roles not kept), by reason:', this.dropped);
    section('REPAIRED / RELABELLED, by reason:', this.repaired);
    out.push('WARNINGS:');
    if (!this.warnings.length) out.push('  (none)');
    for (const w of [...this.warnings].sort()) out.push(`  ${w}`);
    out.push('');
    return out.join('\n');
  }
}

/**
 * Validate the name and dates of one source row.
 * Returns { ok: true, from, to } or { ok: false, reason }.
 * `allowNonLatin` is true when the overlay supplies a Latin name for the person.
 */
export function validateRow({ name, start, end }, { allowNonLatin = false } = {}) {
  const label = String(name ?? '').trim();
  if (!label || isQidLabel(label)) {
    if (!allowNonLatin) return { ok: false, reason: 'blank or unusable name' };
  } else if (!isLatinName(label) && !allowNonLatin) {
    return { ok: false, reason: 'non-Latin name label (no overlay name)' };
  }
  const from = parseDate(start);
  const to = parseDate(end);
  if (from === undefined || to === undefined) return { ok: false, reason: 'unparseable date' };
  if (isReversed(from, to)) return { ok: false, reason: 'reversed dates (end before start)' };
  return { ok: true, from, to };
}

/** Merge overlapping or adjacent terms of one person in one office. */
export function mergeRoles(roles, { maxGapDays = 31 } = {}) {
  const sorted = [...roles].sort((a, b) => compareDates(a.from ?? null, b.from ?? null) || compareDates(a.to ?? '9999', b.to ?? '9999'));
  const out = [];
  for (const r of sorted) {
    const cur = out[out.length - 1];
    if (cur && touches(cur, r, maxGapDays)) {
      out[out.length - 1] = mergeTwo(cur, r);
    } else out.push({ ...r });
  }
  return out;
}

function touches(a, b, maxGapDays) {
  if (!a.from || !b.from) return true;
  if (!a.to) return true; // a is open and b starts later or at the same time
  return gapDays(a.to, b.from) <= maxGapDays;
}

function mergeTwo(a, b) {
  const from = !a.from ? b.from : !b.from ? a.from : compatible(a.from, b.from) ? morePrecise(a.from, b.from) : a.from;
  let to;
  if (a.to && b.from && minDay(b.from) >= minDay(a.to)) {
    // b continues a (consecutive terms): the merged term ends when b ends, or is open.
    to = b.to ?? null;
    if (to && compatible(a.to, to) && a.to.length > to.length) to = a.to;
  } else if (!a.to && !b.to) to = null;
  else if (!a.to) to = b.to; // the same term, closed in one source and open in another: closed wins
  else if (!b.to) to = a.to;
  else to = compatible(a.to, b.to) ? morePrecise(a.to, b.to) : maxDay(a.to) > maxDay(b.to) ? a.to : b.to;
  const m = { ...a, ...b, from: from ?? null, to };
  // Keep the strongest provenance: overlay > confirmed > source.
  m.fromOverlay = Boolean(a.fromOverlay || b.fromOverlay);
  m.stale = Boolean(a.stale || b.stale);
  m.asOf = to ? undefined : laterAsOf(a, b);
  m.sources = [...new Set([...(a.sources ?? []), ...(b.sources ?? [])])];
  return m;
}

function laterAsOf(a, b) {
  if (a.fromOverlay || b.fromOverlay) return undefined;
  const x = !a.to ? a.asOf : undefined;
  const y = !b.to ? b.asOf : undefined;
  if (!x) return y;
  if (!y) return x;
  return x > y ? x : y;
}

/**
 * Group raw person records by id (a Wikidata QID), so one person gets one
 * entry; records with different QIDs stay apart even when names match.
 */
export function mergePeopleById(records) {
  const byId = new Map();
  for (const r of records) {
    let p = byId.get(r.id);
    if (!p) {
      p = { id: r.id, labels: new Map(), genders: new Set(), born: new Set(), died: new Set(), roles: [], variants: new Set(), formal: new Set() };
      byId.set(r.id, p);
    }
    if (r.label) p.labels.set(r.label, (p.labels.get(r.label) ?? 0) + (r.weight ?? 1));
    if (r.gender) p.genders.add(r.gender);
    if (r.born) p.born.add(r.born);
    if (r.died) p.died.add(r.died);
    for (const v of r.variants ?? []) p.variants.add(v);
    if (r.role) p.roles.push(r.role);
    for (const role of r.roles ?? []) p.roles.push(role);
  }
  return byId;
}

/** Pick one value from a set of dates when they agree (allowing precision differences). */
export function agreeDate(values) {
  const list = [...values].filter(Boolean);
  if (!list.length) return { value: undefined, conflict: false };
  let best = list[0];
  for (const v of list.slice(1)) {
    if (!compatible(best, v)) return { value: undefined, conflict: true };
    best = morePrecise(best, v);
  }
  return { value: best, conflict: false };
}

/** Choose the canonical label: the most frequent Latin label, honorifics stripped. */
export function chooseName(labels) {
  const entries = [...labels.entries()].filter(([l]) => isLatinName(l) && !isQidLabel(l));
  if (!entries.length) return null;
  entries.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
  return cleanLabel(stripHonorifics(entries[0][0]).name).name;
}

/** Accepted variants derived from a name: diacritic-free forms. */
export function derivedVariants(name, surname) {
  const out = new Set();
  const f = foldDiacritics(name);
  if (f !== name) out.add(f);
  if (surname) {
    const fs = foldDiacritics(surname);
    if (fs !== surname) out.add(fs);
  }
  return out;
}

export const SINGLE_CLOSE_KINDS = new Set(['head-of-state', 'head-of-government', 'foreign-minister', 'minister', 'legislative-leader', 'judge', 'org-head', 'other', 'subnational', 'party-leader', 'executive', 'deputy-head-of-government']);

/**
 * For an office held by one person at a time: an open-ended source term that
 * is followed by a later term of someone else ends when the successor starts.
 * `entries` is [{ personId, role }] for one office. Mutates roles; returns the repairs made.
 */
export function closeBySuccessor(entries) {
  const repairs = [];
  const sorted = [...entries].filter((e) => e.role.from).sort((a, b) => compareDates(a.role.from, b.role.from));
  for (let i = 0; i < sorted.length; i++) {
    const cur = sorted[i];
    if (cur.role.to || cur.role.fromOverlay) continue;
    const next = sorted.slice(i + 1).find((e) => e.personId !== cur.personId && minDay(e.role.from) > maxDay(cur.role.from));
    if (!next) continue;
    cur.role.to = next.role.from;
    cur.role.asOf = undefined;
    repairs.push({ personId: cur.personId, to: next.role.from, successor: next.personId });
  }
  return repairs;
}

/**
 * Find pairs of different people whose terms in a single-holder office overlap
 * by more than `toleranceDays` (conservatively: latest possible start, earliest possible end).
 */
export function findOverlaps(entries, { toleranceDays = 60, openEnd = '2100-01-01' } = {}) {
  const iv = entries
    .filter((e) => e.role.from)
    .map((e) => ({ e, s: dayNumber(maxDay(e.role.from)), t: dayNumber(e.role.to ? minDay(e.role.to) : e.role.asOf ? minDay(e.role.asOf) : openEnd) }));
  const out = [];
  for (let i = 0; i < iv.length; i++) {
    for (let j = i + 1; j < iv.length; j++) {
      const a = iv[i];
      const b = iv[j];
      if (a.e.personId === b.e.personId) continue;
      const days = Math.min(a.t, b.t) - Math.max(a.s, b.s);
      if (days > toleranceDays) out.push({ a: a.e, b: b.e, days });
    }
  }
  return out;
}

/** Split a canonical name into given names and surname, honouring an explicit override. */
export function nameParts(name, country) {
  return splitName(name, country);
}

export { nameKey };
