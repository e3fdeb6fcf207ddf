#!/usr/bin/env node
// Compile server/data/people.json into the form the engine loads at run time,
// server/data/kb/people.compiled.txt: the same people, offices and nicknames in
// a compact line format, with the indexes the engine and the names rules used to
// build on first use computed here instead (exact-match name keys with their
// people, the names rules' word and full-name-prefix flags, given-name counts,
// the surname words of the approximate-match index, each office's holders in
// order). Loading it costs a fraction of parsing people.json and building those
// indexes (see docs/knowledge-base.md).
//
//   node scripts/kb/compile.mjs [--in FILE] [--out FILE]
//
// build-kb.mjs runs this after writing people.json. The output is deterministic
// and plain text, one record per line, so that the engine loads it with slice() and
// split('\n') and no JSON.parse of its big lists (parseCompiled in server/src/engine/kb.ts):
//
//   {"format":2,"about":"...","sections":{"nicknames":{"lines":1,"length":N},...}}   (JSON)
//   then each section's lines, in the header's order, each ending with a newline; a section's
//   length counts its characters, newlines included, so the engine finds each section without
//   reading the ones before it.
//
// `nicknames` is one line of JSON, `flags` one line of hex digits; the other sections are
// records with tab-separated fields (compile() describes them). The file is ASCII only, so that
// the node bundles can read it as Latin-1: every character outside ASCII, and the backslash
// itself, is written as a \uXXXX escape (one per UTF-16 unit, as in JSON), which the engine
// decodes for the keys at load and for a record when it makes an object of it. No field may
// contain the separators of its record (checked here).
//
// The keys are made by the engine's own functions (server/src/engine/name-keys.mjs);
// test/rules/names/compiled.test.ts checks that the compiled indexes equal what the
// engine would build from people.json.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KEY_FLAGS, nameKey, foldKey, wordKey, skeleton } from '../../server/src/engine/name-keys.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');

export const COMPILED_FORMAT = 2;

// Flags of a key (two hex digits each in `flags`): what the names rules ask of a word or phrase
// key. The key functions are the engine's own (server/src/engine/name-keys.mjs).
export const FLAG = KEY_FLAGS;
export { nameKey as engineNameKey, foldKey, wordKey, skeleton };

// ---------------------------------------------------------------------------
// Compiling

/** Person indexes as written in the file: base 36, comma-separated. */
const ids = (list) => list.map((i) => i.toString(36)).join(',');

function check(value, forbidden, what) {
  for (const c of forbidden) if (value.includes(c)) throw new Error(`${what} contains ${JSON.stringify(c)}: ${value}`);
  return value;
}

/**
 * A record as the file holds it: every character outside ASCII, and the backslash (the escape
 * character), as `\uXXXX` (four lower-case hex digits per UTF-16 unit). KnowledgeBase decodes it
 * (server/src/engine/kb.ts, `unescapeText`).
 */
