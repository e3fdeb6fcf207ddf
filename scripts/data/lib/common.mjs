// Shared validation and tokenising helpers for the data compilers in scripts/data/*.mjs.
// (This folder is not scanned by scripts/build-data.mjs: only scripts/data/*.mjs are compilers.)

/** The house styles a data file may name. `ap` is the default style of the engine. */
export const STYLES = ['ap', 'reuters', 'bbc', 'guardian', 'nyt'];

/** Universal POS tags (the tag set wink-nlp and the engine use). */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];

/** Forms of "be", "have" and "do" inside phrases compile to the lemma, so "it is worth noting" also
 *  matches "it's worth noting" and "it was worth noting" (the engine compares each phrase word with a
 *  token's lemma or its lower-case text). */
const AUX_LEMMA = {
  is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', am: 'be', "'s": 'be', "'re": 'be',
  has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do',
};

/** Irregular inflections of the lemmas used in the data files (regular ones are derived). */
const IRREGULAR = {
  be: ['is', 'are', 'was', 'were', 'been', 'being', 'am'], have: ['has', 'had'], do: ['does', 'did', 'done'],
  spin: ['spun'], hit: ['hit'], shoot: ['shot'], tear: ['tore', 'torn'], lay: ['laid'], spit: ['spat'],
  strike: ['struck', 'stricken'], speak: ['spoke', 'spoken'], sting: ['stung'], fight: ['fought'],
  take: ['took', 'taken'], make: ['made'], win: ['won'], run: ['ran'], fall: ['fell', 'fallen'],
  bring: ['brought'], catch: ['caught'], get: ['got', 'gotten'], give: ['gave', 'given'], break: ['broke', 'broken'],
  blow: ['blew', 'blown'], throw: ['threw', 'thrown'], drive: ['drove', 'driven'], lead: ['led'], beat: ['beaten'],
  sell: ['sold'], tell: ['told'], say: ['said'], think: ['thought'], seek: ['sought'], feel: ['felt'],
  leave: ['left'], hold: ['held'], stand: ['stood'], understand: ['understood'], write: ['wrote', 'written'],
  rise: ['rose', 'risen'], shake: ['shook', 'shaken'], swear: ['swore', 'sworn'], freeze: ['froze', 'frozen'],
  bleed: ['bled'], feed: ['fed'], flee: ['fled'], swing: ['swung'], grind: ['ground'], find: ['found'],
  dig: ['dug'], hang: ['hung'], keep: ['kept'], sweep: ['swept'], fly: ['flew', 'flown'], ride: ['rode', 'ridden'],
  go: ['went', 'gone'], come: ['came'], see: ['saw', 'seen'], know: ['knew', 'known'], choose: ['chose', 'chosen'],
  slay: ['slew', 'slain'], let: ['let'], set: ['set'], put: ['put'], cut: ['cut'], shut: ['shut'], burst: ['burst'],
  cast: ['cast'], hurt: ['hurt'], spread: ['spread'], split: ['split'], quit: ['quit'], bid: ['bid'], send: ['sent'],
  spend: ['spent'], build: ['built'], deal: ['dealt'], mean: ['meant'], pay: ['paid'], learn: ['learnt'],
  spell: ['spelt'], burn: ['burnt'], dream: ['dreamt'], spill: ['spilt'], spoil: ['spoilt'], smell: ['smelt'],
};

/** True if `word` is `lemma` or a regular or listed irregular inflection of it
 *  (slam: slams, slammed, slamming; choke: choked, choking; cry: cries, cried; panic: panicked). */
export function isInflectionOf(word, lemma) {
  if (word === lemma) return true;
  if (IRREGULAR[lemma]?.includes(word)) return true;
  const stems = new Set([lemma]);
  if (lemma.endsWith('e')) stems.add(lemma.slice(0, -1));
  if (/[^aeiou]y$/.test(lemma)) stems.add(lemma.slice(0, -1) + 'i');
  if (/(^|[^aeiou])[aeiou][bdgklmnprtvz]$/.test(lemma)) stems.add(lemma + lemma.at(-1));
  if (lemma.endsWith('c')) stems.add(lemma + 'k');
  for (const stem of stems) {
    const rest = word.startsWith(stem) ? word.slice(stem.length) : null;
    if (rest !== null && ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'est'].includes(rest)) return true;
  }
  return false;
}

