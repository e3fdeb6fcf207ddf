// Compiler for server/data/loaded-language.yaml, the loaded-language lexicon.
//
// The YAML has `version`, an optional `sources` map (short key -> citation, so that an entry's
// `source` may be a key) and `entries`; see the header of the YAML file for the entry fields.
//
// Compiled JSON (server/generated/loaded-language.json):
//
//   {
//     "version": 1,
//     "kinds": { "<kind>": { "severity": "warning" | "info" } },   // default severity per kind
//     "entries": [
//       {
//         "term": "lash out",                  // as written in the YAML (lower case)
//         "words": ["lash", "out"],            // tokens to match, in order: each word matches a token
//                                              // whose lemma OR lower-cased text equals it; a hyphen is
//                                              // its own token ("so-called" -> so, -, called); forms of
//                                              // be/have/do are lemmatised ("it is" -> it, be)
//         "forms": ["lash", "lashes", "lashed", "lashing"],  // surface forms of the first word, for
//                                              // when the lemmatizer gets it wrong ("griped" -> "grip")
//         "kind": "said-synonym",              // said-synonym | emotive | puffery | editorializing | doubt | labels
//         "pos": ["VERB"] | null,              // Universal POS tags one of which the (first) token must carry
//         "context": "any",                    // any | speech | sentence-adverb | label | attributive (see below)
//         "severity": "warning" | "info" | "hint",   // the kind's default unless the entry overrides it
//         "alternatives": ["criticize"],       // neutral replacements, base form; [] = cut or rewrite
//         "note": "…",                         // hover text addressed to the reporter
//         "source": "…",                       // style guide(s) the entry follows
//         "factualSubjects": ["reporter"],     // optional, said-synonym and emotive verbs: nouns that, heading the
//                                              // verb's subject, make it a statement of fact, not a
//                                              // loaded verb of saying ("an audit revealed that ...")
//         "exceptions": [
//           { "phrase": "slam into", "words": ["slam", "into"], "at": 0 }
//           // words as above, with the term's own (possibly inflected) words replaced by the lemma so
//           // that "slammed into" also covers "slams into"; "*" matches exactly one token. `at` is the
//           // index in `words` where the term starts: a hit at token i is exempt when the exception's
//           // other words match the tokens around it (starting at i - at); the term's own words need
//           // no second check.
//         ]
//       }
//     ],
//     "index": { "<first word or one of its forms>": [entryIndex, ...] }
//                  // look up a token's lemma and its lower-cased text; when several entries match
//                  // overlapping tokens ("undisputed king" and "undisputed"), report the longest
//   }
//
// Contexts (where the engine should flag the entry; quotations are never flagged):
//   any             – wherever the word appears in the reporter's voice (exceptions aside);
//   speech          – only as a verb of saying: introducing a quotation, a that-clause or a reported
//                     clause, or in an attribution tag ('…,' he claimed). "claimed responsibility",
//                     "admitted to hospital", "snapped a losing streak", "vowed to" + action are not speech;
//   sentence-adverb – only when the adverb comments on the whole clause: sentence-initial, set off by
//                     commas, or between subject and verb ("Clearly, …", "he clearly lied"); not manner
//                     ("spoke clearly") or degree ("clearly visible");
//   label           – only as a name for a person, group or government, not as the first part of a
//                     compound with a common noun ("tax regime", "cult film");
//   attributive     – only before a noun it modifies ("blowout earnings").
import { checker, phraseWords, findTermIn, inflections, UPOS, show } from './lib/common.mjs';

export const source = 'server/data/loaded-language.yaml';

export const KINDS = {
  'said-synonym': 'warning',
  emotive: 'warning',
  labels: 'warning',
  doubt: 'warning',
  editorializing: 'info',
  puffery: 'info',
};
export const CONTEXTS = ['any', 'speech', 'sentence-adverb', 'label', 'attributive'];
export const SEVERITIES = ['warning', 'info', 'hint'];
const FIELDS = ['term', 'kind', 'pos', 'context', 'severity', 'alternatives', 'note', 'exceptions', 'factualSubjects', 'source'];

/** Words news uses neutrally, or that wire style requires: never entries of this lexicon. The reason
 *  is part of the error message. */
