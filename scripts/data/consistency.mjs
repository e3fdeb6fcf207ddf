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
//     "minorWords": ["of", "the", ...]                 // lower-case words inside capitalised terms
//   }
import { checker, show } from './lib/common.mjs';

export const source = 'server/data/consistency.yaml';
const WORD = [/^[a-z][a-z.'-]*$/, 'a lower-case word'];

export function compile(doc, report) {
  const c = checker(report);
  if (!c.map([], doc, 'a mapping with version, distinctWords, titles, personContext and minorWords')) return undefined;
  c.keys([], doc, ['version', 'distinctWords', 'titles', 'personContext', 'minorWords'], ['version', 'distinctWords', 'titles', 'personContext', 'minorWords']);
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
  return { version: 1, distinctWords, titles: words('titles'), personContext: words('personContext'), minorWords: words('minorWords') };
}
