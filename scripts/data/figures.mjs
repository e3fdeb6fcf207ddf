// Compiler for server/data/figures.yaml, the vocabulary the figures rules read numbers with.
//
// Compiled JSON (server/generated/figures.json):
//
//   {
//     "version": 1,
//     "cardinals": { "one": 1, ..., "dozen": 12 },       // number words
//     "scales": { "million": 1e6, ... },                  // words after a number
//     "scaleAbbreviations": { "bn": 1e9, ... },           // letters written straight after a figure
//     "ordinals": { "first": 1, ... },
//     "currencies": { "symbols": { "$": "USD" }, "words": { "cents": ["USD", 0.01] } },
//     "percentWords": [["percent"], ["per", "cent"]],     // phrases as the engine's tokens
//     "pointWords": [["percentage", "points"], ...],
//     "durations": { "year": 365.25, ... },               // in days
//     "measures": ["inch", ...],
//     "qualifiers": [ { "words": ["more", "than"], "kind": "min", "after": false } ],
//                                                         // kinds: approx | below | min | max
//     "changes": { "up": [...], "down": [...], "upNouns": [...], "downNouns": [...] },
//                                                         // compared with a token's lemma or lower text
//     "multiples": { "double": 2, "halve": 0.5, ... },    // lemma -> factor
//     "expectations": { "verbs": [["expect"], ["call", "for"]], "nouns": [["forecast"]], "modals": ["would"] },
//     "votes": { "tally": [...], "against": [[...]], "for": [[...]] },
//     "selectors": [...],
//     "times": { "past": [[...]], "present": [[...]], "future": [[...]] },
//     "sums": { "parts": [[...]], "partial": [[...]],
//               "aboardParts": ["crew members", ...], "aboardWholes": ["people", ...], "aboardWords": [["on", "board"], ...] },
//                                                         // aboardParts and aboardWholes as written (the words of a figure's noun phrase)
//     "weekdays": [ { "name": "sunday", "forms": ["sunday", "sun", "sun."] }, ... ],   // index = day of week
//     "months": [ { "name": "january", "forms": [...], "ap": "Jan." }, ... ],        // index + 1 = month
//     "birth": [...], "ageUnits": [[...]],
//     "identifiers": [...], "figureNouns": [...],
//     "references": { "purchase": ["buy", "acquire"], ... }, // a noun -> words an earlier mention may use
//     "eventNouns": ["purchase", ...],                   // references nouns for a one-time event
//     "cues": { "deathWords": ["kill", ...], ... }       // word lists the rules read as cues (CUES below)
//   }
//
// Phrases are split into the tokens the engine sees: at spaces, with a hyphen as a token of its own.
import { checker, show } from './lib/common.mjs';

export const source = 'server/data/figures.yaml';

const FIELDS = ['version', 'cardinals', 'scales', 'scaleAbbreviations', 'ordinals', 'currencies', 'percentWords', 'pointWords',
  'durations', 'measures', 'qualifiers', 'qualifiersAfter', 'changes', 'multiples', 'expectations', 'votes', 'selectors', 'times',
  'sums', 'weekdays', 'months', 'birth', 'ageUnits', 'identifiers', 'figureNouns', 'references', 'eventNouns', 'cues'];
