#!/usr/bin/env node
// Build server/data/people.json (the names knowledge base) from the raw
// sources in ../shared/kb-sources (or --sources DIR) and the hand-curated
// overlay in server/data/kb/overlay.yaml, then its compiled form, the file the
// engine loads (server/data/kb/people.compiled.txt, by compile.mjs).
//
//   node scripts/kb/build-kb.mjs [--sources DIR] [--out FILE] [--quiet]
//
// With --out FILE, the compiled form goes beside it (FILE without .json, then
// .compiled.txt). The output is deterministic: rebuilding from the same inputs
// gives byte-identical files. A report of what was dropped or repaired is
// printed and written to server/data/kb/build-report.txt.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';

import { csvRecords } from './csv.mjs';
import { parseDate, compareDates, minDay } from './dates.mjs';
import { isLatinName, isQidLabel, stripHonorifics, foldDiacritics, splitName, nameKey, slugify, cleanLabel } from './names.mjs';
import { classifyPosition, foreignMinisterOffice } from './positions.mjs';
import { Report, validateRow, mergeRoles, mergePeopleById, agreeDate, chooseName, derivedVariants, closeBySuccessor, findOverlaps } from './kb.mjs';
import { compile, serialiseCompiled, DEFAULT_OUT as COMPILED_OUT } from './compile.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');

// Snapshots taken on or after this day are as current as the overlay (end of 2025).
const CURRENT_CUTOFF = '2025-12-31';
const TOP_KINDS = new Set(['head-of-state', 'head-of-government', 'foreign-minister']);
// 'team': a player's place on a sports team (context for who is meant; its title is never read in a draft).
export const KINDS = new Set(['head-of-state', 'head-of-government', 'deputy-head-of-government', 'foreign-minister', 'minister', 'legislator', 'legislative-leader', 'judge', 'org-head', 'party-leader', 'executive', 'subnational', 'other', 'team']);

// ---------------------------------------------------------------------------
// Countries

export function loadCountries(text) {
  const doc = YAML.parse(text);
  const byKey = new Map();
  const byCode = new Map();
  const all = [...(doc.countries ?? []).map((c) => ({ ...c })), ...(doc.organisations ?? []).map((o) => ({ ...o, type: 'organisation' }))];
  for (const c of all) {
    byCode.set(c.code, c);
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      const k = nameKey(n);
      if (!byKey.has(k)) byKey.set(k, c);
    }
  }
  return { all, byKey, byCode, lookup: (n) => byKey.get(nameKey(String(n).replace(/^the /i, ''))) ?? byKey.get(nameKey(n)) };
}

const FILE_COUNTRY = { 'dr-congo': 'Democratic Republic of Congo', 'united-kingdom': 'United Kingdom' };

function countryNames(c) {
  return [c.name, ...(c.aliases ?? [])].filter((n) => n.length > 3 || /^[A-Z][a-z]/.test(n));
}

// ---------------------------------------------------------------------------
// Source metadata (from kb-sources/README.md)