export const NEVER_LOADED = {
  say: 'the neutral verb of attribution', tell: 'a neutral reporting verb', add: 'a neutral reporting verb',
  note: 'a neutral reporting verb', state: 'a neutral reporting verb', explain: 'a neutral reporting verb',
  argue: 'a neutral reporting verb', estimate: 'a neutral reporting verb', write: 'a neutral reporting verb',
  ask: 'a neutral reporting verb', reply: 'a neutral reporting verb', respond: 'a neutral reporting verb',
  warn: 'a neutral reporting verb', acknowledge: 'the neutral alternative to "admit"', announce: 'a neutral reporting verb',
  report: 'a neutral reporting verb', deny: 'a neutral reporting verb', confirm: 'a neutral reporting verb',
  testify: 'a neutral reporting verb', accuse: 'a neutral reporting verb', allege: 'required in legal reporting',
  alleged: 'required in crime reporting for unproven charges', allegedly: 'handled by the attribution rules',
  attack: 'a plain news word', crisis: 'a plain news word', violence: 'a plain news word', victim: 'a plain news word',
  critical: 'a plain news word', key: 'a plain news word', major: 'a plain news word', strong: 'a plain news word',
  only: 'a focusing word, not loaded', just: 'a focusing word, not loaded', even: 'a focusing word, not loaded',
  militant: 'accepted by AP and Reuters and recommended by the BBC instead of "terrorist"',
  terrorism: 'usable without attribution for acts that fit the definition (AP, Reuters)',
};

