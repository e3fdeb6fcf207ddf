// Compiler for server/data/attribution.yaml: the vocabulary of the attribution rules (who said it,
// vague and anonymous sources, claims made in the reporter's own voice).
//
// Every phrase compiles to `words`: tokens matched in order, each against a token's lemma OR its
// lower-cased text; a hyphen is its own token; forms of be/have/do are lemmatised ("it is" -> it, be);
// "*" matches exactly one token. Single words also get `forms` (surface inflections) for tokens the
// lemmatizer gets wrong. Strength: "strong" = flag on its own when the sentence has no attribution;
// "weak" = only count it together with another signal (the rule author combines them with structure).
//
// Compiled JSON (server/generated/attribution.json):
//
//   {
//     "version": 1,
//     "reportingVerbs": { "<lemma>": { "kind": "speech"|"cognition"|"writing"|"estimate",
//                                      "neutral": true|false, "forms": [..], "note"?: "…" } },
//     "attributionPhrases": [ { "phrase", "words", "kind": "speech"|"writing"|"any" } ],
//     "vagueSources": {
//       "quantifiers": [ { "phrase", "words", "strength" } ],          // "some", "a growing number of"
//       "groups":      { "<lemma>": { "strength", "forms" } },          // analyst -> analysts
//       "adverbs":     { "<adverb>": { "strength", "note"? } },         // reportedly, supposedly
//       "phrases":     [ { "phrase", "words", "strength" } ]            // "studies show", "by some accounts"
//       "collectives": [ { "phrase", "words" } ],                       // "Wall Street", "investors" (optional)
//       "reactions":   { "<lemma>": { "forms" } }                       // cheer, welcome: verbs of feeling or
//                                                                       // verdict (optional)
//     },
//     "agentlessPassive": {
//       "subjects": ["it"],
//       // "it + be + [adverbs] + <participle> + that" (itThat) and "<subject> + be + [adverbs] +
//       // <participle> (+ to/as)" with no "by" agent (personal); "none" = do not flag that pattern
//       "verbs": { "<lemma>": { "participles": ["believed"], "itThat": "strong"|"weak"|"none",
//                               "personal": "strong"|"weak"|"none", "note"?: "…" } }
//     },
//     "anonymousSources": {
//       "nouns":      { "<lemma>": { "strength", "forms" } },           // official, source, aide
//                     // strength "institutional": an institution's people ("county officials said")
//                     // are attributed to the institution; anonymous only singular ("an official"),
//                     // with a modifier below ("senior officials") or with a qualifier
//       "modifiers":  ["senior", "top", ...],                            // make institutional nouns anonymous
//       "qualifiers": [ { "phrase", "words" } ],                        // make a source anonymous
//       "reasons":    [ { "phrase", "words" } ]                         // the stated reason that makes
//                                                                       // anonymity acceptable (AP)
//     },
//     "claimMarkers": {
//       "evaluative":  { "<term>": { "strength", "words", "note"? } },  // historic, unprecedented
//       "predictions": [ { "phrase", "words", "strength", "note"? } ],  // "be poised to"
//       "causal":      [ { "phrase", "words", "strength", "pos"?, "note"? } ],  // "thanks to", fuel
//       "hedges":      [ { "phrase", "words", "note"? } ],             // may, appear to: no flat claim
//       "opinion":     { "adverbs": ["overwhelmingly", ...],            // a group's view stated as fact:
//                        "verbs": { "<lemma>": { "forms" } } }          // "Residents overwhelmingly oppose"
//     },
//     "phraseIndex": { "<first word or form>": ["<section>:<index>", ...] }
//                    // sections: attributionPhrases, vagueSources.quantifiers, vagueSources.phrases,
//                    // anonymousSources.qualifiers, anonymousSources.reasons, claimMarkers.predictions,
//                    // claimMarkers.causal, claimMarkers.hedges, claimMarkers.evaluative
//   }
import { checker, phraseWords, inflections, show } from './lib/common.mjs';

export const source = 'server/data/attribution.yaml';

export const VERB_KINDS = ['speech', 'cognition', 'writing', 'estimate'];
export const PHRASE_KINDS = ['speech', 'writing', 'any'];
export const STRENGTHS = ['strong', 'weak'];
export const PASSIVE_STRENGTHS = ['strong', 'weak', 'none'];