export function escapeText(text) {
  return text.replace(/[\\\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The compiled form of a knowledge base (people.json's shape), its records as the file holds them
 * (escaped: `escapeText`). Indexes are base 36. Records:
 * - offices: `id \t title \t jurisdiction \t kind \t single (1/0) \t aliases (|) \t holders`, in
 *   people.json's order; holders are `person.role` index pairs in order of start date;
 * - jurisdictions: every office's jurisdiction, once;
 * - titles: `form \t offices`, every title and alias with the offices (indexes) that use it, in
 *   office order (not those of kind `team`, whose title is never read in a draft);
 * - people: `id \t name \t given (|) \t surname \t variants (|) \t gender \t born \t died \t roles`,
 *   roles `office index,from,to,asOf` separated by `;` (an empty or missing field is an absent one);
 * - keys: every key the engine or the names rules look up, with `flags` (two hex digits per key,
 *   FLAG bits) and `data`: `full;surname;fuzzy;given` (people under the key in the exact indexes
 *   by full name and by surname, in the approximate-match index, and the given-name count; empty
 *   parts and trailing separators left out, `=` for a fuzzy list equal to the surname list);
 * - skeletons: `skeleton \t keys`, the approximate-match words (key indexes) by phonetic skeleton,
 *   sorted by skeleton.
 */
export function compile(kb) {
  const people = kb.people;
  /** @type {Map<string, {key: string, flags: number, full?: number[], sur?: number[], fuzzy?: number[], given: number}>} */
  const table = new Map();
  const entry = (key) => {
    let e = table.get(key);
    if (!e) table.set(key, (e = { key, flags: 0, given: 0 }));
    return e;
  };
  const fullOrder = [];
  const surOrder = [];
  // The engine's exact indexes (KnowledgeBase's constructor).
  const add = (kind, key, pi) => {
    if (!key) return;
    const e = entry(key);
    const list = e[kind];
    if (!list) {
      e[kind] = [pi];
      (kind === 'full' ? fullOrder : surOrder).push(e);
    } else if (!list.includes(pi)) list.push(pi);
  };
  people.forEach((p, pi) => {
    add('full', nameKey(p.name), pi);
    add('sur', nameKey(p.surname), pi);
    for (const v of p.variants ?? []) {
      const key = nameKey(v);
      if (key.includes(' ')) add('full', key, pi);
      else add('sur', key, pi);
    }
  });
  // The names rules' lexicon: name words, surname words and keys, full names and their prefixes.
  for (const e of surOrder) {
    e.flags |= FLAG.surnameKey;
    for (const w of e.key.split(' ')) entry(w).flags |= FLAG.surnameWord | FLAG.nameWord;
  }
  const addFull = (key) => {
    let prefix = '';
    for (const w of key.split(' ')) {
      entry(w).flags |= FLAG.nameWord;
      prefix = prefix ? `${prefix} ${w}` : w;
      entry(prefix).flags |= FLAG.fullPrefix;
    }
    entry(prefix).flags |= FLAG.fullKey;
  };
  for (const e of fullOrder) {
    addFull(e.key);
    // Hyphenated given names are also written as two words ("Kim Jong-un", "Kim Jong Un").
    if (e.key.includes('-')) addFull(e.key.replace(/-/g, ' '));
  }
  for (const p of people) {
    const seen = [];
    for (const g of p.given) {
      for (const w of g.split(' ')) {
        const k = wordKey(w);
        if (k.length < 2 || seen.includes(k)) continue;
        seen.push(k);
        const e = entry(k);
        e.given++;
        e.flags |= FLAG.given;
      }
    }
  }
  // The nicknames table's names and nicknames, as written there (lower case).
  for (const [name, nicks] of Object.entries(kb.nicknames)) {
    entry(name).flags |= FLAG.nickname;
    for (const n of nicks) entry(n).flags |= FLAG.nickname;
  }
  // The approximate-match index's words: the words of surname keys, the last word of full names.
  const fuzzy = (w, list) => {
    const e = entry(w);
    if (!e.fuzzy) e.fuzzy = [];
    for (const pi of list) if (!e.fuzzy.includes(pi)) e.fuzzy.push(pi);
  };
  for (const e of surOrder) for (const w of e.key.includes(' ') ? e.key.split(' ') : [e.key]) if (w.length >= 3) fuzzy(w, e.sur);
  for (const e of fullOrder) {
    const last = e.key.slice(e.key.lastIndexOf(' ') + 1);
    if (last.length >= 3) fuzzy(last, e.full);
  }

  // Each office's holders, in order of start date (KnowledgeBase.holders).
  const holders = new Map();
  people.forEach((p, pi) => p.roles.forEach((r, ri) => {
    const list = holders.get(r.office) ?? [];
    list.push({ pi, ri, from: r.from ?? '' });
    holders.set(r.office, list);
  }));
  for (const list of holders.values()) if (list.length > 1) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  for (const office of holders.keys()) if (!kb.offices[office]) throw new Error(`a role in unknown office ${office}`);
  const officeIndex = new Map(Object.keys(kb.offices).map((id, i) => [id, i]));
  // Every title and alias form with the offices that use it (the names rules' title tries).
  const byForm = new Map();
  for (const o of Object.values(kb.offices)) {
    // A team's players have no title a draft writes before a name: the office is context only.
    if (o.kind === 'team') continue;
    const add = (form) => {
      const list = byForm.get(form);
      if (!list) byForm.set(form, [o.id]);
      else if (list[list.length - 1] !== o.id) list.push(o.id);
    };
    add(o.title);
    for (const form of o.aliases ?? []) add(form);
  }
  const titles = [...byForm].map(([form, ids]) => `${check(form, ['\t', '\n'], 'title')}\t${ids.map((id) => officeIndex.get(id).toString(36)).join(',')}`);
  const jurisdictions = [...new Set(Object.values(kb.offices).map((o) => o.jurisdiction))];
  const offices = Object.values(kb.offices).map((o) => {
    const fields = [o.id, o.title, o.jurisdiction, o.kind].map((f) => check(f, ['\t', '|', '\n'], `office ${o.id}`));
    for (const a of o.aliases ?? []) check(a, ['\t', '|', '\n'], `office ${o.id} alias`);
    const h = (holders.get(o.id) ?? []).map(({ pi, ri }) => `${pi.toString(36)}.${ri.toString(36)}`).join(',');
    return [...fields, o.single ? '1' : '0', o.aliases ? o.aliases.join('|') : '', h].join('\t');
  });
  const peopleOut = people.map((p) => {
    const list = (xs, what) => {
      for (const x of xs) {
        check(x, ['\t', '|', '\n'], `${p.id} ${what}`);
        if (!x) throw new Error(`${p.id}: empty ${what}`);
      }
      return xs.join('|');
    };
    if (p.variants && !p.variants.length) throw new Error(`${p.id}: empty variants list`);
    const roles = p.roles.map((r) => {
      if (r.to === null) throw new Error(`${p.id}: role with to: null`);
      const fields = [officeIndex.get(r.office).toString(36), r.from ?? '', r.to ?? '', r.asOf ?? ''].map((f) => check(f, ['\t', ',', ';', '\n'], `${p.id} role`));
      while (fields.length > 1 && !fields[fields.length - 1]) fields.pop();
      return fields.join(',');
    });
    return [
      check(p.id, ['\t', '\n'], 'id'),
      check(p.name, ['\t', '\n'], `${p.id} name`),
      list(p.given, 'given name'),
      check(p.surname, ['\t', '\n'], `${p.id} surname`),
      p.variants ? list(p.variants, 'variant') : '',
      p.gender ?? '',
      p.born ?? '',
      p.died ?? '',
      roles.join(';'),
    ].join('\t');
  });

  const keys = [];
  let flags = '';
  const data = [];
  const skeletons = new Map();
  for (const e of table.values()) {
    if (e.fuzzy) {
      e.flags |= FLAG.fuzzy;
      // The phonetic skeletons of the approximate-match words (four letters or more).
      const sk = e.key.length >= 4 ? skeleton(e.key) : '';
      if (sk.length >= 2) {
        const list = skeletons.get(sk) ?? [];
        list.push(keys.length);
        skeletons.set(sk, list);
      }
    }
    keys.push(check(e.key, ['\t', '\n'], 'key'));
    flags += e.flags.toString(16).padStart(2, '0');
    const sur = e.sur ? ids(e.sur) : '';
    const fz = e.fuzzy ? ids(e.fuzzy) : '';
    const parts = [e.full ? ids(e.full) : '', sur, fz && fz === sur ? '=' : fz, e.given ? e.given.toString(36) : ''];
    while (parts.length && !parts[parts.length - 1]) parts.pop();
    data.push(parts.join(';'));
  }
  const skeletonsOut = [...skeletons].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([sk, list]) => `${check(sk, ['\t', '\n'], 'skeleton')}\t${ids(list)}`);
  return {
    format: COMPILED_FORMAT,
    about: 'Generated from server/data/people.json by scripts/kb/compile.mjs: do not edit. Sources and licenses: the sources list in people.json and server/data/kb/NOTICE-nicknames.txt.',
    nicknames: kb.nicknames,
    offices: offices.map(escapeText),
    jurisdictions: jurisdictions.map(escapeText),
    titles: titles.map(escapeText),
    people: peopleOut.map(escapeText),
    keys: keys.map(escapeText),
    flags,
    data,
    skeletons: skeletonsOut.map(escapeText),
  };
}

/** The sections of the file after its header, in order: each is a list of lines. */
const SECTIONS = ['nicknames', 'offices', 'jurisdictions', 'titles', 'people', 'keys', 'flags', 'data', 'skeletons'];

/**
 * The file: a header line (JSON: format, about, and each section's name, line count and length
 * in characters, its lines' newlines included, in order), then the sections' lines. Every line
 * is printable ASCII or tab, and every backslash outside the nicknames line (JSON) starts a
 * `\uXXXX` escape.
 */
export function serialiseCompiled(c) {
  // JSON, its characters outside ASCII as \u escapes (which JSON.parse decodes).
  const json = (value) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const lines = {
    nicknames: [json(c.nicknames)],
    flags: [c.flags],
    offices: c.offices,
    jurisdictions: c.jurisdictions,
    titles: c.titles,
    people: c.people,
    keys: c.keys,
    data: c.data,
    skeletons: c.skeletons,
  };
  const sections = {};
  let body = '';
  for (const name of SECTIONS) {
    let text = '';
    for (const line of lines[name]) {
      if (/[^\t\x20-\x7e]/.test(line)) throw new Error(`${name}: a line with a character other than printable ASCII or tab: ${JSON.stringify(line)}`);
      if (name !== 'nicknames' && /\\(?!u[0-9a-f]{4})/.test(line)) throw new Error(`${name}: a backslash that does not start a \\u escape: ${line}`);
      text += `${line}\n`;
    }
    sections[name] = { lines: lines[name].length, length: text.length };
    body += text;
  }
  return `${json({ format: c.format, about: c.about, sections })}\n${body}`;
}

export const DEFAULT_IN = path.join(REPO, 'server', 'data', 'people.json');
export const DEFAULT_OUT = path.join(REPO, 'server', 'data', 'kb', 'people.compiled.txt');

/** Compiles a people.json file; returns the compiled text. */
export function compileFile(inFile = DEFAULT_IN, outFile = DEFAULT_OUT) {
  const text = serialiseCompiled(compile(JSON.parse(fs.readFileSync(inFile, 'utf8'))));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, text);
  return text;
}

function main(argv) {
  let inFile = DEFAULT_IN;
  let outFile = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--in') inFile = path.resolve(argv[++i]);
    else if (argv[i] === '--out') outFile = path.resolve(argv[++i]);
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: node scripts/kb/compile.mjs [--in FILE] [--out FILE]');
      return 0;
    } else {
      console.error(`unknown argument: ${argv[i]}`);
      return 2;
    }
  }
  const text = compileFile(inFile, outFile);
  console.log(`wrote ${path.relative(process.cwd(), outFile) || outFile} (${(text.length / 1e6).toFixed(2)} MB)`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
