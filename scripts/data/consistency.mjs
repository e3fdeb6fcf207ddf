// Compiler for server/data/consistency.yaml, the consistency rules' own vocabulary (the term sets
// are server/data/term-variants.yaml, the place names server/data/place-names.yaml).
//
// Compiled JSON (server/generated/consistency.json):
//
//   {
//     "version": 1,
//     "distinctWords": [["re-sign", "resign"], ...],   // hyphenated and closed forms that are two words
//     "titles": ["mr.", "sen.", "president", ...],     // words before a person's name (lower case)
//     "personContext": ["who", "he", ...],             // words after a person's name
//     "minorWords": ["of", "the", ...],                // lower-case words inside capitalised terms
//     "abbreviations": [{ "short": "Ft.", "long": "Fort", "ap": "long" }, ...],
//                                                      // abbreviated first words of place names
//     "institutionHeads": ["council", ...],            // last words of institution names
//     "genericDeterminers": ["a", "state", ...],       // words before a generic lower-case use
//     "closedPrefixes": ["pre", "co", ...],             // prefixes AP writes closed ("preschool")
//     "nameHeads": ["county", "foods", ...]            // words after a place's or company's name
//                                                      // ("Brennerton County", "Norvale Foods")
//   }
import { checker, show } from './lib/common.mjs';

export const source = 'server/data/consistency.yaml';
const WORD = [/^[a-z][a-z.'-]*$/, 'a lower-case word'];

export function compile(doc, report) {
  const c = checker(report);
  const FIELDS = ['version', 'distinctWords', 'titles', 'personContext', 'minorWords', 'abbreviations', 'institutionHeads', 'genericDeterminers', 'closedPrefixes', 'nameHeads'];
  if (!c.map([], doc, `a mapping with ${FIELDS.join(', ')}`)) return undefined;
  c.keys([], doc, FIELDS, FIELDS.filter((f) => f !== 'closedPrefixes' && f !== 'nameHeads'));
  if (doc.version !== 1) report(['version'], `expected 1; got ${show(doc.version)}`);
  const distinctWords = [];
  const seen = new Set();
  (c.list(['distinctWords'], doc.distinctWords, 'a list of [hyphenated, closed] pairs') ?? []).forEach((pair, i) => {
    const p = ['distinctWords', i];
    if (!Array.isArray(pair) || pair.length !== 2) { report(p, `expected [hyphenated, closed]; got ${show(pair)}`); return; }
    const [h, w] = [c.str([...p, 0], pair[0], { lower: true, pattern: WORD }), c.str([...p, 1], pair[1], { lower: true, pattern: WORD })];
    if (!h || !w) return;
    if (!h.includes('-')) { report([...p, 0], `expected a hyphenated form; got ${show(h)}`); return; }
    if (h.replace(/-/g, '') !== w) { report([...p, 1], `expected ${show(h.replace(/-/g, ''))} (the hyphenated form without its hyphen); got ${show(w)}`); return; }
    if (seen.has(h)) { report(p, `duplicate pair ${show(h)}`); return; }
    seen.add(h);
    distinctWords.push([h, w]);
  });
  const words = (key) => c.strings([key], doc[key], (p, s) => c.str(p, s, { lower: true, pattern: WORD }), 'a list of lower-case words') ?? [];
  const abbreviations = [];
  (c.list(['abbreviations'], doc.abbreviations, 'a list of {short, long, ap}') ?? []).forEach((a, i) => {
    const p = ['abbreviations', i];
    if (!c.map(p, a, 'a mapping with short, long and ap') || !c.keys(p, a, ['short', 'long', 'ap'], ['short', 'long', 'ap'])) return;
    const short = c.str([...p, 'short'], a.short, { pattern: [/^\p{Lu}\p{Ll}*\.$/u, 'a capitalised abbreviation ending in a period'] });
    const long = c.str([...p, 'long'], a.long, { pattern: [/^\p{Lu}\p{Ll}+$/u, 'a capitalised word'] });
    const ap = c.enumOf([...p, 'ap'], a.ap, ['short', 'long']);
    if (!short || !long || !ap) return;
    if (short[0] !== long[0]) { report([...p, 'short'], `expected an abbreviation of ${show(long)}; got ${show(short)}`); return; }
    abbreviations.push({ short, long, ap });
  });
  return {
    version: 1, distinctWords, titles: words('titles'), personContext: words('personContext'), minorWords: words('minorWords'), abbreviations,
    institutionHeads: words('institutionHeads'), genericDeterminers: words('genericDeterminers'),
    closedPrefixes: doc.closedPrefixes === undefined ? [] : words('closedPrefixes'),
    nameHeads: doc.nameHeads === undefined ? [] : words('nameHeads'),
  };
}
