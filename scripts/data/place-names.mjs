// Compiler for server/data/place-names.yaml: outdated or non-house place names.
//
// Compiled JSON (server/generated/place-names.json):
//
//   {
//     "version": 1,
//     "styles": ["ap", "reuters", "bbc", "guardian", "nyt"],
//     "entries": [
//       {
//         "outdated": "Kiev",                 // the form to flag, as written (case-sensitive)
//         "also": ["KIEV"],                   // other spellings of it, incl. the all-caps form used in
//                                             // datelines (always added by the compiler)
//         "preferred": "Kyiv",
//         "styles": ["ap", "reuters", ...],   // house styles that use `preferred`; flag only when the
//                                             // document's style is listed
//         "kind": "renamed" | "transliteration" | "house-style",
//         "source": "…", "note": "…",
//         "ambiguous"?: "…",                  // the form has other common referents (a surname, a U.S.
//                                             // town, a region): report at lower severity, or only when
//                                             // the context shows the place is meant
//         "context"?: ["Ukraine", ...],        // for an ambiguous form: names that, in the same paragraph,
//                                             // show the place is meant (as does the preferred form
//                                             // anywhere in the draft)
//         "otherContext"?: ["Texas", ...],     // names of the other referent's region: anywhere in the
//                                             // draft, they cancel what `context` shows
//         "exceptions": [ { "phrase": "chicken Kiev", "re": "<regex source>" } ]
//                                             // fixed names and historical phrases; match the regex with
//                                             // flags "giu" and drop hits inside its match. The preferred
//                                             // name is added when it contains the outdated one
//                                             // ("North Macedonia")
//       }
//     ],
//     "byForm": { "Kiev": 0, "KIEV": 0, ... },   // text of a match (white space collapsed to one
//                                                 // space) -> entry index
//     "scanner": { "source": "…", "flags": "gu" } // finds every outdated form in raw text (whole words,
//                                                 // longest first); look the match up in byForm
//   }
import { checker, phraseRegexSource, trieRegexSource, show, STYLES } from './lib/common.mjs';