export function compile(doc, report) {
  const c = checker(report);
  if (!c.map([], doc, 'a mapping with "version" and "entries"')) return undefined;
  c.keys([], doc, ['version', 'sources', 'entries'], ['version', 'entries']);
  // `sources`: shared citations; an entry's `source` may be one of these keys instead of a citation.
  const sources = {};
  if (doc.sources !== undefined && c.map(['sources'], doc.sources, 'a mapping from a short key to a citation')) {
    for (const [k, v] of Object.entries(doc.sources)) {
      if (!/^[a-z][a-z0-9-]*$/.test(k)) report(['sources', k], `expected a lower-case key (letters, digits, hyphens); got ${show(k)}`);
      else if (c.str(['sources', k], v) !== undefined) sources[k] = v;
    }
  }
  if (doc.version !== undefined && doc.version !== 1) report(['version'], `expected 1; got ${show(doc.version)}`);
  const list = c.list(['entries'], doc.entries, 'a list of entries');
  if (!list) return undefined;

  const entries = [];
  const byTerm = new Map(); // term -> [{ index, pos }]
  list.forEach((raw, i) => {
    const p = ['entries', i];
    if (!c.map(p, raw, 'an entry (a mapping with term, kind, alternatives, note, source)')) return;
    c.keys(p, raw, FIELDS, ['term', 'kind', 'alternatives', 'note', 'source']);
    let ok = true;
    const term = raw.term === undefined ? undefined : c.str([...p, 'term'], raw.term, {
      lower: true, pattern: [/^[a-z][a-z' -]*[a-z]$/, 'letters, spaces, hyphens or apostrophes (a lemma or a phrase)'],
    });
    if (term === undefined) ok = false;
    if (term && NEVER_LOADED[term]) {
      report([...p, 'term'], `"${term}" is ${NEVER_LOADED[term]}; leave it out of the lexicon`);
      ok = false;
    }
    const kind = raw.kind === undefined ? undefined : c.enumOf([...p, 'kind'], raw.kind, Object.keys(KINDS));
    if (kind === undefined) ok = false;

    let pos = null;
    if (raw.pos !== undefined) {
      pos = c.strings([...p, 'pos'], raw.pos, (pp, t) => c.enumOf(pp, t, UPOS), `a list of Universal POS tags (${UPOS.join(', ')})`);
      if (pos && !pos.length) { report([...p, 'pos'], 'expected at least one POS tag, or no "pos" field'); pos = null; }
    }
    if (kind === 'said-synonym' && pos && !pos.includes('VERB')) {
      report([...p, 'pos'], `a said-synonym is a verb: expected pos to include VERB; got [${pos.join(', ')}]`);
      ok = false;
    }

    const context = raw.context === undefined ? 'any' : c.enumOf([...p, 'context'], raw.context, CONTEXTS);
    if (context === undefined) ok = false;
    const multi = term ? /[ -]/.test(term) : false;
    if (context === 'sentence-adverb' && !multi && !(pos && pos.includes('ADV'))) {
      report([...p, 'context'], 'context sentence-adverb needs pos [ADV] (or a multi-word phrase)');
      ok = false;
    }
    if (context === 'speech' && !(kind === 'said-synonym' || (pos && pos.includes('VERB')))) {
      report([...p, 'context'], 'context speech is for verbs of saying: expected kind said-synonym or pos [VERB]');
      ok = false;
    }
    if (context === 'label' && pos && !pos.some((t) => t === 'NOUN')) {
      report([...p, 'context'], 'context label is for nouns: expected pos to include NOUN');
      ok = false;
    }

    let severity;
    if (raw.severity !== undefined) {
      severity = c.enumOf([...p, 'severity'], raw.severity, SEVERITIES);
      if (severity === undefined) ok = false;
      else if (kind && severity === KINDS[kind]) {
        report([...p, 'severity'], `"${severity}" is already the default for ${kind}; remove the field`);
      }
    }

    const alternatives = raw.alternatives === undefined ? undefined : c.strings([...p, 'alternatives'], raw.alternatives, (pp, s) => {
      const v = c.str(pp, s, { lower: true });
      if (v !== undefined && term && v === term) {
        report(pp, `an alternative must differ from the term; got ${show(v)} (use [] when the fix is to cut or rewrite)`);
        return undefined;
      }
      return v;
    }, 'a list of neutral replacements ([] when the fix is to cut or rewrite)');
    if (alternatives === undefined) ok = false;

    const note = raw.note === undefined ? undefined : c.str([...p, 'note'], raw.note, { max: 240 });
    let src = raw.source === undefined ? undefined : c.str([...p, 'source'], raw.source);
    if (src !== undefined && /^[a-z][a-z0-9-]*$/.test(src)) {
      if (sources[src]) src = sources[src];
      else {
        report([...p, 'source'], `expected a citation or one of the keys of "sources" (${Object.keys(sources).join(', ')}); got ${show(src)}`);
        src = undefined;
      }
    }
    if (note === undefined || src === undefined) ok = false;

    const termWords = term ? phraseWords(term) : [];
    let exceptions = [];
    if (raw.exceptions !== undefined) {
      const ex = c.strings([...p, 'exceptions'], raw.exceptions, (pp, s) => {
        const v = c.str(pp, s, { lower: true });
        if (v === undefined || !term) return v;
        const words = phraseWords(v);
        const at = findTermIn(termWords, words);
        if (at < 0) {
          report(pp, `an exception must contain the term "${term}" (any inflection); got ${show(v)}`);
          return undefined;
        }
        if (words.length === termWords.length) {
          report(pp, `an exception must be longer than the term itself; got ${show(v)}`);
          return undefined;
        }
        if (words[0] === '*' || words.at(-1) === '*') {
          report(pp, `"*" (any one word) may only stand between words; got ${show(v)}`);
          return undefined;
        }
        return v;
      }, 'a list of lower-case phrases containing the term');
      if (ex === undefined) ok = false;
      else {
        exceptions = ex.map((phrase) => {
          const words = phraseWords(phrase);
          const at = findTermIn(termWords, words);
          for (let j = 0; j < termWords.length; j++) words[at + j] = termWords[j];
          return { phrase, words, at };
        });
      }
    }

    let factualSubjects;
    if (raw.factualSubjects !== undefined) {
      factualSubjects = c.strings([...p, 'factualSubjects'], raw.factualSubjects, (pp, s) => {
        const v = c.str(pp, s, { lower: true });
        if (v !== undefined && !/^[a-z][a-z-]*$/.test(v)) {
          report(pp, `expected one lower-case noun; got ${show(v)}`);
          return undefined;
        }
        return v;
      }, 'a list of lower-case nouns');
      if (factualSubjects === undefined) ok = false;
      else if (kind !== 'said-synonym' && kind !== 'emotive') {
        report([...p, 'factualSubjects'], 'only said-synonym and emotive entries take factualSubjects');
        ok = false;
      }
    }

    if (term && kind) {
      const prev = byTerm.get(term) ?? [];
      for (const o of prev) {
        if (!pos || !o.pos || pos.some((t) => o.pos.includes(t))) {
          report([...p, 'term'], `duplicate term "${term}" (also entries.${o.index}); give the entries disjoint pos lists or merge them`);
          ok = false;
          break;
        }
      }
      prev.push({ index: i, pos });
      byTerm.set(term, prev);
    }

    if (!ok) return;
    // Surface forms of the first word (a hyphenated first word has none beyond itself).
    const forms = termWords[0] === '-' || termWords.length > 1 && termWords[1] === '-' ? [termWords[0]] : inflections(termWords[0], pos);
    entries.push({
      term, words: termWords, forms, kind, pos, context, severity: severity ?? KINDS[kind],
      alternatives, note, source: src, exceptions, ...(factualSubjects ? { factualSubjects } : {}),
    });
  });

  const index = {};
  entries.forEach((e, i) => {
    for (const key of new Set([e.words[0], ...e.forms])) {
      const list = (index[key] ??= []);
      if (!list.includes(i)) list.push(i);
    }
  });
  return {
    version: 1,
    kinds: Object.fromEntries(Object.entries(KINDS).map(([k, s]) => [k, { severity: s }])),
    entries,
    index,
  };
}

