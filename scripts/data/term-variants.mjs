// Compiler for server/data/term-variants.yaml: terms a draft may spell two ways (G-7/G7, email/e-mail,
// Gadhafi/Qaddafi) and British/American spelling pairs (colour/color). The rule flags a draft that
// uses two variants of one set, and (when the house style names one) a variant the style does not use.
//
// Compiled JSON (server/generated/term-variants.json):
//
//   {
//     "version": 2,
//     "styles": ["ap", "reuters", "bbc", "guardian", "nyt"],
//     "sets": [
//       {
//         "id": "g7",
//         "kind": "term",
//         "variants": [ { "name": "G-7", "forms": ["G-7"] }, { "name": "G7", "forms": ["G7"] } ],
//         "preferred": { "ap": 0, "reuters": 1 },     // style -> index into variants
//         "caseSensitive": true,                     // false: forms match in any case
//         "care": { "US": "…" },                     // forms that are not always this term: report
//                                                    // at lower severity or only with other evidence
//         "note": "…", "source": "…",
//         "exceptions": [ { "phrase": "Labour Party", "re": "<regex source>", "flags": "gu" } ],
//                                                    // drop hits inside a match of the regex
//         "system": [0, 1],                          // present on term sets whose variants follow the
//                                                    // spelling system: [british, american] variant
//                                                    // indexes ("per cent" / "percent")
//         "person": true                             // present on term sets whose forms are people's
//                                                    // names in the names knowledge base
//                                                    // (server/data/people.json): the names rules
//                                                    // handle those (Zelenskyy/Zelensky)
//       },
//       {
//         // A British/American spelling pair: what all pairs share is written once, in "spelling"
//         // below (preferred, source, note; caseSensitive is false). "care", "note" (a pair's own)
//         // and "exceptions" are present only when the pair has them.
//         "id": "spelling-colour",
//         "kind": "spelling",
//         "variants": [ { "name": "british", "forms": ["colour", …] }, { "name": "american", "forms": ["color", …] } ]
//       }
//     ],
//     // Spelling sets all have variants [british, american]: a draft mixing the two systems across
//     // different sets (colour ... organize) is inconsistent too.
//     "spelling": { "variants": ["british", "american"], "preferred": { "ap": 1, "bbc": 0 }, "note": "…", "source": "…" },
//     "exact":  { "<form>": [setIndex, variantIndex] },          // case-sensitive forms, as written
//     "folded": { "<lower-cased form>": [setIndex, variantIndex] },  // case-insensitive forms
//     "multiword": { "starts": ["per", …], "maxWords": 3 },
//        // the lower-cased first word of every form of two or more words, and the most words in a
//        // form: the engine looks the two maps up word by word and tries phrases only after a start
//     "scanner": { "source": "…", "flags": "giu" }
//        // finds candidate forms in raw text (whole words, longest first). For each match m, let
//        // k = m with ’ replaced by ' and white space collapsed to one space: hit = exact[k] ??
//        // folded[k.toLowerCase()]; a case-insensitive match of a case-sensitive form ("Us" for
//        // "US") is in neither map and is ignored.
//   }
//
// Proper nouns keep their own spelling (Labour Party, Pearl Harbor, World Trade Center, Department of
// Defense): the engine should not count spelling-set hits on tokens tagged PROPN or capitalized in
// mid-sentence; the exceptions list the commonest such names for when the tagger misses.
import { readFileSync } from 'node:fs';
import { checker, phraseRegexSource, trieRegexSource, inflections, show, STYLES } from './lib/common.mjs';
import { nameKey } from '../../server/src/engine/name-keys.mjs';

export const source = 'server/data/term-variants.yaml';
const SET_FIELDS = ['id', 'forms', 'preferred', 'caseInsensitive', 'care', 'note', 'source', 'exceptions', 'system'];
const PAIR_FIELDS = ['british', 'american', 'inflect', 'care', 'note', 'exceptions'];
export const INFLECT = ['none', 'noun', 'verb', 'both'];
/** The side of a pair whose forms are also other words; a pair with both sides ambiguous is no
 *  evidence of either system and is left out. */
export const CARE_SIDES = ['british', 'american'];

/** Forms of a spelling-pair word: `inflect` noun adds plurals, verb adds -s/-ed/-ing, both does both. */
function spellingForms(word, inflect) {
  if (inflect === 'none') return [word];
  const pos = inflect === 'noun' ? ['NOUN'] : inflect === 'verb' ? ['VERB'] : ['NOUN', 'VERB'];
  // Only regular forms: no doubled final consonant (both spellings of a pair inflect alike), no
  // irregular forms.
  const doubled = new Set([word + word.at(-1) + 'ed', word + word.at(-1) + 'ing', word + 'ked', word + 'king']);
  return inflections(word, pos).filter((f) => !doubled.has(f));
}