/** Surface forms of a lemma for the given POS tags (no tags: noun and verb forms), so the engine can
 *  match by text where the lemmatizer fails ("griped" lemmatised as "grip"). Over-generation (both
 *  "cratered" and "craterred") is harmless: only real words occur in text. */
export function inflections(word, pos) {
  const out = new Set([word]);
  const verb = !pos || pos.includes('VERB');
  const noun = !pos || pos.includes('NOUN');
  if (verb || noun) {
    out.add(/(s|x|z|ch|sh)$/.test(word) ? word + 'es' : /[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : word + 's');
  }
  if (verb) {
    for (const f of IRREGULAR[word] ?? []) out.add(f);
    if (word.endsWith('e')) {
      out.add(word + 'd');
      out.add(/(ee|ye|oe)$/.test(word) ? word + 'ing' : word.slice(0, -1) + 'ing');
    } else if (/[^aeiou]y$/.test(word)) {
      out.add(word.slice(0, -1) + 'ied');
      out.add(word + 'ing');
    } else {
      out.add(word + 'ed');
      out.add(word + 'ing');
      if (/(^|[^aeiou])[aeiou][bdgklmnprtvz]$/.test(word)) {
        out.add(word + word.at(-1) + 'ed');
        out.add(word + word.at(-1) + 'ing');
      }
      if (word.endsWith('c')) { out.add(word + 'ked'); out.add(word + 'king'); }
    }
  }
  return [...out];
}

/** Splits a phrase into the tokens the engine sees: words at spaces, and a hyphen as a token of its
 *  own ("so-called" -> so, -, called), as the tokenizer does. Forms of be/have/do become lemmas. */
export function phraseWords(text) {
  const out = [];
  for (const w of text.trim().split(/\s+/)) {
    const parts = w.split(/(-)/).filter(Boolean);
    for (const p of parts) out.push(AUX_LEMMA[p] ?? p);
  }
  return out;
}

/** Finds where the term's words sit inside an exception's words, allowing the term's words to be
 *  inflected (for a single-word term or the first word of a phrase). Returns the index or -1. */
export function findTermIn(termWords, words) {
  outer: for (let i = 0; i + termWords.length <= words.length; i++) {
    for (let j = 0; j < termWords.length; j++) {
      const w = words[i + j];
      const t = termWords[j];
      if (!(w === t || isInflectionOf(w, t))) continue outer;
    }
    return i;
  }
  return -1;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular-expression source matching a literal phrase as a whole word sequence: any run of
 *  white space between words, no letter or digit immediately before or after. */
export function phraseRegexSource(phrase) {
  const body = phrase.trim().split(/\s+/).map((w) => escapeRe(w).replace(/['\u2019]/g, "['\u2019]")).join('\\s+');
  const start = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}_])' : '';
  return `${start}${body}(?![\\p{L}\\p{N}_])`;
}

/** One regular-expression source matching any of `forms` as whole words, built as a character trie
 *  so that the engine tries one branch per character instead of every form in turn (thousands of
 *  alternatives in a flat alternation are orders of magnitude slower). Runs of spaces in a form match
 *  any white space; an apostrophe matches ' or ’. With `caseInsensitive` the trie is built on
 *  lower-cased forms and the caller must use the "i" flag. */
export function trieRegexSource(forms, { caseInsensitive = false } = {}) {
  const root = new Map();
  const END = '';
  for (let f of new Set(forms.map((x) => (caseInsensitive ? x.toLowerCase() : x)))) {
    f = f.trim().replace(/\s+/g, ' ').replace(/\u2019/g, "'");
    let node = root;
    for (const ch of f) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set(END, null);
  }
  const atom = (ch) => (ch === ' ' ? '\\s+' : ch === "'" ? "['\u2019]" : escapeRe(ch));
  const emit = (node) => {
    const branches = [];
    let optional = false;
    for (const [ch, child] of node) {
      if (ch === END) optional = true;
      else branches.push(atom(ch) + emit(child));
    }
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return optional ? `(?:${body})?` : body;
  };
  return `(?<![\\p{L}\\p{N}_])${emit(root)}(?![\\p{L}\\p{N}_])`;
}

export const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : JSON.stringify(v));
export const oneOf = (list) => list.join(', ');