export function parseSourceTable(readme) {
  const meta = new Map();
  for (const line of readme.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|\s*`?([^|`]+?)`?\s*\|\s*([0-9a-f]{40})\s*\|\s*(\d{4}-\d{2}-\d{2})[^|]*\|\s*([^|]+?)\s*\|/.exec(line);
    if (m) meta.set(m[1], { repo: m[2], path: m[3], commit: m[4], date: m[5], license: m[6] });
  }
  return meta;
}

// ---------------------------------------------------------------------------
// Build

export function build({ sourcesDir, overlayText, countriesText, report = new Report() }) {
  const countries = loadCountries(countriesText);
  const overlay = YAML.parse(overlayText) ?? {};
  const readme = fs.existsSync(path.join(sourcesDir, 'README.md')) ? fs.readFileSync(path.join(sourcesDir, 'README.md'), 'utf8') : '';
  const meta = parseSourceTable(readme);
  const read = (f) => fs.readFileSync(path.join(sourcesDir, f), 'utf8');
  const exists = (f) => fs.existsSync(path.join(sourcesDir, f));

  const offices = new Map();
  const records = [];
  const sources = [];
  const overlayPeople = new Map();
  for (const p of overlay.people ?? []) {
    if (overlayPeople.has(p.id)) report.warn(`overlay: person ${p.id} listed twice (entries merged)`);
    overlayPeople.set(p.id, { ...(overlayPeople.get(p.id) ?? {}), ...p, roles: [...(overlayPeople.get(p.id)?.roles ?? []), ...(p.roles ?? [])] });
  }
  const overlayNamed = (id) => Boolean(overlayPeople.get(id)?.name);

  const snapshot = (file) => meta.get(file)?.date;
  // A source is stale when its snapshot predates the overlay's knowledge (or is unknown).
  const isStale = (file) => !snapshot(file) || snapshot(file) < CURRENT_CUTOFF;
  const addSource = (file, extra = {}) => {
    const m = meta.get(file);
    sources.push({ file, license: m?.license?.replace(/\s*\(.*$/, '') ?? 'unknown', ...(m?.commit ? { commit: m.commit } : {}), note: [m ? `${m.repo} ${m.path}, commit dated ${m.date}` : undefined, extra.note].filter(Boolean).join('; ') });
  };

  const ensureOffice = (id, o) => {
    const cur = offices.get(id);
    if (!cur) {
      offices.set(id, { id, title: o.title, jurisdiction: o.jurisdiction, kind: o.kind, single: o.single, aliases: new Set(o.aliases ?? []) });
    } else {
      for (const a of o.aliases ?? []) cur.aliases.add(a);
      if (cur.single && o.single === false) cur.single = false;
    }
    return id;
  };

  const seenRows = new Set();
  const pushRow = ({ file, country, position, person, qid, start, end, gender, dob, dod, enwiki }) => {
    const rowKey = [file, position, person, qid, start, end].join('\u0001');
    if (seenRows.has(rowKey)) {
      report.drop('exact duplicate row', `${file}: ${person}, ${position}`);
      return;
    }
    seenRows.add(rowKey);
    if (!qid) {
      report.drop('no person id (empty row)', `${file}: ${position}`);
      return;
    }
    const v = validateRow({ name: person, start, end }, { allowNonLatin: overlayNamed(qid) });
    if (!v.ok) {
      report.drop(v.reason, `${file}: ${person || '(blank)'} (${qid}), ${position}, ${start}→${end}`);
      return;
    }
    if (!isLatinName(person) || isQidLabel(person)) report.repair('non-Latin or blank label replaced by overlay name', `${file}: ${person} (${qid})`);
    const cls = classifyPosition(position, { code: country.code, names: countryNames(country), adjectives: country.adjectives ?? [], file });
    if (cls.drop) {
      report.drop(cls.drop, `${file}: ${person}, ${position}`);
      return;
    }
    if (cls.relabelled) report.repair('foreign secretary (civil servant) not labelled foreign minister', `${file}: ${person}, "${position}" → ${cls.title}`);
    const code = cls.code ?? country.code;
    const id = ensureOffice(`${code}/${cls.key}`, { ...cls, jurisdiction: cls.jurisdiction ?? (cls.code ? cls.jurisdiction : country.name) });
    records.push({
      id: qid,
      label: isLatinName(person) && !isQidLabel(person) ? person : null,
      gender: gender === 'female' ? 'f' : gender === 'male' ? 'm' : undefined,
      born: parseDate(dob) || undefined,
      died: parseDate(dod) || undefined,
      variants: enwiki && isLatinName(enwiki) ? [stripHonorifics(enwiki).name] : [],
      role: { office: id, from: v.from, to: v.to, asOf: v.to ? undefined : snapshot(file), stale: isStale(file), sources: [file] },
    });
  };

  // --- cabinets/*.csv --------------------------------------------------------
  const cabDir = path.join(sourcesDir, 'cabinets');
  const cabFiles = fs.existsSync(cabDir) ? fs.readdirSync(cabDir).filter((f) => f.endsWith('.csv')).sort() : [];
  for (const f of cabFiles) {
    const slug = f.replace(/\.csv$/, '');
    const cname = FILE_COUNTRY[slug] ?? slug.replace(/-/g, ' ');
    const country = countries.lookup(cname);
    const file = `cabinets/${f}`;
    if (!country) {
      report.warn(`no country for cabinet file ${file}`);
      continue;
    }
    addSource(file);
    for (const r of csvRecords(fs.readFileSync(path.join(cabDir, f), 'utf8'))) {
      pushRow({ file, country, position: r.position, person: r.person, qid: r.personID, start: r.start, end: r.end, gender: r.gender, dob: r.DOB, dod: r.DOD, enwiki: r.enwiki });
    }
  }

  // --- us-cabinet.holders21.csv ---------------------------------------------
  const usCountry = countries.byCode.get('US');
  const usPresRows = [];
  if (exists('us-cabinet.holders21.csv')) {
    addSource('us-cabinet.holders21.csv');
    for (const r of csvRecords(read('us-cabinet.holders21.csv'))) {
      if (r.position === 'position') continue;
      if (r.position === 'President' || r.position === 'Vice President') usPresRows.push(r);
      pushRow({ file: 'us-cabinet.holders21.csv', country: usCountry, position: r.position, person: r.person, qid: r.personID, start: r.start, end: r.end });
    }
  }

  // --- world.holders21.csv (international organisations) --------------------
  const INTL = {
    'Secretary-General of the United Nations': { code: 'UN', key: 'secretary-general', kind: 'org-head', title: 'Secretary-General', single: true, aliases: ['U.N. Secretary-General', 'UN Secretary-General', 'Secretary General', 'U.N. chief', 'UN chief'] },
    'Deputy Secretary-General of the United Nations': { code: 'UN', key: 'deputy-secretary-general', kind: 'other', title: 'Deputy Secretary-General', single: true, aliases: ['Deputy Secretary General'] },
    'President of the United Nations General Assembly': { code: 'UNGA', key: 'president', kind: 'legislative-leader', title: 'President of the General Assembly', single: true, aliases: ['General Assembly President', 'U.N. General Assembly President'] },
    'Judge of the International Court of Justice': { code: 'ICJ', key: 'judge', kind: 'judge', title: 'Judge', single: false },
    'President of the International Court of Justice': { code: 'ICJ', key: 'president', kind: 'judge', title: 'President', single: true, aliases: ['ICJ President'] },
    'Vice President of the International Court of Justice': { code: 'ICJ', key: 'vice-president', kind: 'judge', title: 'Vice-President', single: true, aliases: ['Vice President'] },
    'Director-General of the World Trade Organization': { code: 'WTO', key: 'director-general', kind: 'org-head', title: 'Director-General', single: true, aliases: ['Director General', 'WTO chief'] },
    'president of the Parliamentary Assembly of the Council of Europe': { code: 'PACE', key: 'president', kind: 'legislative-leader', title: 'President', single: true },
    'OSCE High Commissioner on National Minorities': { code: 'OSCE', key: 'high-commissioner-on-national-minorities', kind: 'other', title: 'High Commissioner on National Minorities', single: true },
    'Speaker of the Arab Parliament': { code: 'ARABPARL', key: 'speaker', kind: 'legislative-leader', title: 'Speaker', single: true },
  };
  if (exists('world.holders21.csv')) {
    addSource('world.holders21.csv');
    for (const r of csvRecords(read('world.holders21.csv'))) {
      if (r.position === 'position') continue;
      const o = INTL[r.position];
      if (!o) {
        report.drop(/representative/i.test(r.position) ? 'ambassador / diplomatic post' : 'civil servant / staff post', `world.holders21.csv: ${r.person}, ${r.position}`);
        continue;
      }
      const org = countries.byCode.get(o.code);
      const v = validateRow({ name: r.person, start: r.start, end: r.end }, { allowNonLatin: overlayNamed(r.personID) });
      if (!v.ok) {
        report.drop(v.reason, `world.holders21.csv: ${r.person} (${r.personID}), ${r.position}`);
        continue;
      }
      const id = ensureOffice(`${o.code}/${o.key}`, { ...o, jurisdiction: org.name });
      records.push({ id: r.personID, label: isLatinName(r.person) ? r.person : null, role: { office: id, from: v.from, to: v.to, asOf: v.to ? undefined : snapshot('world.holders21.csv'), stale: isStale('world.holders21.csv'), sources: ['world.holders21.csv'] } });
    }
  }

  // --- world-leaders-2021.wikidata.csv --------------------------------------
  if (exists('world-leaders-2021.wikidata.csv')) {
    const file = 'world-leaders-2021.wikidata.csv';
    addSource(file, { note: 'years only' });
    for (const r of csvRecords(read(file))) {
      const country = countries.lookup(r.country);
      if (!country) {
        report.drop('jurisdiction not in countries.yaml', `${file}: ${r.officeholderLabel}, ${r.positionLabel}`);
        continue;
      }
      pushRow({ file, country, position: r.positionLabel, person: r.officeholderLabel, qid: r.officeholder, start: r.start_year, end: r.end_year });
    }
  }

  // --- world.foreign.wikidata.csv -------------------------------------------
  if (exists('world.foreign.wikidata.csv')) {
    const file = 'world.foreign.wikidata.csv';
    addSource(file, { note: 'current foreign ministers as of the snapshot' });
    for (const r of csvRecords(read(file))) {
      if (!r.person) {
        report.drop('no person id (empty row)', `${file}: ${r.countryLabel}`);
        continue;
      }
      const country = countries.lookup(r.countryLabel);
      if (!country || !['sovereign', 'partially-recognised', 'organisation'].includes(country.type)) {
        report.drop('non-national office in a national foreign-minister list', `${file}: ${r.name}, ${r.positionLabel} (${r.countryLabel})`);
        continue;
      }
      const v = validateRow({ name: r.name, start: r.start, end: '' }, { allowNonLatin: overlayNamed(r.person) });
      if (!v.ok) {
        report.drop(v.reason, `${file}: ${r.name || '(blank)'} (${r.person}), ${r.countryLabel}`);
        continue;
      }
      const fm = foreignMinisterOffice(country.code, r.positionLabel.replace(new RegExp(`\\s*(of|,)\\s*(the )?(${countryNames(country).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'i'), '').replace(/\s*\([^)]*\)$/, ''));
      const id = ensureOffice(`${country.code}/${fm.key}`, { ...fm, jurisdiction: country.name });
      const label = isLatinName(r.name) ? r.name : null;
      const { name: stripped, stripped: hon } = label ? stripHonorifics(label) : { name: null, stripped: '' };
      if (hon) report.repair('honorific stripped from name label', `${r.name} → ${stripped}`);
      records.push({ id: r.person, label: stripped, weight: 3, role: { office: id, from: v.from, to: null, asOf: snapshot(file), stale: isStale(file), sources: [file] } });
    }
  }

  // --- legislators-current.yaml & executive.yaml ---------------------------
  const usOffices = {
    sen: { id: 'US/senate', title: 'Sen.', jurisdiction: usCountry.name, kind: 'legislator', single: false, aliases: ['Senator', 'U.S. Senator', 'Sen'] },
    rep: { id: 'US/house', title: 'Rep.', jurisdiction: usCountry.name, kind: 'legislator', single: false, aliases: ['Representative', 'U.S. Representative', 'Congressman', 'Congresswoman', 'Rep', 'member of Congress'] },
    del: { id: 'US/house-delegate', title: 'Del.', jurisdiction: usCountry.name, kind: 'legislator', single: false, aliases: ['Delegate', 'Resident Commissioner', 'Congressman', 'Congresswoman'] },
  };
  const LEADERSHIP = {
    'Speaker of the House': ['US/house-speaker', 'Speaker', ['House Speaker', 'Speaker of the House']],
    'House Majority Leader': ['US/house-majority-leader', 'House Majority Leader', ['Majority Leader']],
    'House Minority Leader': ['US/house-minority-leader', 'House Minority Leader', ['Minority Leader', 'House Democratic Leader', 'House Republican Leader']],
    'House Majority Whip': ['US/house-majority-whip', 'House Majority Whip', ['Majority Whip']],
    'House Minority Whip': ['US/house-minority-whip', 'House Minority Whip', ['Minority Whip']],
    'Senate Majority Leader': ['US/senate-majority-leader', 'Senate Majority Leader', ['Majority Leader']],
    'Senate Minority Leader': ['US/senate-minority-leader', 'Senate Minority Leader', ['Minority Leader', 'Senate Democratic Leader', 'Senate Republican Leader']],
    'Senate Majority Whip': ['US/senate-majority-whip', 'Senate Majority Whip', ['Majority Whip']],
    'Senate Minority Whip': ['US/senate-minority-whip', 'Senate Minority Whip', ['Minority Whip']],
    'President Pro Tempore of the Senate': ['US/senate-president-pro-tempore', 'President Pro Tempore', ['Senate President Pro Tempore', 'President pro tem']],
  };
  const DELEGATE_STATES = new Set(['DC', 'PR', 'GU', 'VI', 'AS', 'MP']);

  const usPerson = (p, file, extraRoles) => {
    const n = { ...(p.name ?? {}) };
    const paren = /^(.+?)\s*\(([^)]+)\)$/.exec(n.first ?? '');
    if (paren) {
      n.first = paren[1];
      if (!n.nickname) n.nickname = paren[2];
    }
    const nick = n.nickname && !/\./.test(n.nickname) ? n.nickname : null;
    const used = nick ?? n.first;
    const suffix = n.suffix ? ` ${n.suffix}` : '';
    const official = n.official_full ? n.official_full.replace(/\s*"[^"]*"/g, '').replace(/,\s*(Jr\.|Sr\.|II|III|IV)/, ' $1') : null;
    const simpleOfficial = official && !/\b[A-Z]\.\s/.test(official) && !/\b(Jr\.|Sr\.|II|III|IV)$/.test(official) && official === n.official_full;
    const name = nick ? `${nick} ${n.last}` : simpleOfficial ? official : `${used} ${n.last}`;
    const variants = new Set();
    const mi = n.middle ? `${n.middle.split(/\s+/).map((m) => m[0] + '.').join(' ')}` : null;
    for (const v of [official, mi ? `${n.first} ${mi} ${n.last}` : null, mi ? `${n.first} ${mi} ${n.last}${suffix}` : null, `${n.first} ${n.last}`, n.middle ? `${n.first} ${n.middle} ${n.last}` : null, n.middle ? `${n.first} ${n.middle} ${n.last}${suffix}` : null, `${used} ${n.last}${suffix}`, n.nickname ? `${n.nickname} ${n.last}` : null]) {
      if (v && v !== name) variants.add(v);
    }
    const id = p.id?.wikidata ?? null;
    return {
      id,
      label: name,
      weight: 5,
      gender: p.bio?.gender === 'F' ? 'f' : p.bio?.gender === 'M' ? 'm' : undefined,
      born: parseDate(p.bio?.birthday) || undefined,
      variants: [...variants],
      given: [used],
      roles: extraRoles,
      file,
      bioguide: p.id?.bioguide,
      govtrack: p.id?.govtrack,
    };
  };

  const legSnapshot = snapshot('legislators-current.yaml');
  const openAsOf = (date) => (date && date < CURRENT_CUTOFF ? date : undefined);
  if (exists('legislators-current.yaml')) {
    const file = 'legislators-current.yaml';
    addSource(file, { note: 'term end dates are scheduled ends; the last term of each sitting member is treated as open' });
    const list = YAML.parse(read(file));
    for (const p of list) {
      const roles = [];
      const terms = [...(p.terms ?? [])].sort((a, b) => compareDates(a.start, b.start));
      terms.forEach((t, i) => {
        const office = t.type === 'sen' ? usOffices.sen : DELEGATE_STATES.has(t.state) ? usOffices.del : usOffices.rep;
        ensureOffice(office.id, office);
        const last = i === terms.length - 1;
        const from = parseDate(t.start);
        let to = parseDate(t.end);
        if (last || (to && legSnapshot && to > legSnapshot)) to = null;
        roles.push({ office: office.id, from, to, asOf: to ? undefined : openAsOf(legSnapshot), stale: isStale(file), sources: [file] });
      });
      for (const l of p.leadership_roles ?? []) {
        const def = LEADERSHIP[l.title];
        if (!def) {
          report.drop('party caucus post (not a chamber leadership office)', `${file}: ${p.name?.official_full}, ${l.title}`);
          continue;
        }
        ensureOffice(def[0], { title: def[1], jurisdiction: usCountry.name, kind: 'legislative-leader', single: true, aliases: def[2] });
        const from = parseDate(l.start);
        let to = parseDate(l.end);
        if (to && legSnapshot && to > legSnapshot) to = null;
        roles.push({ office: def[0], from, to, asOf: to ? undefined : openAsOf(legSnapshot), stale: isStale(file), sources: [file] });
      }
      const rec = usPerson(p, file, roles);
      if (!rec.id) {
        rec.id = `kb:us-bioguide-${String(rec.bioguide).toLowerCase()}`;
        report.repair('legislator without Wikidata id given a bioguide-based id', `${rec.label} → ${rec.id}`);
      }
      records.push(rec);
    }
  }
  if (exists('executive.yaml')) {
    const file = 'executive.yaml';
    addSource(file, { note: 'US presidents and vice presidents; ids joined to Wikidata through us-cabinet.holders21.csv by office and start date' });
    const exec = YAML.parse(read(file));
    for (const p of exec) {
      const roles = [];
      let matched = p.id?.wikidata ?? null;
      for (const t of p.terms ?? []) {
        const officeLabel = t.type === 'prez' ? 'President' : 'Vice President';
        const cls = classifyPosition(officeLabel, { code: 'US', names: [] });
        const officeId = ensureOffice(`US/${cls.key}`, { ...cls, jurisdiction: usCountry.name });
        const from = parseDate(t.start);
        let to = parseDate(t.end);
        const execSnap = snapshot(file);
        if (to && execSnap && to > execSnap) to = null;
        roles.push({ office: officeId, from, to, asOf: to ? undefined : openAsOf(execSnap), stale: isStale(file), sources: [file] });
        if (!matched) {
          const hit = usPresRows.find((r) => r.position === officeLabel && r.start === t.start && nameKey(r.person).split(' ').pop() === nameKey(p.name.last).split(' ').pop());
          if (hit) matched = hit.personID;
        }
      }
      const rec = usPerson(p, file, roles);
      rec.id = matched ?? `kb:us-govtrack-${String(rec.govtrack).toLowerCase()}`;
      if (!p.id?.wikidata && matched) report.repair('executive.yaml person joined to a Wikidata id via us-cabinet (office + start date + surname)', `${rec.label} → ${matched}`);
      records.push(rec);
    }
  }

  // --- overlay: offices -------------------------------------------------------
  addSource('server/data/kb/overlay.yaml', { note: 'hand-curated additions and corrections' });
  const sourceList = sources.map((s) => (s.file === 'server/data/kb/overlay.yaml' ? { ...s, license: 'MIT (project file)', note: `hand-curated additions and corrections${overlay.asOf ? `, knowledge as of ${overlay.asOf}` : ''}` } : s));
  const POSTS = {
    ceo: ['ceo', 'CEO', ['chief executive', 'Chief Executive', 'Chief Executive Officer', 'chief executive officer', 'boss']],
    'co-ceo': ['co-ceo', 'co-CEO', ['co-chief executive', 'Co-CEO', 'CEO', 'chief executive']],
    chair: ['chair', 'Chair', ['Chairman', 'Chairwoman', 'chairman', 'chairwoman', 'board chair', 'Board Chair']],
    'executive-chair': ['executive-chair', 'Executive Chair', ['Executive Chairman', 'executive chairman', 'Chairman', 'chairman']],
    cfo: ['cfo', 'CFO', ['Chief Financial Officer', 'chief financial officer', 'finance chief']],
    coo: ['coo', 'COO', ['Chief Operating Officer', 'chief operating officer']],
    president: ['president', 'President', ['president']],
  };
  for (const c of overlay.companies ?? []) {
    for (const post of c.posts ?? []) {
      const def = POSTS[post];
      if (!def) {
        report.warn(`overlay: unknown company post ${post} for ${c.name}`);
        continue;
      }
      ensureOffice(`company:${c.name}/${def[0]}`, { title: def[1], jurisdiction: c.name, kind: 'executive', single: post !== 'co-ceo', aliases: def[2] });
    }
  }
  for (const o of overlay.offices ?? []) {
    const prev = offices.get(o.id);
    const juris = o.jurisdiction ?? prev?.jurisdiction ?? countries.byCode.get(o.id.split('/')[0])?.name;
    const merged = { title: o.title ?? prev?.title, jurisdiction: juris, kind: o.kind ?? prev?.kind, single: o.single ?? prev?.single ?? true, aliases: [...(prev?.aliases ?? []), ...(o.aliases ?? [])] };
    offices.set(o.id, { id: o.id, ...merged, aliases: new Set(merged.aliases) });
    if (o.removeAliases) for (const a of o.removeAliases) offices.get(o.id).aliases.delete(a);
  }

  // --- assemble people --------------------------------------------------------
  // The overlay can declare duplicate Wikidata items of one person (sameAs); their records are merged.
  const sameAs = new Map();
  for (const [id, op] of overlayPeople) for (const dup of op.sameAs ?? []) sameAs.set(dup, id);
  for (const r of records) {
    const to = sameAs.get(r.id);
    if (to) {
      report.repair('duplicate Wikidata items of one person merged (overlay sameAs)', `${r.id} ${r.label ?? ''} → ${to}`);
      r.id = to;
    }
  }
  const byId = mergePeopleById(records);
  const dropIds = new Set();
  for (const [id, op] of overlayPeople) {
    if (op.drop) {
      dropIds.add(id);
      report.drop('person removed by overlay', `${id} ${op.name ?? ''} (${op.note ?? op.source ?? ''})`.trim());
      continue;
    }
    let p = byId.get(id);
    if (!p) {
      if (/^Q\d+$/.test(id)) report.note(`overlay adds ${id} (${op.name}), not present in the sources`);
      p = { id, labels: new Map(), genders: new Set(), born: new Set(), died: new Set(), roles: [], variants: new Set() };
      byId.set(id, p);
    }
    p.overlay = op;
    for (const off of op.dropRoles ?? []) {
      const before = p.roles.length;
      p.roles = p.roles.filter((r) => r.office !== off);
      if (before !== p.roles.length) report.repair('source roles removed by overlay', `${id} ${op.name ?? ''}: ${off} (${op.note ?? ''})`.trim());
    }
    const overlayOffices = new Set((op.roles ?? []).map((r) => (Array.isArray(r) ? r[0] : r.office)));
    const replaced = p.roles.filter((r) => overlayOffices.has(r.office)).length;
    if (replaced) report.repair('source roles replaced by overlay roles', `${id} ${op.name ?? ''}: ${[...overlayOffices].join(', ')}`);
    p.roles = p.roles.filter((r) => !overlayOffices.has(r.office));
    for (const raw of op.roles ?? []) {
      const r = Array.isArray(raw) ? { office: raw[0], from: raw[1], to: raw[2] } : raw;
      const from = r.from === undefined || r.from === null ? null : parseDate(String(r.from));
      const to = r.to === undefined || r.to === null ? null : parseDate(String(r.to));
      if (from === undefined || to === undefined) {
        report.warn(`overlay: bad date in ${id} ${r.office}`);
        continue;
      }
      if (!offices.has(r.office)) {
        report.warn(`overlay: unknown office ${r.office} for ${id} (role dropped)`);
        continue;
      }
      p.roles.push({ office: r.office, from, to, fromOverlay: true, sources: ['overlay'] });
    }
  }
  for (const id of dropIds) byId.delete(id);

  // Pre-2000 open-ended source terms are stale unless the overlay confirms them.
  const people = [];
  for (const p of byId.values()) {
    const byOffice = new Map();
    for (const r of p.roles) {
      if (!byOffice.has(r.office)) byOffice.set(r.office, []);
      byOffice.get(r.office).push(r);
    }
    const roles = [];
    for (const [, list] of byOffice) {
      for (const r of mergeRoles(list)) roles.push(r);
    }
    const dupes = p.roles.length - roles.length;
    if (dupes > 0) report.repair('duplicate or consecutive terms merged', `${p.id} ${chooseName(p.labels) ?? p.overlay?.name}: ${p.roles.length} → ${roles.length} terms`, dupes);
    p.roles = roles.filter((r) => {
      // Only terms from the old snapshots (they carry asOf); the 2026 congress-legislators data is current.
      if (!r.to && !r.fromOverlay && r.stale && r.from && r.from < '2000') {
        report.drop('stale open-ended term starting before 2000 (not confirmed by overlay)', `${p.id} ${chooseName(p.labels)}: ${r.office} from ${r.from}`);
        return false;
      }
      return true;
    });
    people.push(p);
  }

  // Death closes open terms.
  for (const p of people) {
    const died = p.overlay?.died ? String(p.overlay.died) : agreeDate(p.died).value;
    if (!died) continue;
    for (const r of p.roles) {
      if (r.to && r.to !== died && died.startsWith(r.to)) {
        report.repair('term end made precise from the holder\'s death date', `${p.id} ${chooseName(p.labels) ?? p.overlay?.name}: ${r.office} ${r.to} → ${died}`);
        r.to = died;
        continue;
      }
      if (!r.to && !r.fromOverlay) {
        r.to = died;
        r.asOf = undefined;
        report.repair('open term closed at the holder\'s death', `${p.id} ${chooseName(p.labels) ?? p.overlay?.name}: ${r.office} → ${died}`);
      }
    }
  }

  // Single-holder offices: close stale open terms by successor, then detect overlaps.
  const entriesByOffice = new Map();
  for (const p of people) {
    for (const r of p.roles) {
      if (!entriesByOffice.has(r.office)) entriesByOffice.set(r.office, []);
      entriesByOffice.get(r.office).push({ personId: p.id, role: r });
    }
  }
  const nameOf = new Map(people.map((p) => [p.id, p.overlay?.name ?? chooseName(p.labels) ?? p.id]));
  for (const [officeId, entries] of [...entriesByOffice].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const office = offices.get(officeId);
    if (!office?.single) continue;
    // First look only at terms with both ends known: overlaps there mean the label mixes offices.
    const closedOverlaps = findOverlaps(entries.filter((e) => e.role.to));
    if (closedOverlaps.length) {
      office.single = false;
      const ex = closedOverlaps[0];
      report.repair('single-holder office marked plural: holders overlap (mixed jurisdictions, rival governments or co-holders)', `${officeId}: ${nameOf.get(ex.a.personId)} ${ex.a.role.from}–${ex.a.role.to} vs ${nameOf.get(ex.b.personId)} ${ex.b.role.from}–${ex.b.role.to} (${closedOverlaps.length} overlapping pairs)`);
      if (TOP_KINDS.has(office.kind)) report.warn(`top office marked plural: ${officeId}: ${closedOverlaps.map((o) => `${nameOf.get(o.a.personId)} ${o.a.role.from}–${o.a.role.to} vs ${nameOf.get(o.b.personId)} ${o.b.role.from}–${o.b.role.to}`).join('; ')}`);
      continue;
    }
    for (const rep of closeBySuccessor(entries)) {
      report.repair('open term closed when a successor took office', `${nameOf.get(rep.personId)}: ${officeId} → ${rep.to} (successor ${nameOf.get(rep.successor)})`);
    }
    const ov = findOverlaps(entries);
    if (ov.length) {
      office.single = false;
      const ex = ov[0];
      report.repair('single-holder office marked plural: holders overlap (mixed jurisdictions, rival governments or co-holders)', `${officeId}: ${nameOf.get(ex.a.personId)} ${ex.a.role.from}–${ex.a.role.to ?? 'open'} vs ${nameOf.get(ex.b.personId)} ${ex.b.role.from}–${ex.b.role.to ?? 'open'} (${ov.length} overlapping pairs)`);
      if (TOP_KINDS.has(office.kind)) report.warn(`top office marked plural: ${officeId}: ${ov.map((o) => `${nameOf.get(o.a.personId)} ${o.a.role.from}–${o.a.role.to ?? 'open'} vs ${nameOf.get(o.b.personId)} ${o.b.role.from}–${o.b.role.to ?? 'open'}`).join('; ')}`);
    }
  }

  // --- finalise people -------------------------------------------------------
  const out = [];
  const MONARCH_TITLES = new Set(['King', 'Prince', 'Emir', 'Sultan', 'Grand Duke', 'Emperor', 'Pope']);
  for (const p of people) {
    p.roles = p.roles.filter(Boolean);
    const op = p.overlay ?? {};
    if (!p.roles.length && !op.name) {
      report.drop('person left with no kept role', `${p.id} ${chooseName(p.labels) ?? ''}`);
      continue;
    }
    let name = op.name ?? chooseName(p.labels);
    if (!name) {
      report.drop('non-Latin name label (no overlay name)', `${p.id} ${[...p.labels.keys()].join(' / ')}`);
      continue;
    }
    const codes = p.roles.map((r) => r.office.split('/')[0]);
    const country = mostCommon(codes);
    const variants = new Set();
    const isMonarch = p.roles.some((r) => MONARCH_TITLES.has(offices.get(r.office)?.title) && offices.get(r.office)?.kind === 'head-of-state');
    if (!op.name && isMonarch) {
      const m = /^(.+?)(?:,? (?:Prince|King|Queen|Grand Duke|Sultan|Emir) of [A-Z].*| of [A-Z][\w\s'-]+)$/.exec(name);
      if (m) {
        variants.add(name);
        name = m[1];
      }
    }
    for (const l of p.labels.keys()) {
      if (!isLatinName(l) || isQidLabel(l)) continue;
      const cleaned = cleanLabel(stripHonorifics(l).name);
      if (cleaned.name !== name) variants.add(cleaned.name);
      for (const v of cleaned.variants) variants.add(v);
    }
    for (const v of p.variants) if (isLatinName(v) && v !== name) variants.add(v);
    let given;
    let surname;
    if (op.surname !== undefined || op.given !== undefined) {
      given = op.given ?? splitName(name, country).given;
      surname = op.surname ?? splitName(name, country).surname;
    } else if (isMonarch && !op.name) {
      given = [];
      surname = name;
    } else {
      ({ given, surname } = splitName(name, country));
      const usGiven = records.find((r) => r.id === p.id && r.given)?.given;
      if (usGiven) given = usGiven;
    }
    for (const v of [...variants]) {
      if (!/["()]/.test(v)) continue;
      variants.delete(v);
      const c = cleanLabel(v);
      variants.add(c.name);
      for (const x of c.variants) variants.add(x);
    }
    for (const v of derivedVariants(name, surname)) variants.add(v);
    for (const v of op.variants ?? []) variants.add(String(v));
    for (const v of [...variants]) for (const d of derivedVariants(v)) variants.add(d);
    for (const v of op.removeVariants ?? []) variants.delete(v);
    variants.delete(name);
    variants.delete(surname);
    const bornAgree = agreeDate(p.born);
    if (bornAgree.conflict) report.repair('conflicting birth dates in sources: birth date left out', `${p.id} ${name}: ${[...p.born].join(' / ')}`);
    const diedAgree = agreeDate(p.died);
    if (diedAgree.conflict) report.repair('conflicting death dates in sources: death date left out', `${p.id} ${name}: ${[...p.died].join(' / ')}`);
    const born = op.born !== undefined ? (op.born === null ? undefined : String(op.born)) : bornAgree.value;
    const died = op.died !== undefined ? (op.died === null ? undefined : String(op.died)) : diedAgree.value;
    const gender = op.gender ?? (p.genders.size === 1 ? [...p.genders][0] : undefined);
    const roles = p.roles
      .map((r) => ({ office: r.office, ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}), ...(!r.to && r.asOf ? { asOf: r.asOf } : {}) }))
      .sort((a, b) => compareDates(a.from ?? null, b.from ?? null) || (a.office < b.office ? -1 : a.office > b.office ? 1 : 0));
    const person = { id: p.id, name, given, surname };
    const vlist = [...variants].filter((v) => v && v.trim()).sort();
    if (vlist.length) person.variants = vlist;
    if (gender) person.gender = gender;
    if (born) person.born = born;
    if (died) person.died = died;
    person.roles = roles;
    out.push(person);
  }

  // Possible duplicates: an overlay kb: person whose name equals a source person's name.
  const byName = new Map();
  for (const p of out) {
    const k = nameKey(p.name);
    if (!byName.has(k)) byName.set(k, []);
    byName.get(k).push(p);
  }
  for (const [k, list] of [...byName].sort()) {
    if (list.length < 2) continue;
    const ids = list.map((p) => p.id).sort();
    if (ids.some((i) => i.startsWith('kb:')) && ids.some((i) => /^Q/.test(i))) report.warn(`possible duplicate (kb: id vs QID) for "${list[0].name}": ${ids.join(', ')}`);
    else report.note(`namesakes kept apart (different ids) for "${list[0].name}": ${ids.join(', ')}`);
  }

  // Offices that nobody holds are dropped (except overlay-defined ones that are referenced).
  const used = new Set(out.flatMap((p) => p.roles.map((r) => r.office)));
  const officeOut = {};
  for (const id of [...offices.keys()].sort()) {
    if (!used.has(id)) continue;
    const o = offices.get(id);
    if (!KINDS.has(o.kind)) report.warn(`office ${id} has unknown kind ${o.kind}`);
    const aliases = [...o.aliases].filter((a) => a && a !== o.title).sort();
    officeOut[id] = { id, title: o.title, jurisdiction: o.jurisdiction, kind: o.kind, single: Boolean(o.single), ...(aliases.length ? { aliases } : {}) };
  }

  out.sort((a, b) => (nameKey(a.name) < nameKey(b.name) ? -1 : nameKey(a.name) > nameKey(b.name) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Nicknames.
  const nicknames = {};
  if (exists('nicknames.names.csv')) {
    addSource('nicknames.names.csv');
    sourceList.push(sources[sources.length - 1]);
    const map = new Map();
    for (const r of csvRecords(read('nicknames.names.csv'))) {
      if (r.relationship !== 'has_nickname') continue;
      const a = r.name1.trim().toLowerCase();
      const b = r.name2.trim().toLowerCase();
      if (!a || !b || a === b) continue;
      if (!map.has(a)) map.set(a, new Set());
      map.get(a).add(b);
    }
    for (const k of [...map.keys()].sort()) nicknames[k] = [...map.get(k)].sort();
  }

  const kb = { version: 1, sources: sourceList.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), offices: officeOut, people: out, nicknames };
  const roleCount = out.reduce((n, p) => n + p.roles.length, 0);
  report.notes.unshift(`people: ${out.length}; offices: ${Object.keys(officeOut).length}; roles: ${roleCount}; nickname entries: ${Object.keys(nicknames).length}`);
  return { kb, report };
}

function mostCommon(list) {
  const c = new Map();
  for (const x of list) c.set(x, (c.get(x) ?? 0) + 1);
  let best;
  let n = 0;
  for (const [k, v] of [...c].sort()) if (v > n) (best = k), (n = v);
  return best;
}

/** Serialise with one office / person per line (compact, diff-friendly, deterministic). */
export function serialise(kb) {
  const lines = [];
  lines.push('{"version":1,');
  lines.push(`"sources":${JSON.stringify(kb.sources)},`);
  lines.push('"offices":{');
  const oids = Object.keys(kb.offices);
  oids.forEach((id, i) => lines.push(`${JSON.stringify(id)}:${JSON.stringify(kb.offices[id])}${i < oids.length - 1 ? ',' : ''}`));
  lines.push('},');
  lines.push('"people":[');
  kb.people.forEach((p, i) => lines.push(`${JSON.stringify(p)}${i < kb.people.length - 1 ? ',' : ''}`));
  lines.push('],');
  lines.push(`"nicknames":${JSON.stringify(kb.nicknames)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// CLI

function main(argv) {
  const args = { sources: path.resolve(REPO, '..', 'shared', 'kb-sources'), out: path.join(REPO, 'server', 'data', 'people.json'), quiet: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sources') args.sources = path.resolve(argv[++i]);
    else if (argv[i] === '--out') args.out = path.resolve(argv[++i]);
    else if (argv[i] === '--quiet') args.quiet = true;
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: node scripts/kb/build-kb.mjs [--sources DIR] [--out FILE] [--quiet]');
      return 0;
    } else {
      console.error(`unknown argument: ${argv[i]}`);
      return 2;
    }
  }
  if (!fs.existsSync(args.sources)) {
    console.error(`sources directory not found: ${args.sources}`);
    return 1;
  }
  const kbDir = path.join(REPO, 'server', 'data', 'kb');
  const { kb, report } = build({
    sourcesDir: args.sources,
    overlayText: fs.readFileSync(path.join(kbDir, 'overlay.yaml'), 'utf8'),
    countriesText: fs.readFileSync(path.join(kbDir, 'countries.yaml'), 'utf8'),
  });
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  const text = serialise(kb);
  fs.writeFileSync(args.out, text);
  // The compiled form is made from the text just written, exactly as compile.mjs makes it from the file.
  const defaultOut = path.join(REPO, 'server', 'data', 'people.json');
  const compiledOut = args.out === defaultOut ? COMPILED_OUT : args.out.replace(/(\.json)?$/, '.compiled.txt');
  fs.writeFileSync(compiledOut, serialiseCompiled(compile(JSON.parse(text))));
  const reportText = `Copydesk names knowledge base: build report\n(generated by scripts/kb/build-kb.mjs; sources: ${path.relative(REPO, args.sources) || args.sources})\n\n${report.toText()}`;
  fs.writeFileSync(path.join(kbDir, 'build-report.txt'), reportText);
  if (!args.quiet) console.log(reportText);
  else console.log(report.notes[0]);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