const PHRASE_RE = [/^[a-z*][a-z0-9'*. -]*$/, 'lower-case words (letters, hyphens, apostrophes, "*" for any one word)'];
const WORD_RE = [/^[a-z][a-z'-]*$/, 'a single lower-case word'];

/** Is `inner` a contiguous run inside `outer` (both word arrays)? */
function containsRun(outer, inner) {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, j) => outer[i + j] === w)) return true;
  }
  return false;
}

export function compile(doc, report) {
  const c = checker(report);
  if (!c.map([], doc, 'a mapping')) return undefined;
  const TOP = ['version', 'reportingVerbs', 'attributionPhrases', 'vagueSources', 'agentlessPassive', 'anonymousSources', 'claimMarkers'];
  c.keys([], doc, TOP, TOP);
  if (doc.version !== undefined && doc.version !== 1) report(['version'], `expected 1; got ${show(doc.version)}`);

  /**
   * Compiles a list of items. `key` is the field holding the word or phrase; `fields` maps other
   * field names to [required, validate(path, value)]. Returns [{...item, words}] of valid items.
   */
  function items(path, list, key, fields, { single = false } = {}) {
    const arr = c.list(path, list, `a list of items with "${key}"`);
    if (!arr) return [];
    const out = [];
    const seen = new Map();
    arr.forEach((raw, i) => {
      const p = [...path, i];
      if (!c.map(p, raw, `an item with "${key}"`)) return;
      const allowed = [key, ...Object.keys(fields)];
      const required = [key, ...Object.entries(fields).filter(([, [req]]) => req).map(([k]) => k)];
      if (!c.keys(p, raw, allowed, required)) return;
      const text = c.str([...p, key], raw[key], { lower: true, pattern: single ? WORD_RE : PHRASE_RE });
      if (text === undefined) return;
      if (seen.has(text)) {
        report([...p, key], `duplicate ${show(text)} (also at ${[...path, seen.get(text)].join('.')})`);
        return;
      }
      seen.set(text, i);
      const words = phraseWords(text);
      if (words[0] === '*' || words.at(-1) === '*') {
        report([...p, key], `"*" (any one word) may only stand between words; got ${show(text)}`);
        return;
      }
      const item = { [key]: text, words };
      let ok = true;
      for (const [f, [, validate]] of Object.entries(fields)) {
        if (raw[f] === undefined) continue;
        const v = validate([...p, f], raw[f]);
        if (v === undefined) ok = false;
        else item[f] = v;
      }
      if (ok) out.push(item);
    });
    return out;
  }
  const strength = [true, (p, v) => c.enumOf(p, v, STRENGTHS)];
  const optNote = [false, (p, v) => c.str(p, v, { max: 240 })];

  // ── reporting verbs ──
  const verbs = items(['reportingVerbs'], doc.reportingVerbs, 'lemma', {
    kind: [true, (p, v) => c.enumOf(p, v, VERB_KINDS)],
    neutral: [true, (p, v) => c.bool(p, v)],
    note: optNote,
  }, { single: false });
  const reportingVerbs = {};
  for (const v of verbs) {
    if (v.neutral === false && !v.note) {
      const i = doc.reportingVerbs.findIndex((r) => r?.lemma === v.lemma);
      report(['reportingVerbs', i], `a non-neutral verb needs a "note" saying why ("${v.lemma}")`);
      continue;
    }
    reportingVerbs[v.lemma] = { kind: v.kind, neutral: v.neutral, forms: v.words.length === 1 ? inflections(v.lemma, ['VERB']) : [v.lemma], ...(v.note ? { note: v.note } : {}) };
  }

  const attributionPhrases = items(['attributionPhrases'], doc.attributionPhrases, 'phrase', {
    kind: [true, (p, v) => c.enumOf(p, v, PHRASE_KINDS)],
  });

  // ── vague sources ──
  const vs = c.map(['vagueSources'], doc.vagueSources) ?? {};
  c.keys(['vagueSources'], vs, ['quantifiers', 'groups', 'adverbs', 'phrases', 'collectives', 'reactions'], ['quantifiers', 'groups', 'adverbs', 'phrases']);
  const quantifiers = items(['vagueSources', 'quantifiers'], vs.quantifiers, 'phrase', { strength });
  const groups = {};
  for (const g of items(['vagueSources', 'groups'], vs.groups, 'lemma', { strength }, { single: true })) {
    groups[g.lemma] = { strength: g.strength, forms: inflections(g.lemma, ['NOUN']) };
  }
  const adverbs = {};
  for (const a of items(['vagueSources', 'adverbs'], vs.adverbs, 'term', { strength, note: optNote }, { single: true })) {
    adverbs[a.term] = { strength: a.strength, ...(a.note ? { note: a.note } : {}) };
  }
  const vaguePhrases = items(['vagueSources', 'phrases'], vs.phrases, 'phrase', { strength, note: optNote });
  const collectives = vs.collectives === undefined ? [] : items(['vagueSources', 'collectives'], vs.collectives, 'phrase', {});
  const reactions = vs.reactions === undefined ? [] : (c.strings(['vagueSources', 'reactions'], vs.reactions, (p, v) => c.str(p, v, { lower: true, pattern: WORD_RE })) ?? []);

  // ── agentless passive ──
  const ap = c.map(['agentlessPassive'], doc.agentlessPassive) ?? {};
  c.keys(['agentlessPassive'], ap, ['subjects', 'verbs'], ['subjects', 'verbs']);
  const subjects = c.strings(['agentlessPassive', 'subjects'], ap.subjects, (p, s) => c.str(p, s, { lower: true, pattern: WORD_RE })) ?? [];
  const passiveVerbs = {};
  for (const v of items(['agentlessPassive', 'verbs'], ap.verbs, 'lemma', {
    participles: [true, (p, v) => {
      const list = c.strings(p, v, (pp, s) => c.str(pp, s, { lower: true, pattern: WORD_RE }));
      if (list && !list.length) { report(p, 'expected at least one past participle'); return undefined; }
      return list;
    }],
    itThat: [true, (p, v) => c.enumOf(p, v, PASSIVE_STRENGTHS)],
    personal: [true, (p, v) => c.enumOf(p, v, PASSIVE_STRENGTHS)],
    note: optNote,
  }, { single: true })) {
    if (v.itThat === 'none' && v.personal === 'none') {
      const i = ap.verbs.findIndex((r) => r?.lemma === v.lemma);
      report(['agentlessPassive', 'verbs', i], `"${v.lemma}": itThat and personal are both "none"; remove the verb instead`);
      continue;
    }
    passiveVerbs[v.lemma] = { participles: v.participles, itThat: v.itThat, personal: v.personal, ...(v.note ? { note: v.note } : {}) };
  }

  // ── anonymous sources ──
  const an = c.map(['anonymousSources'], doc.anonymousSources) ?? {};
  c.keys(['anonymousSources'], an, ['nouns', 'modifiers', 'qualifiers', 'reasons'], ['nouns', 'qualifiers', 'reasons']);
  const anonNouns = {};
  const nounStrength = [true, (p, v) => c.enumOf(p, v, [...STRENGTHS, 'institutional'])];
  for (const n of items(['anonymousSources', 'nouns'], an.nouns, 'lemma', { strength: nounStrength }, { single: true })) {
    anonNouns[n.lemma] = { strength: n.strength, forms: inflections(n.lemma, ['NOUN']) };
  }
  const modifiers = [];
  if (an.modifiers !== undefined && !Array.isArray(an.modifiers)) report(['anonymousSources', 'modifiers'], 'expected a list of lower-case words');
  else (an.modifiers ?? []).forEach((m, i) => {
    if (typeof m !== 'string' || !/^[a-z][a-z-]*$/.test(m)) report(['anonymousSources', 'modifiers', i], `expected a single lower-case word; got ${show(m)}`);
    else if (modifiers.includes(m)) report(['anonymousSources', 'modifiers', i], `duplicate modifier ${show(m)}`);
    else modifiers.push(m);
  });
  const qualifiers = items(['anonymousSources', 'qualifiers'], an.qualifiers, 'phrase', {});
  const reasons = items(['anonymousSources', 'reasons'], an.reasons, 'phrase', {});
  // A reason must not be part of a qualifier (or the reverse): the rule could not tell them apart.
  reasons.forEach((r) => {
    for (const q of qualifiers) {
      if (containsRun(q.words, r.words) || containsRun(r.words, q.words)) {
        const i = an.reasons.findIndex((x) => x?.phrase === r.phrase);
        report(['anonymousSources', 'reasons', i], `reason ${show(r.phrase)} overlaps qualifier ${show(q.phrase)}: a phrase cannot both make a source anonymous and justify it`);
      }
    }
  });

  // ── claim markers ──
  const cm = c.map(['claimMarkers'], doc.claimMarkers) ?? {};
  c.keys(['claimMarkers'], cm, ['evaluative', 'predictions', 'causal', 'hedges', 'opinion'], ['evaluative', 'predictions', 'causal', 'hedges']);
  // Sweeping claims about what a group thinks: "Residents overwhelmingly oppose the tax increase."
  const op = cm.opinion === undefined ? {} : (c.map(['claimMarkers', 'opinion'], cm.opinion) ?? {});
  if (cm.opinion !== undefined) c.keys(['claimMarkers', 'opinion'], op, ['adverbs', 'verbs'], ['adverbs', 'verbs']);
  const opinionWords = (key) => op[key] === undefined ? [] : (c.strings(['claimMarkers', 'opinion', key], op[key], (p, v) => c.str(p, v, { lower: true, pattern: WORD_RE })) ?? []);
  const opinion = {
    adverbs: opinionWords('adverbs'),
    verbs: Object.fromEntries(opinionWords('verbs').map((v) => [v, { forms: inflections(v, ['VERB']) }])),
  };
  const evaluativeList = items(['claimMarkers', 'evaluative'], cm.evaluative, 'term', { strength, note: optNote });
  const evaluative = {};
  for (const e of evaluativeList) evaluative[e.term] = { strength: e.strength, words: e.words, ...(e.note ? { note: e.note } : {}) };
  const predictions = items(['claimMarkers', 'predictions'], cm.predictions, 'phrase', { strength, note: optNote });
  const causal = items(['claimMarkers', 'causal'], cm.causal, 'phrase', {
    strength, note: optNote,
    pos: [false, (p, v) => c.enumOf(p, v, ['VERB', 'ADP', 'SCONJ', 'ADV'])],
  });
  const hedges = items(['claimMarkers', 'hedges'], cm.hedges, 'phrase', { note: optNote });
  // A phrase cannot be both a hedge and a prediction or causal claim.
  for (const h of hedges) {
    for (const [name, list] of [['predictions', predictions], ['causal', causal]]) {
      if (list.some((x) => x.phrase === h.phrase)) {
        const i = cm.hedges.findIndex((x) => x?.phrase === h.phrase);
        report(['claimMarkers', 'hedges', i], `${show(h.phrase)} is also listed in claimMarkers.${name}; a hedge makes no claim`);
      }
    }
  }

  // ── index of multi-word and single-word phrases by their first word ──
  const phraseIndex = {};
  // Sections whose first word is a verb ("lead to", "be likely to", "tell reporters") are also indexed
  // by its inflections.
  const add = (section, list, verbish) => list.forEach((it, i) => {
    const first = it.words[0];
    const keys = new Set([first, ...(verbish && /^[a-z]+$/.test(first) ? inflections(first, ['VERB']) : [])]);
    for (const k of keys) (phraseIndex[k] ??= []).push(`${section}:${i}`);
  });
  add('attributionPhrases', attributionPhrases, true);
  add('vagueSources.quantifiers', quantifiers, false);
  add('vagueSources.phrases', vaguePhrases, false);
  add('anonymousSources.qualifiers', qualifiers, false);
  add('anonymousSources.reasons', reasons, false);
  add('claimMarkers.evaluative', evaluativeList, false);
  add('claimMarkers.predictions', predictions, true);
  add('claimMarkers.causal', causal, true);
  add('claimMarkers.hedges', hedges, true);

  return {
    version: 1,
    reportingVerbs,
    attributionPhrases,
    vagueSources: { quantifiers, groups, adverbs, phrases: vaguePhrases, collectives, reactions: Object.fromEntries(reactions.map((r) => [r, { forms: inflections(r, ['VERB']) }])) },
    agentlessPassive: { subjects, verbs: passiveVerbs },
    anonymousSources: { nouns: anonNouns, modifiers, qualifiers, reasons },
    claimMarkers: { evaluative, predictions, causal, hedges, opinion },
    phraseIndex,
  };
}