/** The cue lists, each required: server/src/rules/figures/vocabulary.ts types them by these names. */
export const CUES = ['ownVerbs', 'requestVerbs', 'voteVerbs', 'deathWords', 'deathNouns', 'personHeads', 'tollVerbs', 'levelNouns', 'rateNouns', 'bodies', 'abstentions', 'divisionNouns', 'shareVerbs', 'totalNouns', 'rest', 'winVerbs', 'organisationParts', 'foundingVerbs', 'beginVerbs', 'levelVerbs', 'valueNouns', 'irregularPlurals'];
const CUE_WORD = [/^[a-z][a-z'-]*$/, 'one lower-case word'];
const QUALIFIER_KINDS = ['approx', 'below', 'min', 'max'];
const PHRASE = [/^[a-z0-9$%.'’-]+( [a-z0-9$%.'’-]+)*$/, 'a lower-case word or phrase'];

const words = (phrase) => phrase.split(' ').flatMap((w) => w.split(/(-)/).filter(Boolean));

export function compile(doc, report) {
  const c = checker(report);
  if (!c.map([], doc, 'a mapping of the figures vocabulary')) return undefined;
  c.keys([], doc, FIELDS, FIELDS.filter((f) => f !== 'qualifiersAfter' && f !== 'references' && f !== 'eventNouns'));
  if (doc.version !== 1) report(['version'], `expected 1; got ${show(doc.version)}`);

  /** A mapping from lower-case words to positive numbers. */
  const numbers = (key, { integer = false } = {}) => {
    const m = c.map([key], doc[key], 'a mapping from a lower-case word to its value');
    const out = {};
    if (!m) return out;
    for (const [w, v] of Object.entries(m)) {
      if (c.str([key, w], w, { lower: true, pattern: PHRASE }) === undefined) continue;
      if (typeof v !== 'number' || !(v >= 0) || (integer && !Number.isInteger(v))) {
        report([key, w], `expected ${integer ? 'a whole number' : 'a number'} of at least 0; got ${show(v)}`);
        continue;
      }
      out[w] = v;
    }
    return out;
  };
  /** A list of unique lower-case words or phrases; `split` turns each into the engine's tokens. */
  const phrases = (path, v, split = true) => {
    const list = c.strings(path, v, (p, s) => c.str(p, typeof s === 'number' ? String(s) : s, { lower: true, pattern: PHRASE }), 'a list of lower-case words or phrases') ?? [];
    return split ? list.map(words) : list;
  };
  const at = (obj, path, key) => {
    const v = obj?.[key];
    if (v === undefined) report(path, `missing required field "${key}"`);
    return v;
  };

  const cardinals = numbers('cardinals', { integer: true });
  const scales = numbers('scales', { integer: true });
  const scaleAbbreviations = numbers('scaleAbbreviations', { integer: true });
  const ordinals = numbers('ordinals', { integer: true });
  const durations = numbers('durations');
  const multiples = numbers('multiples');
  for (const w of Object.keys(scaleAbbreviations)) if (scales[w] !== undefined) report(['scaleAbbreviations', w], `${show(w)} is also a scale word`);

  const currencies = { symbols: {}, words: {} };
  const cur = c.map(['currencies'], doc.currencies, 'a mapping with symbols and words');
  if (cur) {
    c.keys(['currencies'], cur, ['symbols', 'words'], ['symbols', 'words']);
    const code = [/^[A-Z]{3}$/, 'a three-letter currency code (USD)'];
    for (const [sym, v] of Object.entries(c.map(['currencies', 'symbols'], cur.symbols) ?? {})) {
      if (!/^\p{Sc}$/u.test(sym)) { report(['currencies', 'symbols', sym], `expected one currency symbol character; got ${show(sym)}`); continue; }
      const cc = c.str(['currencies', 'symbols', sym], v, { pattern: code });
      if (cc) currencies.symbols[sym] = cc;
    }
    for (const [w, v] of Object.entries(c.map(['currencies', 'words'], cur.words) ?? {})) {
      if (c.str(['currencies', 'words', w], w, { lower: true, pattern: PHRASE }) === undefined) continue;
      if (!Array.isArray(v) || v.length !== 2 || !code[0].test(String(v[0])) || typeof v[1] !== 'number' || !(v[1] > 0)) {
        report(['currencies', 'words', w], `expected [currency code, value of one unit] such as [USD, 0.01]; got ${show(v)}`);
        continue;
      }
      currencies.words[w] = v;
    }
  }

  const qualifiers = [];
  const seenQualifier = new Map();
  for (const [key, after] of [['qualifiers', false], ['qualifiersAfter', true]]) {
    if (doc[key] === undefined && after) continue;
    const q = c.map([key], doc[key], `a mapping from ${QUALIFIER_KINDS.join(', ')} to phrases`) ?? {};
    for (const [kind, list] of Object.entries(q)) {
      if (!QUALIFIER_KINDS.includes(kind)) { report([key, kind], `unknown qualifier kind; expected one of ${QUALIFIER_KINDS.join(', ')}`); continue; }
      for (const [i, w] of phrases([key, kind], list, false).entries()) {
        const id = `${after}:${w}`;
        if (seenQualifier.has(id)) { report([key, kind, i], `${show(w)} is already a qualifier (${seenQualifier.get(id)})`); continue; }
        seenQualifier.set(id, kind);
        qualifiers.push({ words: words(w), kind, after });
      }
    }
  }
  // Longest first, so "just under" wins over "under".
  qualifiers.sort((a, b) => b.words.length - a.words.length);

  const ch = c.map(['changes'], doc.changes, 'a mapping with up, down, upNouns and downNouns') ?? {};
  c.keys(['changes'], ch, ['up', 'down', 'upNouns', 'downNouns'], ['up', 'down', 'upNouns', 'downNouns']);
  const changes = {
    up: phrases(['changes', 'up'], ch.up, false), down: phrases(['changes', 'down'], ch.down, false),
    upNouns: phrases(['changes', 'upNouns'], ch.upNouns, false), downNouns: phrases(['changes', 'downNouns'], ch.downNouns, false),
  };
  for (const w of changes.up) if (changes.down.includes(w)) report(['changes', 'down'], `${show(w)} is both an up and a down word`);
  for (const w of changes.upNouns) if (changes.downNouns.includes(w)) report(['changes', 'downNouns'], `${show(w)} is both an up and a down noun`);

  const v = c.map(['votes'], doc.votes, 'a mapping with tally, against and for') ?? {};
  c.keys(['votes'], v, ['tally', 'against', 'for'], ['tally', 'against', 'for']);
  const votes = { tally: phrases(['votes', 'tally'], v.tally, false), against: phrases(['votes', 'against'], v.against), for: phrases(['votes', 'for'], v.for) };

  const t = c.map(['times'], doc.times, 'a mapping with past, present and future') ?? {};
  c.keys(['times'], t, ['past', 'present', 'future'], ['past', 'present', 'future']);
  const times = { past: phrases(['times', 'past'], t.past), present: phrases(['times', 'present'], t.present), future: phrases(['times', 'future'], t.future) };

  const s = c.map(['sums'], doc.sums, 'a mapping with parts, partial and the aboard lists') ?? {};
  const ABOARD = ['aboardParts', 'aboardWholes', 'aboardWords'];
  c.keys(['sums'], s, ['parts', 'partial', ...ABOARD], ['parts', 'partial', ...ABOARD]);
  const sums = {
    parts: phrases(['sums', 'parts'], s.parts), partial: phrases(['sums', 'partial'], s.partial),
    aboardParts: phrases(['sums', 'aboardParts'], s.aboardParts, false),
    aboardWholes: phrases(['sums', 'aboardWholes'], s.aboardWholes, false),
    aboardWords: phrases(['sums', 'aboardWords'], s.aboardWords),
  };

  const references = {};
  for (const [noun, list] of Object.entries(c.map(['references'], doc.references ?? {}, 'a mapping from a noun to the words an earlier mention may use') ?? {})) {
    if (c.str(['references', noun], noun, { lower: true, pattern: PHRASE }) === undefined) continue;
    references[noun] = phrases(['references', noun], list, false);
  }

  const weekdays = [];
  const wd = c.map(['weekdays'], doc.weekdays, 'a mapping from weekday (sunday first) to its abbreviations') ?? {};
  const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  if (Object.keys(wd).join() !== DAYS.join()) report(['weekdays'], `expected the seven weekdays in order, Sunday first (${DAYS.join(', ')})`);
  for (const [name, abbr] of Object.entries(wd)) weekdays.push({ name, forms: [name, ...phrases(['weekdays', name], abbr, false)] });

  const months = [];
  const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const mo = c.map(['months'], doc.months, 'a mapping from month (January first) to its abbreviations and AP form') ?? {};
  if (Object.keys(mo).join() !== MONTHS.join()) report(['months'], `expected the twelve months in order (${MONTHS.join(', ')})`);
  for (const [name, m] of Object.entries(mo)) {
    if (!c.map(['months', name], m, 'a mapping with abbreviations and ap')) continue;
    c.keys(['months', name], m, ['abbreviations', 'ap'], ['abbreviations', 'ap']);
    const ap = c.str(['months', name, 'ap'], at(m, ['months', name], 'ap'));
    if (ap && ap.toLowerCase().replace(/\.$/, '') !== name && !name.startsWith(ap.toLowerCase().replace(/\.$/, ''))) report(['months', name, 'ap'], `expected ${show(name)} or an abbreviation of it; got ${show(ap)}`);
    months.push({ name, forms: [name, ...phrases(['months', name, 'abbreviations'], m.abbreviations, false)], ap: ap ?? name });
  }

  return {
    version: 1,
    cardinals, scales, scaleAbbreviations, ordinals, currencies,
    percentWords: phrases(['percentWords'], doc.percentWords),
    pointWords: phrases(['pointWords'], doc.pointWords),
    durations,
    measures: phrases(['measures'], doc.measures, false),
    qualifiers, changes, multiples,
    expectations: (() => {
      const e = c.map(['expectations'], doc.expectations, 'a mapping with verbs, nouns and modals') ?? {};
      c.keys(['expectations'], e, ['verbs', 'nouns', 'modals'], ['verbs', 'nouns', 'modals']);
      return { verbs: phrases(['expectations', 'verbs'], e.verbs), nouns: phrases(['expectations', 'nouns'], e.nouns), modals: phrases(['expectations', 'modals'], e.modals, false) };
    })(),
    votes,
    selectors: phrases(['selectors'], doc.selectors, false),
    times, sums, weekdays, months,
    birth: phrases(['birth'], doc.birth, false),
    ageUnits: phrases(['ageUnits'], doc.ageUnits),
    identifiers: phrases(['identifiers'], doc.identifiers, false),
    figureNouns: phrases(['figureNouns'], doc.figureNouns, false),
    references,
    eventNouns: (() => {
      const list = doc.eventNouns === undefined ? [] : phrases(['eventNouns'], doc.eventNouns, false);
      for (const [i, n] of list.entries()) if (!references[n]) report(['eventNouns', i], `${show(n)} is not a noun of references`);
      return list;
    })(),
    cues: (() => {
      const m = c.map(['cues'], doc.cues, 'a mapping from a cue list name to its words');
      const out = {};
      if (!m) return out;
      for (const name of Object.keys(m)) if (!CUES.includes(name)) report(['cues', name], `unknown cue list ${show(name)}; expected one of ${CUES.join(', ')}`);
      for (const name of CUES) {
        if (m[name] === undefined) { report(['cues'], `missing the cue list ${name}`); continue; }
        out[name] = c.strings(['cues', name], m[name], (pp, w) => c.str(pp, w, { lower: true, pattern: CUE_WORD }), 'a list of lower-case words') ?? [];
      }
      return out;
    })(),
  };
}