export function compile(doc, report) {
  const c = checker(report);
  if (!c.map([], doc, 'a mapping with "version", "sets" and "spelling"')) return undefined;
  c.keys([], doc, ['version', 'sets', 'spelling'], ['version', 'sets', 'spelling']);
  if (doc.version !== undefined && doc.version !== 1) report(['version'], `expected 1; got ${show(doc.version)}`);

  const sets = [];
  const exact = {};
  const folded = {};
  const owner = new Map(); // lower-cased form -> description of where it is defined

  /** Registers the forms of one set; reports a form defined twice. */
  function register(setIndex, variants, caseSensitive, pathOf) {
    let ok = true;
    variants.forEach((v, vi) => v.forms.forEach((f) => {
      const key = f.toLowerCase();
      const where = pathOf(vi, f);
      if (owner.has(key)) {
        const prev = owner.get(key);
        // Two case-sensitive forms that differ in case (us/US) may coexist in different sets.
        if (!(caseSensitive && prev.caseSensitive && prev.form !== f)) {
          report(where, `form ${show(f)} is already defined at ${prev.path}; a form may belong to one set only`);
          ok = false;
          return;
        }
      }
      owner.set(key, { path: where.join('.'), caseSensitive, form: f });
    }));
    if (!ok) return false;
    variants.forEach((v, vi) => v.forms.forEach((f) => {
      if (caseSensitive) exact[f] = [setIndex, vi];
      else folded[f.toLowerCase()] = [setIndex, vi];
    }));
    return true;
  }

  /** Exceptions: `matchCase` says whether the exception's regex is case-sensitive; containment of a
   *  form is checked in any case when the forms themselves match in any case. */
  function exceptionsOf(path, raw, forms, formsCaseSensitive, matchCase = formsCaseSensitive) {
    if (raw === undefined) return [];
    const flags = matchCase ? 'gu' : 'giu';
    const list = c.strings(path, raw, (p, s) => {
      const v = c.str(p, s);
      if (v === undefined) return v;
      if (!forms.some((f) => new RegExp(phraseRegexSource(f), formsCaseSensitive ? 'u' : 'iu').test(v))) {
        report(p, `an exception must contain one of the set's forms (${forms.slice(0, 6).join(', ')}${forms.length > 6 ? ', ...' : ''}) as a whole word; got ${show(v)}`);
        return undefined;
      }
      if (forms.includes(v)) {
        report(p, `an exception must be longer than the form itself; got ${show(v)}`);
        return undefined;
      }
      return v;
    }, 'a list of phrases containing a form of the set', { caseSensitive: true });
    return list?.map((phrase) => ({ phrase, re: phraseRegexSource(phrase), flags }));
  }

  // ── term sets ──
  const rawSets = c.list(['sets'], doc.sets, 'a list of term sets') ?? [];
  const ids = new Map();
  rawSets.forEach((raw, i) => {
    const p = ['sets', i];
    if (!c.map(p, raw, 'a term set (id, forms, note, source)')) return;
    if (!c.keys(p, raw, SET_FIELDS, ['id', 'forms', 'note', 'source'])) return;
    let ok = true;
    const id = c.str([...p, 'id'], raw.id, { pattern: [/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id (letters, digits, hyphens)'] });
    if (id !== undefined) {
      if (ids.has(id)) { report([...p, 'id'], `duplicate set id ${show(id)} (also sets.${ids.get(id)})`); ok = false; }
      else ids.set(id, i);
    } else ok = false;
    const caseSensitive = raw.caseInsensitive === undefined ? true : !c.bool([...p, 'caseInsensitive'], raw.caseInsensitive);

    // forms: a list (each form its own variant) or a mapping variant name -> list of forms.
    let variants = [];
    let formsOk = true;
    if (Array.isArray(raw.forms)) {
      const forms = c.strings([...p, 'forms'], raw.forms, (pp, s) => c.str(pp, s), 'a list of forms', { caseSensitive });
      variants = (forms ?? []).map((f) => ({ name: f, forms: [f] }));
      if (!forms) formsOk = false;
    } else if (c.map([...p, 'forms'], raw.forms, 'a list of forms, or a mapping from variant name to its forms')) {
      for (const [name, fl] of Object.entries(raw.forms)) {
        const forms = c.strings([...p, 'forms', name], fl, (pp, s) => c.str(pp, s), `a list of the forms of variant ${show(name)}`, { caseSensitive });
        if (!forms) { formsOk = false; continue; }
        if (!forms.length) { report([...p, 'forms', name], 'expected at least one form'); formsOk = false; continue; }
        variants.push({ name, forms });
      }
    } else formsOk = false;
    if (!formsOk) ok = false;
    else if (variants.length < 2) {
      report([...p, 'forms'], `expected at least two variants (a set records competing spellings); got ${variants.length}`);
      ok = false;
    }
    if (ok && !caseSensitive) {
      const seen = new Map();
      variants.forEach((v, vi) => v.forms.forEach((f) => {
        const k = f.toLowerCase();
        if (seen.has(k) && seen.get(k) !== vi) {
          report([...p, 'forms'], `${show(f)} differs from another variant only in case, but the set is caseInsensitive`);
          ok = false;
        }
        seen.set(k, vi);
      }));
    }
    const names = variants.map((v) => v.name);
    const preferred = {};
    if (raw.preferred !== undefined && c.map([...p, 'preferred'], raw.preferred, 'a mapping from style id to variant')) {
      for (const [style, name] of Object.entries(raw.preferred)) {
        if (!STYLES.includes(style)) { report([...p, 'preferred', style], `unknown style ${show(style)}; expected one of ${STYLES.join(', ')}`); ok = false; continue; }
        const vi = names.indexOf(name);
        if (vi < 0) { report([...p, 'preferred', style], `expected one of the set's variants (${names.join(', ')}); got ${show(name)}`); ok = false; continue; }
        preferred[style] = vi;
      }
    }
    const allForms = variants.flatMap((v) => v.forms);
    const care = {};
    if (raw.care !== undefined && c.map([...p, 'care'], raw.care, 'a mapping from form to the reason it needs care')) {
      for (const [form, why] of Object.entries(raw.care)) {
        if (!allForms.includes(form)) { report([...p, 'care', form], `expected one of the set's forms (${allForms.join(', ')}); got ${show(form)}`); ok = false; continue; }
        const w = c.str([...p, 'care', form], why, { max: 240 });
        if (w === undefined) ok = false; else care[form] = w;
      }
    }
    // system: which variant is the British and which the American spelling ("per cent" / "percent"),
    // so that the form kept follows the draft's spelling system
    let system;
    if (raw.system !== undefined && c.map([...p, 'system'], raw.system, 'a mapping with "british" and "american" variants')) {
      c.keys([...p, 'system'], raw.system, ['british', 'american'], ['british', 'american']);
      const b = names.indexOf(raw.system.british), a = names.indexOf(raw.system.american);
      if (b < 0 || a < 0 || a === b) { report([...p, 'system'], `expected two different variants of the set (${names.join(', ')}) for british and american`); ok = false; }
      else system = [b, a];
    }
    const note = c.str([...p, 'note'], raw.note, { max: 240 });
    const src = c.str([...p, 'source'], raw.source);
    const exceptions = exceptionsOf([...p, 'exceptions'], raw.exceptions, allForms, caseSensitive);
    if (note === undefined || src === undefined || exceptions === undefined) ok = false;
    if (!ok) return;
    const index = sets.length;
    if (!register(index, variants, caseSensitive, (vi, f) => Array.isArray(raw.forms) ? [...p, 'forms', raw.forms.indexOf(f)] : [...p, 'forms', variants[vi].name])) return;
    sets.push({ id, kind: 'term', variants, preferred, caseSensitive, care, note, source: src, exceptions, ...(system ? { system } : {}) });
  });

  // ── British/American spelling pairs ──
  const sp = c.map(['spelling'], doc.spelling, 'a mapping with "preferred", "source" and "pairs"') ?? {};
  c.keys(['spelling'], sp, ['preferred', 'source', 'note', 'pairs'], ['preferred', 'source', 'note', 'pairs']);
  const spPreferred = {};
  if (sp.preferred !== undefined && c.map(['spelling', 'preferred'], sp.preferred, 'a mapping from style id to british or american')) {
    for (const [style, side] of Object.entries(sp.preferred)) {
      if (!STYLES.includes(style)) { report(['spelling', 'preferred', style], `unknown style ${show(style)}; expected one of ${STYLES.join(', ')}`); continue; }
      const s = c.enumOf(['spelling', 'preferred', style], side, ['british', 'american']);
      if (s) spPreferred[style] = s === 'british' ? 0 : 1;
    }
  }
  const spSource = c.str(['spelling', 'source'], sp.source);
  const spNote = c.str(['spelling', 'note'], sp.note, { max: 240 });
  const pairs = c.list(['spelling', 'pairs'], sp.pairs, 'a list of pairs: [british, american, inflection] or a mapping') ?? [];
  const pairKeys = new Map();
  pairs.forEach((raw, i) => {
    const p = ['spelling', 'pairs', i];
    let pair;
    if (Array.isArray(raw)) {
      if (raw.length < 2 || raw.length > 3) { report(p, `expected [british, american] or [british, american, inflection]; got ${raw.length} items`); return; }
      pair = { british: raw[0], american: raw[1], inflect: raw[2] };
    } else if (c.map(p, raw, 'a pair: [british, american, inflection] or a mapping with british and american')) {
      if (!c.keys(p, raw, PAIR_FIELDS, ['british', 'american'])) return;
      pair = raw;
    } else return;
    const at = (field) => (Array.isArray(raw) ? [...p, ['british', 'american', 'inflect'].indexOf(field)] : [...p, field]);
    const word = [/^[a-z][a-z'-]*( [a-z][a-z'-]*)?$/, 'a lower-case word'];
    const british = c.str(at('british'), pair.british, { lower: true, pattern: word });
    const american = c.str(at('american'), pair.american, { lower: true, pattern: word });
    if (british === undefined || american === undefined) return;
    if (british === american) { report(at('american'), `the American spelling must differ from the British one; got ${show(american)} for both`); return; }
    if (pairKeys.has(british)) { report(at('british'), `duplicate pair for ${show(british)} (also spelling.pairs.${pairKeys.get(british)})`); return; }
    pairKeys.set(british, i);
    const inflect = pair.inflect === undefined ? 'none' : c.enumOf(at('inflect'), pair.inflect, INFLECT);
    if (inflect === undefined) return;
    let careSide;
    if (pair.care !== undefined) { careSide = c.enumOf(at('care'), pair.care, CARE_SIDES); if (!careSide) return; }
    let pairNote;
    if (pair.note !== undefined) { pairNote = c.str(at('note'), pair.note, { max: 240 }); if (pairNote === undefined) return; }
    if (careSide && !pairNote) { report(p, `a pair with "care" needs a "note" saying why (${british}/${american})`); return; }
    const bForms = spellingForms(british, inflect);
    const aForms = spellingForms(american, inflect);
    const shared = bForms.filter((f) => aForms.includes(f));
    if (shared.length) { report(at('inflect'), `the British and American forms coincide (${shared.join(', ')}); list the differing forms without inflection`); return; }
    const variants = [{ name: 'british', forms: bForms }, { name: 'american', forms: aForms }];
    // Spelling exceptions are proper names: found in any case, but matched case-sensitively.
    const exceptions = exceptionsOf(at('exceptions'), pair.exceptions, [...bForms, ...aForms], false, true);
    if (exceptions === undefined) return;
    const care = {};
    if (careSide) for (const v of variants) if (careSide === v.name) for (const f of v.forms) care[f] = pairNote;
    const index = sets.length;
    if (!register(index, variants, false, (vi) => at(vi === 0 ? 'british' : 'american'))) return;
    sets.push({
      id: `spelling-${british}`, kind: 'spelling', variants,
      ...(Object.keys(care).length ? { care } : {}), ...(pairNote !== undefined ? { note: pairNote } : {}), ...(exceptions.length ? { exceptions } : {}),
    });
  });

  // Term sets whose forms are people's names: a capitalised form that is someone's full name or
  // surname in the knowledge base. Computed here so that the rule needs no knowledge base to load.
  const names = personNames();
  for (const set of sets) {
    if (set.kind === 'term' && set.variants.some((v) => v.forms.some((f) => /^\p{Lu}/u.test(f) && names.has(nameKey(f))))) set.person = true;
  }

  // The scanner is case-insensitive (exact/folded decide); as a trie it tries the longest form first
  // only through backtracking, so "per cent" and "per" never compete: forms are whole words.
  const scanner = { source: trieRegexSource([...Object.keys(exact), ...Object.keys(folded)], { caseInsensitive: true }), flags: 'giu' };
  const spelling = { variants: ['british', 'american'], preferred: spPreferred, note: spNote ?? '', source: spSource ?? '' };
  const starts = new Set();
  let maxWords = 1;
  for (const form of [...Object.keys(exact), ...Object.keys(folded)]) {
    const words = form.split(' ');
    if (words.length > 1) starts.add(words[0].toLowerCase());
    maxWords = Math.max(maxWords, words.length);
  }
  return { version: 2, styles: STYLES, sets, spelling, exact, folded, multiword: { starts: [...starts], maxWords }, scanner };
}

// ── The names knowledge base's keys (server/src/engine/name-keys.mjs, as the engine makes them) ──


let people;
/** Every full-name and surname key of server/data/people.json (names, surnames and their variants). */
function personNames() {
  if (people) return people;
  const kb = JSON.parse(readFileSync(new URL('../../server/data/people.json', import.meta.url), 'utf8'));
  people = new Set();
  for (const p of kb.people) {
    for (const n of [p.name, p.surname, ...(p.variants ?? [])]) {
      const key = nameKey(n);
      if (key) people.add(key);
    }
  }
  return people;
}