/**
 * Validation helpers bound to one `report`. Each returns the value when it is valid, else undefined
 * (and reports what was expected at the path).
 */
export function checker(report) {
  const c = {
    map(path, v, what = 'a mapping') {
      if (v && typeof v === 'object' && !Array.isArray(v)) return v;
      report(path, `expected ${what}; got ${show(v)}`);
      return undefined;
    },
    list(path, v, what = 'a list') {
      if (Array.isArray(v)) return v;
      report(path, `expected ${what}; got ${show(v)}`);
      return undefined;
    },
    keys(path, obj, allowed, required = []) {
      for (const k of Object.keys(obj)) {
        if (!allowed.includes(k)) report([...path, k], `unknown field "${k}"; expected one of ${oneOf(allowed)}`);
      }
      let ok = true;
      for (const k of required) {
        if (obj[k] === undefined || obj[k] === null) {
          report(path, `missing required field "${k}"`);
          ok = false;
        }
      }
      return ok;
    },
    /** A non-empty string; options: lower (must be lower case), max (length), pattern [re, what]. */
    str(path, v, opts = {}) {
      if (typeof v !== 'string' || !v.trim()) {
        const hint = typeof v === 'boolean' || typeof v === 'number' || v === null ? ' (YAML reads unquoted true/false/yes/no/null and numbers as non-strings: quote it)' : '';
        report(path, `expected ${opts.what ?? 'a non-empty string'}; got ${show(v)}${hint}`);
        return undefined;
      }
      if (v !== v.trim() || /\s{2,}/.test(v)) {
        report(path, `expected no leading, trailing or doubled spaces; got ${show(v)}`);
        return undefined;
      }
      if (opts.lower && v !== v.toLowerCase()) {
        report(path, `expected lower case (matching is case-insensitive); got ${show(v)}, write ${show(v.toLowerCase())}`);
        return undefined;
      }
      if (opts.max && v.length > opts.max) {
        report(path, `expected at most ${opts.max} characters (it is shown in a hover); got ${v.length}`);
        return undefined;
      }
      if (opts.pattern && !opts.pattern[0].test(v)) {
        report(path, `expected ${opts.pattern[1]}; got ${show(v)}`);
        return undefined;
      }
      return v;
    },
    enumOf(path, v, allowed) {
      if (typeof v === 'string' && allowed.includes(v)) return v;
      report(path, `expected one of ${oneOf(allowed)}; got ${show(v)}`);
      return undefined;
    },
    bool(path, v) {
      if (typeof v === 'boolean') return v;
      report(path, `expected true or false; got ${show(v)}`);
      return undefined;
    },
    /** A list of unique strings, each checked by `each(path, value)`. */
    strings(path, v, each, what = 'a list of strings', { caseSensitive = false } = {}) {
      const arr = c.list(path, v, what);
      if (!arr) return undefined;
      const seen = new Map();
      const out = [];
      arr.forEach((s, i) => {
        const ok = each([...path, i], s);
        if (ok === undefined) return;
        const key = typeof ok === 'string' && !caseSensitive ? ok.toLowerCase() : ok;
        if (seen.has(key)) {
          report([...path, i], `duplicate ${show(ok)} (also at ${[...path, seen.get(key)].join('.')})`);
          return;
        }
        seen.set(key, i);
        out.push(ok);
      });
      return out;
    },
    styles(path, v) {
      return c.strings(path, v, (p, s) => c.enumOf(p, s, STYLES), `a list of style ids (${oneOf(STYLES)})`);
    },
  };
  return c;
}