export const source = 'server/data/place-names.yaml';
export const KINDS = ['renamed', 'transliteration', 'house-style'];
const FIELDS = ['outdated', 'also', 'preferred', 'styles', 'kind', 'source', 'note', 'ambiguous', 'context', 'otherContext', 'exceptions'];
const NAME = [/^[A-ZÀ-Ý][\p{L}'’. -]*[\p{L}.]$/u, 'a capitalized place name'];

/** Does `phrase` contain `name` as a whole word sequence (case-insensitive)? */
function containsName(phrase, name) {
  return new RegExp(phraseRegexSource(name), 'iu').test(phrase);
}

export function compile(doc, report) {
  const c = checker(report);
  if (!c.map([], doc, 'a mapping with "version" and "entries"')) return undefined;
  c.keys([], doc, ['version', 'entries'], ['version', 'entries']);
  if (doc.version !== undefined && doc.version !== 1) report(['version'], `expected 1; got ${show(doc.version)}`);
  const list = c.list(['entries'], doc.entries, 'a list of entries');
  if (!list) return undefined;

  const entries = [];
  const byForm = {};
  const formAt = new Map(); // lower-cased form -> entries path
  list.forEach((raw, i) => {
    const p = ['entries', i];
    if (!c.map(p, raw, 'an entry (outdated, preferred, styles, kind, source, note)')) return;
    if (!c.keys(p, raw, FIELDS, ['outdated', 'preferred', 'styles', 'kind', 'source', 'note'])) return;
    let ok = true;
    const outdated = c.str([...p, 'outdated'], raw.outdated, { pattern: NAME });
    const preferred = c.str([...p, 'preferred'], raw.preferred, { pattern: NAME });
    if (outdated === undefined || preferred === undefined) ok = false;
    if (outdated && preferred && outdated === preferred) {
      report([...p, 'preferred'], `the preferred form must differ from the outdated one; got ${show(preferred)}`);
      ok = false;
    }
    const styles = c.styles([...p, 'styles'], raw.styles);
    if (styles === undefined) ok = false;
    else if (!styles.length) { report([...p, 'styles'], `expected at least one style id (${STYLES.join(', ')}); a form no house style prefers is not an entry`); ok = false; }
    const kind = c.enumOf([...p, 'kind'], raw.kind, KINDS);
    const src = c.str([...p, 'source'], raw.source);
    const note = c.str([...p, 'note'], raw.note, { max: 240 });
    if (kind === undefined || src === undefined || note === undefined) ok = false;
    let ambiguous;
    if (raw.ambiguous !== undefined) {
      ambiguous = c.str([...p, 'ambiguous'], raw.ambiguous, { max: 240 });
      if (ambiguous === undefined) ok = false;
    }
    let context;
    if (raw.context !== undefined) {
      if (ambiguous === undefined) report([...p, 'context'], 'context is for an ambiguous entry: add "ambiguous" or remove "context"');
      context = c.strings([...p, 'context'], raw.context, (pp, s) => c.str(pp, s, { pattern: NAME }), 'a list of place names') ?? (ok = false, undefined);
    }
    let otherContext;
    if (raw.otherContext !== undefined) {
      if (context === undefined) report([...p, 'otherContext'], 'otherContext goes with context: add "context" or remove "otherContext"');
      otherContext = c.strings([...p, 'otherContext'], raw.otherContext, (pp, s) => c.str(pp, s, { pattern: NAME }), 'a list of place names') ?? (ok = false, undefined);
    }
    let also = [];
    if (raw.also !== undefined) {
      also = c.strings([...p, 'also'], raw.also, (pp, s) => {
        const v = c.str(pp, s, { pattern: NAME });
        if (v !== undefined && v === outdated) { report(pp, `"also" lists other spellings; ${show(v)} is the outdated form itself`); return undefined; }
        return v;
      }) ?? (ok = false, []);
    }
    let exceptions = [];
    if (raw.exceptions !== undefined) {
      const forms = [outdated, ...also].filter(Boolean);
      const ex = c.strings([...p, 'exceptions'], raw.exceptions, (pp, s) => {
        const v = c.str(pp, s);
        if (v === undefined || !outdated) return v;
        if (!forms.some((f) => containsName(v, f))) {
          report(pp, `an exception must contain ${forms.map((f) => `"${f}"`).join(' or ')} as a whole word; got ${show(v)}`);
          return undefined;
        }
        if (forms.some((f) => f.toLowerCase() === v.toLowerCase())) {
          report(pp, `an exception must be longer than the name itself; got ${show(v)}`);
          return undefined;
        }
        return v;
      }, 'a list of phrases containing the outdated name');
      if (ex === undefined) ok = false;
      else exceptions = ex.map((phrase) => ({ phrase, re: phraseRegexSource(phrase) }));
    }
    if (!ok) return;
    // When the preferred name contains the outdated one ("North Macedonia"), it is an exception itself.
    if ([outdated, ...also].some((f) => containsName(preferred, f)) && !exceptions.some((e) => e.phrase.toLowerCase() === preferred.toLowerCase())) {
      exceptions.push({ phrase: preferred, re: phraseRegexSource(preferred) });
    }
    const forms = [outdated, ...also];
    const upper = outdated.toUpperCase();
    if (!forms.includes(upper)) { also = [...also, upper]; forms.push(upper); }
    for (const f of forms) {
      const key = f.toLowerCase();
      if (formAt.has(key) && formAt.get(key) !== i) {
        report([...p, f === outdated ? 'outdated' : 'also'], `duplicate place name ${show(f)} (also entries.${formAt.get(key)})`);
        return;
      }
      formAt.set(key, i);
    }
    const index = entries.length;
    for (const f of forms) byForm[f] = index;
    entries.push({
      outdated, also, preferred, styles, kind, source: src, note,
      ...(ambiguous ? { ambiguous } : {}), ...(context ? { context } : {}), ...(otherContext ? { otherContext } : {}), exceptions, _path: i,
    });
  });

  // A preferred form must not itself be flagged by another entry (no chains such as A -> B -> C).
  for (const e of entries) {
    const target = formAt.get(e.preferred.toLowerCase());
    if (target !== undefined) {
      report(['entries', e._path, 'preferred'], `${show(e.preferred)} is itself an outdated form (entries.${target}); point both entries at the current name`);
    }
  }
  for (const e of entries) delete e._path;

  const scanner = { source: trieRegexSource(Object.keys(byForm)), flags: 'gu' };
  return { version: 1, styles: STYLES, entries, byForm, scanner };
}
