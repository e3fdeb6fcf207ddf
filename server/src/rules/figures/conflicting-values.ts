// figures/conflicting-values: one quantity of one thing given two values in a draft.
//
// Two figures are only compared when the draft shows they are the same thing:
//  - a definite reference back ("the 405,728 deliveries", "the $2,500 cap", "the two-year
//    emergency", "the 7% slide") whose noun matches an earlier figure's, when no earlier figure
//    has the same value in any form ("$48.6 million" / "the $48,600,000 spending plan");
//  - a repeat that differs by a typing slip (3,200 jobs / 2,300 jobs; 405,278 / 405,728);
//  - vote tallies that share one side (230-197 / 230-198), and a count of "no votes" against the
//    tally of the vote.
// Figures in quotations, forecasts, figures for other times ("a year earlier", "in 2019") or
// other subjects, and approximate figures that fit ("nearly $400 million" / "$391 million") are
// not compared.
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Fix } from '../../engine/types';
import type { Token } from '../../engine/nlp';
import { anchorStems, figuresModel, POSSESSIVE_DETERMINERS, sameValue, stem, type FiguresModel, type Quantity, type Tally } from './model';
import { figuresVocabulary, phraseAt, type FiguresVocabulary, cues } from './vocabulary';
import { roundingUnit, typoLike, typoLikeDigits, writeLike } from './numbers';

// Words that set a figure's thing apart from another of its kind ("a separate blast", "another 12
// people"), and, for references back, words of order and time as well ("a second plant", "later").
const APART: ReadonlySet<string> = new Set(['alone', 'separate', 'another', 'other', 'neighboring', 'neighbouring', 'nearby']);
const APART_WORDS: ReadonlySet<string> = new Set([...APART, 'second', 'later', 'earlier', 'previous']);

const YEAR = /^(1[7-9]\d\d|20\d\d)$/;
const UPPER_START = /^\p{Lu}/u;
const THREE_LETTERS = /\p{L}{3}/u;

/** Time words, years, months, weekdays and quarters near a figure (its clause, up to six words either side). */
function timeMarks(doc: Doc, model: FiguresModel, q: Quantity, v: FiguresVocabulary): Set<string> {
  const out = new Set<string>();
  const tokens = doc.tokens;
  const s = doc.sentences[q.sentence];
  const look = (i: number) => {
    const t = tokens[i];
    if (YEAR.test(t.text) && t.type === 'number') out.add(`y${t.text}`);
    else if (v.months.has(t.lower) && /^[A-Z]/.test(t.text)) out.add(`m${v.months.get(t.lower)}`);
    else if (v.weekdays.has(t.lower) && /^[A-Z]/.test(t.text)) out.add(`d${v.weekdays.get(t.lower)}`);
    else if ((t.lemma === 'quarter' || t.lemma === 'half') && i > s.firstToken) {
      const o = v.ordinals.get(tokens[i - 1].lower) ?? (/^(\d)(st|nd|rd|th)$/.exec(tokens[i - 1].lower)?.[1] ? +tokens[i - 1].lower[0] : undefined);
      if (o !== undefined) out.add(`${t.lemma}${o}`);
      else if (['previous', 'last', 'prior', 'year-earlier'].includes(tokens[i - 1].lower)) out.add('past');
    } else if (/^Q[1-4]$/.test(t.text)) out.add(`quarter${t.text[1]}`);
    if (phraseAt(tokens, i, v.timesPast, q.sentence)) out.add('past');
    else if (phraseAt(tokens, i, v.timesFuture, q.sentence)) out.add('future');
  };
  // An opening time phrase covers the sentence: "In April, the 1,520 cars it made ..."
  let comma = s.firstToken;
  while (comma < s.endToken && comma < s.firstToken + 6 && tokens[comma].text !== ',') comma++;
  const opening = tokens.slice(s.firstToken, comma);
  if (tokens[comma]?.text === ',' && comma < q.qualFirst && opening.length && !opening.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && (opening[0].pos === 'ADP' || opening[0].pos === 'DET' || opening[0].pos === 'ADJ')) {
    for (let i = s.firstToken; i < comma; i++) look(i);
  }
  for (let i = q.qualFirst - 1, n = 0; i >= s.firstToken && n < 6; i--, n++) {
    if ([';', ':', '—', '(', ')', ','].includes(tokens[i].text) || tokens[i].pos === 'CCONJ' || tokens[i].pos === 'SCONJ') break;
    const other = model.covering.get(i);
    if (other && other !== q) break;
    look(i);
  }
  for (let i = q.last + 1, n = 0; i < s.endToken && n < 6; i++, n++) {
    if ([';', ':', '—', '(', ')', ','].includes(tokens[i].text) || tokens[i].pos === 'CCONJ' || tokens[i].pos === 'SCONJ') break;
    const other = model.covering.get(i);
    if (other && other !== q) break;
    look(i);
  }
  return out;
}

/** A figure's time marks by kind, read once per figure: years, months, weekdays, quarters, halves. */
interface TimeSig {
  y: string[];
  m: string[];
  d: string[];
  quarter: string[];
  half: string[];
  past: boolean;
  future: boolean;
  /** Every year mark is before the article's year. */
  yearsPast: boolean;
}

const TIME_PREFIXES = ['y', 'm', 'd', 'quarter', 'half'] as const;
const WEEKDAY_MARK = /^d\d$/;

function timeSig(marks: Set<string>, articleYear: string): TimeSig {
  const sig: TimeSig = { y: [], m: [], d: [], quarter: [], half: [], past: marks.has('past'), future: marks.has('future'), yearsPast: true };
  for (const k of marks) {
    for (const prefix of TIME_PREFIXES) if (k.startsWith(prefix) && (prefix !== 'd' || WEEKDAY_MARK.test(k))) sig[prefix].push(k);
  }
  for (const k of sig.y) if (!(k.slice(1) < articleYear)) sig.yearsPast = false;
  return sig;
}

function timesConflict(a: TimeSig, b: TimeSig, event = false): boolean {
  for (const prefix of TIME_PREFIXES) {
    const x = a[prefix], y = b[prefix];
    if (x.length && y.length && !x.some((k) => y.includes(k))) return true;
    // A figure with no year is about the article's time: "the 71% turnout in 2020" is another time.
    if (prefix === 'y' && x.length + y.length > 0 && (!x.length || !y.length) && a.yearsPast && b.yearsPast) return true;
  }
  // (an event's time words say when it happened: "bought it last spring" ... "the purchase")
  return !event && (a.past !== b.past || a.future !== b.future);
}

/** "President Ana Ruiz said", "Ukrainian officials said": a name inside the source of a report in the sentence, not what the figure is about. */
function speaker(doc: Doc, i: number): boolean {
  const sentence = doc.tokens[i].sentence;
  return doc.reports.some((r) => r.sentence === sentence && !!r.source && i >= r.source.firstToken && i < r.source.endToken);
}

/**
 * The words of the dateline ("TOLEDO, Ohio"): the place the story is set in is named around many
 * of its figures ("a Toledo union") without making them about another subject.
 */
function datelineWords(doc: Doc): Set<string> {
  return doc.cached('figures/dateline-words', () => {
    const out = new Set<string>();
    const line = doc.frontMatter.dateline;
    if (line) for (const w of line.toLowerCase().split(/[^\p{L}.]+/u)) if (w) out.add(w);
    // the dateline written at the start of the first paragraph: capitals before a dash
    const first = doc.sentences.find((x) => { const b = doc.blocks[x.block]; return !!b && !(b.headline === true || b.kind === 'heading' || b.kind === 'title'); });
    if (first) {
      const caps: string[] = [];
      for (let i = first.firstToken; i < first.endToken && i < first.firstToken + 8; i++) {
        const t = doc.tokens[i];
        if (t.text === '—' || t.text === '–' || t.text === '-' || t.text === '--') { for (const c of caps) out.add(c); break; }
        if (/^[A-Z][A-Z.]+$/.test(t.text)) caps.push(t.lower);
        else if (t.text !== ',' && !/^[A-Z]/.test(t.text)) break;
      }
    }
    return out;
  });
}

/** Capitalised names near a figure: two figures about different named subjects are different things. */
function subjects(doc: Doc, q: Quantity, v: FiguresVocabulary, speakers = true): Set<string> {
  const out = new Set<string>();
  const tokens = doc.tokens;
  const s = doc.sentences[q.sentence];
  const place = datelineWords(doc);
  for (let i = Math.max(s.firstToken, q.qualFirst - 8); i <= Math.min(s.endToken - 1, q.headEnd + 4); i++) {
    const t = tokens[i];
    // (the figure's own noun is what is counted, not who: "seven Oscars")
    if (t.pos !== 'PROPN' || !UPPER_START.test(t.text) || i === s.firstToken || (i > q.last && i <= q.headEnd)) continue;
    if (v.months.has(t.lower) || v.weekdays.has(t.lower) || place.has(t.lower)) continue;
    if (!speakers && i < q.qualFirst && speaker(doc, i)) continue;
    out.add(t.lower);
  }
  return out;
}

function subjectsConflict(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

const figureText = (doc: Doc, q: Quantity) => doc.text.slice(q.start, q.end);

function replaceFix(doc: Doc, q: Quantity, other: Quantity, v: FiguresVocabulary): Fix[] {
  if (q.kind !== other.kind) return [];
  if (q.kind === 'duration' && q.unit !== other.unit) {
    if (!q.compound || !other.compound) return [];
    return [{ title: `Use the earlier figure (${figureText(doc, other)})`, edits: [{ offset: q.start, length: q.end - q.start, newText: figureText(doc, other).toLowerCase() }] }];
  }
  // "$44 million" for "$44 billion": the scale word
  if (q.number.scale && other.number.scale && q.number.scale.value !== other.number.scale.value && q.number.value / q.number.scale.value === other.number.value / other.number.scale.value) {
    const w = doc.tokens[q.number.end - 1];
    if (w && w.lower === q.number.scale.word.toLowerCase()) return [{ title: `Use the earlier figure (${figureText(doc, other)})`, edits: [{ offset: w.start, length: w.end - w.start, newText: other.number.scale.word }], preferred: true }];
  }
  const factor = q.number.value ? q.value / q.number.value : 1;
  const text = writeLike(other.value / factor, q.number, v);
  if (!text) return [];
  return [{ title: `Use the earlier figure (${figureText(doc, other)})`, edits: [{ offset: q.number.numStart, length: q.number.numEnd - q.number.numStart, newText: text }] }];
}

/** A figure's kind, with points of a lead or margin as one kind ("20 percentage points", "a 25-point lead"). */
function kindOf(q: Quantity): string {
  return q.kind === 'measure' && (q.unit === 'point' || q.unit === 'points') ? 'points' : q.kind;
}

function candidateKind(q: Quantity): boolean {
  return ['count', 'money', 'percent', 'duration', 'points', 'measure'].includes(kindOf(q)) && !q.quoted && q.high === undefined && !q.ago;
}

function comparable(a: Quantity, b: Quantity): boolean {
  if (kindOf(a) !== kindOf(b)) return false;
  if (a.rate && b.rate && a.rate !== b.rate) return false;
  if (a.kind === 'money') return a.currency === b.currency;
  return true;
}

/** Relatively close, or one typing slip apart. */
function nearMiss(a: Quantity, b: Quantity, digitsOf: (q: Quantity) => string): boolean {
  const x = a.value, y = b.value;
  if (x === y) return false;
  const rel = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
  if (a.number.words || b.number.words) return false;
  const da = digitsOf(a), db = digitsOf(b);
  const digits = Math.min(da.length, db.length);
  if (digits >= 3 && typoLikeDigits(da, db) && rel < 0.5) return true;
  return digits >= 4 && rel <= 0.02;
}

/** Two figures of two digits or more with two adjacent digits swapped ("85" and "58"). */
function swappedPair(a: Quantity, b: Quantity, digitsOf: (q: Quantity) => string): boolean {
  if (a.number.words || b.number.words || a.number.scale?.value !== b.number.scale?.value) return false;
  const x = digitsOf(a), y = digitsOf(b);
  if (x.length !== y.length || x.length < 2 || x === y) return false;
  for (let i = 0; i + 1 < x.length; i++) {
    if (x[i] !== y[i]) return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
  }
  return false;
}

/** The figure's noun phrase is followed by its verb ("the 12 victims included"), not a modifier. */
/**
 * Words between a figure and its noun that the later reference does not repeat: "two neighboring
 * counties" (besides the county of the story) ... "the three counties" counts another group.
 */
function narrowedBy(doc: Doc, earlier: Quantity, later: Quantity): boolean {
  if (!earlier.head) return false;
  const repeated = new Set<string>();
  if (later.head) for (let k = later.last + 1; k < later.head.index; k++) repeated.add(doc.tokens[k].lemma);
  for (let k = earlier.last + 1; k < earlier.head.index; k++) {
    const t = doc.tokens[k];
    if ((t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'PROPN') && !repeated.has(t.lemma)) return true;
  }
  // "another 12 people", "two other counties": a group beside one already counted.
  const before = doc.tokens[earlier.qualFirst - 1];
  return !!before && before.sentence === earlier.sentence && (before.lower === 'another' || before.lower === 'other');
}

/** Another figure of the same noun between the two ("killed 14 people" ... "another 12 people died" ... "the 26 victims"). */
function countedBetween(quantities: readonly Quantity[], earlier: Quantity, later: Quantity, headStems: readonly string[]): boolean {
  return quantities.some((x) => x !== earlier && x.start > earlier.start && x.start < later.start && !!x.head && headStems.includes(stem(x.head.lemma)));
}

function finiteAfter(doc: Doc, q: Quantity): boolean {
  const t = doc.tokens[q.headEnd + 1];
  if (!t || t.sentence !== q.sentence) return false;
  if (t.pos === 'AUX') return true;
  // a verb in a finite form: past ("included") or present ("remain", "live")
  if (t.pos !== 'VERB' || t.lower.endsWith('ing') || ['identify', 'find', 'name', 'list', 'know', 'confirm', 'report', 'count'].includes(t.lemma)) return false;
  // ... and not a participle before the clause's own verb ("the 12 victims killed in the blast were")
  for (let k = q.headEnd + 2, n = 0; n < 8; k++, n++) {
    const x = doc.tokens[k];
    if (!x || x.sentence !== q.sentence || x.pos === 'PUNCT' || x.pos === 'CCONJ') break;
    if (x.pos === 'AUX' || x.pos === 'VERB') return false;
  }
  return true;
}

/**
 * "Castellane wrote 14 books" ... "Her 12 books and more than 200 papers will be donated": a count
 * opening its sentence with "his" or "her", after a figure that a named person's verb governs
 * ("Castellane wrote 14 books"), with no other name before it in its own sentence.
 */
function personalReference(doc: Doc, q: Quantity, e: Quantity): boolean {
  const t = doc.tokens;
  const pron = t[q.qualFirst - 1];
  if (!pron || !(pron.lower === 'his' || pron.lower === 'her') || pron.index !== doc.sentences[q.sentence].firstToken) return false;
  // the whole of them, not "her 12 books on coral reefs"
  if (!(finiteAfter(doc, q) || t[q.headEnd + 1]?.pos === 'CCONJ')) return false;
  const verb = t[e.qualFirst - 1];
  if (!verb || verb.pos !== 'VERB' || verb.sentence !== e.sentence) return false;
  const first = t[doc.sentences[e.sentence].firstToken];
  if (first.pos !== 'PROPN' || !UPPER_START.test(first.text)) return false;
  // the name is the verb's subject: only names between it and the verb
  for (let k = first.index; k < verb.index; k++) if (t[k].pos !== 'PROPN') return false;
  return true;
}

const QUOTE_TOKENS = new Set(['"', '“', '”']);
const OWN_VERBS = cues.ownVerbs;

/** The names of a sentence: quoted titles ("The Irishman") and runs of capitalised words, as lower-case text with their token spans. */
function sentenceNames(doc: Doc, si: number): Array<{ name: string; first: number; last: number }> {
  const t = doc.tokens;
  const s = doc.sentences[si];
  const out: Array<{ name: string; first: number; last: number }> = [];
  for (let k = s.firstToken; k < s.endToken; k++) {
    if (QUOTE_TOKENS.has(t[k].text)) {
      // a short quoted title opening with a capital
      let j = k + 1;
      const words: string[] = [];
      while (j < s.endToken && !QUOTE_TOKENS.has(t[j].text) && j < k + 9) { if (/[\p{L}\d]/u.test(t[j].text)) words.push(t[j].lower); j++; }
      if (j < s.endToken && QUOTE_TOKENS.has(t[j].text) && words.length && /^[\p{Lu}\d]/u.test(t[k + 1].text)) { out.push({ name: words.join(' '), first: k, last: j }); k = j; }
      continue;
    }
    if (t[k].pos === 'PROPN' && UPPER_START.test(t[k].text)) {
      let j = k;
      while (j + 1 < s.endToken && t[j + 1].pos === 'PROPN' && UPPER_START.test(t[j + 1].text)) j++;
      out.push({ name: t.slice(k, j + 1).map((x) => x.lower).join(' '), first: k, last: j });
      k = j;
    }
  }
  return out;
}

/**
 * Counts a draft gives a named thing, then refers back to with "its": ""The Irishman," with 10
 * nominations" or "... "The Irishman" ..., which had 10 each" ... "Netflix's "The Irishman" ...
 * despite its 11 nominations". The owner is the name before ", with N", the names listed before
 * ", which had N each", or the name opening the sentence before a verb of having ("Joker" led all
 * films with 11 nominations). The later figure follows "its" or "their", the nearest name before
 * it is an owner of a count of that noun, and it differs from the one count the draft gave it.
 */
function checkOwnedCounts(ctx: RuleContext, model: FiguresModel, quantities: readonly Quantity[]): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const refs = quantities.filter((q) => q.kind === 'count' && !!q.head && !q.quoted && !q.qualifier && ['its', 'their'].includes(t[q.qualFirst - 1]?.lower ?? ''));
  if (!refs.length) return;
  const owned = new Map<string, Map<string, Quantity[]>>(); // noun stem -> name -> counts
  const own = (noun: string, name: string, q: Quantity) => {
    const m = owned.get(noun) ?? new Map<string, Quantity[]>();
    const list = m.get(name) ?? [];
    list.push(q);
    m.set(name, list);
    owned.set(noun, m);
  };
  for (const e of quantities) {
    if (e.kind !== 'count' || e.quoted || e.qualifier || e.start > refs[refs.length - 1].start) continue;
    const names = sentenceNames(doc, e.sentence);
    // the noun: its own, or for "10 each" the counted noun before it in the sentence
    let noun = e.head ? stem(e.head.lemma) : undefined;
    const each = t[e.last + 1]?.lower === 'each';
    if (!noun && each) {
      const prev = (model.bySentence.get(e.sentence) ?? []).filter((x) => x.start < e.start && x.head);
      if (prev.length) noun = stem(prev[prev.length - 1].head!.lemma);
    }
    if (!noun) continue;
    // ", with 10 nominations"
    if (t[e.qualFirst - 1]?.lower === 'with' && (t[e.qualFirst - 2]?.text === ',' || QUOTE_TOKENS.has(t[e.qualFirst - 2]?.text ?? ''))) {
      // (the comma may stand inside the title's quotation marks: ""The Irishman," with 10")
      let k = e.qualFirst - 2;
      while (k > e.qualFirst - 5 && (t[k].text === ',' || QUOTE_TOKENS.has(t[k].text))) k--;
      const n = names.find((x) => x.last >= k && x.last <= e.qualFirst - 2 && x.first <= k);
      if (n) { own(noun, n.name, e); continue; }
    }
    // "A, B and C, which had 10 each"
    if (each && t[e.qualFirst - 1]?.lemma === 'have' && t[e.qualFirst - 2]?.lower === 'which') {
      let k = e.qualFirst - 3;
      if (t[k]?.text === ',') k--;
      for (const n of [...names].reverse()) {
        if (n.last > k) continue;
        if (n.last < k) {
          // only commas and "and" between the names of the list
          let ok = true;
          for (let j = n.last + 1; j <= k; j++) if (!(t[j].text === ',' || t[j].lower === 'and' || QUOTE_TOKENS.has(t[j].text))) ok = false;
          if (!ok) break;
        }
        own(noun, n.name, e);
        k = n.first - 1;
      }
      continue;
    }
    // ""Joker" led all films with 11 nominations", "Parasite had six nominations"
    const first = names[0];
    const s = doc.sentences[e.sentence];
    if (first && first.first <= s.firstToken + 1) {
      const verb = t[first.last + 1];
      if (verb && OWN_VERBS.has(verb.lemma) && (verb.pos === 'VERB' || verb.pos === 'AUX')) {
        let clean = true;
        for (let j = first.last + 2; j < e.qualFirst; j++) if (t[j].text === ',' || model.covering.has(j) || t[j].pos === 'VERB') clean = false;
        if (clean) own(noun, first.name, e);
      }
    }
  }
  for (const q of refs) {
    const m = owned.get(stem(q.head!.lemma));
    if (!m || reported.has(q)) continue;
    // "its" is the nearest name's before it
    const before = sentenceNames(doc, q.sentence).filter((n) => n.last < q.qualFirst);
    const owners = before.slice(-1).filter((n) => m.has(n.name));
    if (owners.length !== 1) continue;
    const counts = m.get(owners[0].name)!.filter((e) => e.start < q.start && e.sentence !== q.sentence);
    if (!counts.length || counts.some((e) => e.value === q.value) || new Set(counts.map((e) => e.value)).size !== 1) continue;
    reportConflict(ctx, q, counts[counts.length - 1], `${q.head!.text} of ${doc.text.slice(t[owners[0].first].start, t[owners[0].last].end)}`);
  }
}



/**
 * Words that set a figure's sentence apart from an earlier figure of the same thing: a name before
 * it ("In Scotland, the 38% who voted"), a place phrase ("among men", "in rural areas"), or "second",
 * "separate", "later".
 */
function setApart(doc: Doc, q: Quantity): boolean {
  const t = doc.tokens;
  const s = doc.sentences[q.sentence];
  const v = figuresVocabulary();
  for (let k = s.firstToken; k < s.endToken; k++) {
    const x = t[k];
    if (APART_WORDS.has(x.lower) || (x.type === 'number' && YEAR.test(x.text))) return true;
    if (k >= q.qualFirst) continue;
    if (k > s.firstToken && x.pos === 'PROPN' && UPPER_START.test(x.text) && !v.weekdays.has(x.lower) && !v.months.has(x.lower)) return true;
    if (['in', 'among', 'across', 'outside'].includes(x.lower)) return true;
  }
  return false;
}

const REQUEST = cues.requestVerbs;

/** "the 20 years prosecutors had sought": the stem of who asked for the figure, named after it. */
function requestAfter(doc: Doc, q: Quantity): string | undefined {
  const t = doc.tokens;
  let k = q.last + 1;
  if (t[k]?.lower === 'that' || t[k]?.lower === 'which') k++;
  let noun: Token | undefined;
  for (let n = 0; n < 4 && t[k] && t[k].sentence === q.sentence; n++, k++) {
    const x = t[k];
    if (x.pos === 'NOUN' || x.pos === 'PROPN') { noun = x; continue; }
    if (x.pos === 'DET' || x.text === "'s" || x.text === '’s' || x.pos === 'ADJ') continue;
    break;
  }
  if (!noun) return undefined;
  if (t[k]?.pos === 'AUX') k++;
  const verb = t[k];
  return verb && verb.sentence === q.sentence && verb.pos === 'VERB' && REQUEST.has(verb.lemma) ? stem(noun.lemma) : undefined;
}

/** "Prosecutors had asked for 15 years", "the prosecution sought 15 years": the stems of the nouns before the verb of asking. */
function requestBefore(doc: Doc, e: Quantity): Set<string> | undefined {
  const t = doc.tokens;
  let k = e.qualFirst - 1;
  if (t[k]?.lower === 'for') k--;
  const verb = t[k];
  if (!verb || verb.sentence !== e.sentence || verb.pos !== 'VERB' || !REQUEST.has(verb.lemma)) return undefined;
  const out = new Set<string>();
  for (let i = k - 1, n = 0; i >= 0 && n < 6 && t[i].sentence === e.sentence; i--, n++) {
    if (t[i].pos === 'NOUN' || t[i].pos === 'PROPN') out.add(stem(t[i].lemma));
    else if (t[i].text === ',' || t[i].pos === 'VERB') break;
  }
  return out;
}

const isListBreak = (x: string) => x === ',' || x === ';' || x === 'and' || x === '(' || x === ')';
const VOTE_VERBS = cues.voteVerbs;

/** "the 52.9% who voted to leave", "the 48% that backed Remain": the side, as a lower-case stem. */
function voterSide(doc: Doc, q: Quantity): string | undefined {
  const t = doc.tokens;
  let k = q.last + 1;
  if (!t[k] || !['who', 'that'].includes(t[k].lower) || t[k].sentence !== q.sentence) return undefined;
  k++;
  if (!t[k] || !VOTE_VERBS.has(t[k].lemma)) return undefined;
  k++;
  if (t[k] && ['for', 'to'].includes(t[k].lower)) k++;
  const x = t[k];
  return x && x.sentence === q.sentence && /^\p{L}+$/u.test(x.text) ? stem(x.text.toLowerCase()) : undefined;
}

/** "Leave won 51.9% of the vote", "51.9% for Leave", "48.1% voted to remain": a share of the vote for the side. */
function voteShareOf(doc: Doc, e: Quantity, side: string): boolean {
  const t = doc.tokens;
  const s = doc.sentences[e.sentence];
  let vote = false;
  for (let k = s.firstToken; k < s.endToken; k++) if (t[k].lemma === 'vote' || t[k].lemma === 'ballot') vote = true;
  if (!vote) return false;
  // after it: "for Leave", "who voted to leave"
  const after = voterSide(doc, e);
  if (after) return after === side;
  // "for Leave", "of the vote for Yes"
  for (let k = e.last + 1; k < e.last + 6 && t[k] && t[k].sentence === e.sentence && !isListBreak(t[k].text); k++) {
    if (t[k].lower === 'for') return !!t[k + 1] && stem(t[k + 1].text.toLowerCase()) === side;
  }
  // before it: "Leave won 51.9% of the vote" (the subject, right before a verb of winning)
  const verb = t[e.qualFirst - 1], subject = t[e.qualFirst - 2];
  return !!verb && !!subject && subject.sentence === e.sentence && ['win', 'take', 'get', 'receive', 'capture'].includes(verb.lemma) && t[e.last + 1]?.lower === 'of'
    && stem(subject.text.toLowerCase()) === side;
}

/** Adds `q` to the list under `key`. */
function push<K>(map: Map<K, Quantity[]>, key: K, q: Quantity): void {
  const list = map.get(key);
  if (!list) map.set(key, [q]);
  else if (list[list.length - 1] !== q) list.push(q);
}

/**
 * The figures a figure can be compared with, found by key instead of by scanning every earlier
 * figure: by the noun (or verb) they count, by the words of their clause, by what they are for, by
 * rate and by value. Each list is in document order and built on first use; the callers apply the
 * full tests to the few figures a list gives.
 */
class Candidates {
  private byRef?: Map<string, Quantity[]>;
  private byHead?: Map<string, Quantity[]>;
  private byAnchor?: Map<string, Quantity[]>;
  private byPurpose?: Map<string, Quantity[]>;
  private byRate?: Map<string, Quantity[]>;
  private byChange?: Map<string, Quantity[]>;
  private byDigits?: Map<string, Quantity[]>;
  private byValue?: Map<string, { odd: Quantity[]; byPrecision: Map<number, Quantity[]> }>;

  constructor(
    private readonly doc: Doc,
    private readonly quantities: readonly Quantity[],
    private readonly anchorOf: (q: Quantity) => Set<string>,
    private readonly digitsOf: (q: Quantity) => string,
  ) {}

  /** Figures whose noun, "of" noun or verb before them has this stem ("405,278 vehicles", "delivered 405,278"). */
  reference(hs: string): readonly Quantity[] {
    if (!this.byRef) {
      this.byRef = new Map();
      for (const e of this.quantities) {
        const eh = e.head ?? e.ofHead;
        if (eh) push(this.byRef, stem(eh.lemma), e);
        const verb = this.doc.tokens[e.qualFirst - 1];
        if (verb && verb.pos === 'VERB') push(this.byRef, stem(verb.lemma), e);
        // "4,291 people had died": the verb after a count of people
        if (eh && PERSON_HEADS.has(eh.lemma)) {
          for (let k = e.headEnd + 1; k <= e.headEnd + 3 && this.doc.tokens[k]?.sentence === e.sentence; k++) {
            const x = this.doc.tokens[k];
            if (x.pos === 'VERB') { push(this.byRef, stem(x.lemma), e); break; }
            if (x.pos !== 'AUX' && x.pos !== 'ADV') break;
          }
        }
        // "a crowd of 18,412", "a fleet of 640 buses"
        const of = ofNoun(this.doc, e);
        if (of) push(this.byRef, stem(of.lemma), e);
      }
    }
    return this.byRef.get(hs) ?? [];
  }

  /** Figures whose own noun has this stem. */
  head(hs: string): readonly Quantity[] {
    if (!this.byHead) {
      this.byHead = new Map();
      for (const e of this.quantities) if (e.head) push(this.byHead, stem(e.head.lemma), e);
    }
    return this.byHead.get(hs) ?? [];
  }

  /** Figures that may be compared (usable() apart from the figure compared with) with this stem among what they are about (anchorStems). */
  anchor(s: string): readonly Quantity[] {
    if (!this.byAnchor) {
      this.byAnchor = new Map();
      for (const e of this.quantities) if (antecedent(e)) for (const x of this.anchorOf(e)) push(this.byAnchor, x, e);
    }
    return this.byAnchor.get(s) ?? [];
  }

  purpose(pp: string): readonly Quantity[] {
    if (!this.byPurpose) {
      this.byPurpose = new Map();
      for (const e of this.quantities) {
        const x = purpose(this.doc, e);
        if (x) push(this.byPurpose, x, e);
      }
    }
    return this.byPurpose.get(pp) ?? [];
  }

  rate(r: string): readonly Quantity[] {
    if (!this.byRate) {
      this.byRate = new Map();
      for (const e of this.quantities) if (e.rate) push(this.byRate, e.rate, e);
    }
    return this.byRate.get(r) ?? [];
  }

  /** Figures written with two adjacent digits of `d` swapped ("448" for "484"): the candidates for a typing slip. */
  swapped(d: string): Array<readonly Quantity[]> {
    if (!this.byDigits) {
      this.byDigits = new Map();
      for (const e of this.quantities) {
        if (e.number.words || e.number.scale || e.qualifier) continue;
        push(this.byDigits, this.digitsOf(e), e);
      }
    }
    const out: Array<readonly Quantity[]> = [];
    for (let i = 0; i + 1 < d.length; i++) {
      if (d[i] === d[i + 1] || (i === 0 && d[1] === '0')) continue;
      const list = this.byDigits.get(d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2));
      if (list) out.push(list);
    }
    return out;
  }

  /** Percentages of a change in this direction. */
  change(direction: string): readonly Quantity[] {
    if (!this.byChange) {
      this.byChange = new Map();
      for (const e of this.quantities) if (e.change && e.change.role === 'percent') push(this.byChange, e.change.change.direction, e);
    }
    return this.byChange.get(direction) ?? [];
  }

  /**
   * Was `q` written before in another form ("$48.6 million" ... "the $48,600,000 plan")? An earlier
   * comparable figure, not a forecast, with the same value (sameValue, qualifiers ignored). Figures
   * are kept by kind and currency, then by precision, sorted by value: only those within reach of
   * q's value are tested.
   */
  sameValueBefore(q: Quantity): boolean {
    if (!this.byValue) {
      this.byValue = new Map();
      for (const e of this.quantities) {
        if (e.expectation) continue;
        const key = valueKey(e);
        let group = this.byValue.get(key);
        if (!group) { group = { odd: [], byPrecision: new Map() }; this.byValue.set(key, group); }
        if (!Number.isFinite(e.value) || !Number.isFinite(e.precision)) group.odd.push(e);
        else push(group.byPrecision, e.precision, e);
      }
      for (const group of this.byValue.values()) for (const list of group.byPrecision.values()) list.sort((a, b) => a.value - b.value);
    }
    const group = this.byValue.get(valueKey(q));
    if (!group) return false;
    const test = (e: Quantity) => e.start < q.start && comparable(e, q) && sameValue(e, q, true);
    for (const e of group.odd) if (test(e)) return true;
    if (!Number.isFinite(q.value) || !Number.isFinite(q.precision)) {
      for (const list of group.byPrecision.values()) for (const e of list) if (test(e)) return true;
      return false;
    }
    const size = Math.abs(q.value);
    for (const [precision, list] of group.byPrecision) {
      // Intervals that overlap are less than the two half-units apart; durations within 2% are the
      // same; a margin covers rounding.
      const reach = (precision + q.precision) / 2 + 0.025 * size + 1e-6 * (size + precision + q.precision + 1);
      const lo = q.value - reach, hi = q.value + reach;
      let a = 0, b = list.length;
      while (a < b) { const mid = (a + b) >> 1; if (list[mid].value < lo) a = mid + 1; else b = mid; }
      for (let i = a; i < list.length && list[i].value <= hi; i++) if (test(list[i])) return true;
    }
    return false;
  }
}

/** "a crowd of 18,412": the noun a figure is the size of. */
function ofNoun(doc: Doc, e: Quantity): Token | undefined {
  const t = doc.tokens;
  const of = t[e.qualFirst - 1], noun = t[e.qualFirst - 2];
  return of?.lower === 'of' && noun && noun.pos === 'NOUN' && noun.sentence === e.sentence ? noun : undefined;
}

/** What usable() asks of the earlier figure alone: a reported figure of one thing that can be referred back to. */
function antecedent(e: Quantity): boolean {
  return candidateKind(e) && !e.selector && e.change?.role !== 'from' && e.change?.role !== 'base' && !e.difference && !e.threshold && !e.isWhole;
}

/** Figures that comparable() may pair share this key (the kind, and the currency of money). */
const valueKey = (q: Quantity) => (q.kind === 'money' ? `money ${q.currency}` : kindOf(q));

const OTHER_ONE = new Set(['another', 'other', 'each', 'every', 'next', 'previous']);
const MODIFIER_SKIP = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'VERB']);
const CONTRAST = new Set(['respectively', 'while', 'whereas', 'compared', 'versus', 'vs.']);

/**
 * A possessive before a figure refers back like "the": "its 28% share", "Labour's 25-point lead",
 * "her party's 28% share". The possessor noun, when there is one and no pronoun before it, must be
 * what the earlier figure is about.
 */
function possessive(doc: Doc, q: Quantity): { possessor?: string } | undefined {
  const t = doc.tokens;
  let before = t[q.qualFirst - 1];
  if (!before || before.sentence !== q.sentence) return undefined;
  // "its fleet of 460 buses", "the county's staff of 320": the noun before "of" is owned
  if (before.lower === 'of' && t[q.qualFirst - 2]?.pos === 'NOUN' && t[q.qualFirst - 3]?.sentence === q.sentence) {
    const owner = t[q.qualFirst - 3];
    if (POSSESSIVE_DETERMINERS.has(owner.lower) && owner.pos !== 'VERB') return {};
    if (owner.text !== "'s" && owner.text !== '’s') return undefined;
    before = owner;
    const det = t[q.qualFirst - 5];
    if (t[q.qualFirst - 4]?.pos === 'NOUN' && det && det.sentence === q.sentence && (POSSESSIVE_DETERMINERS.has(det.lower) || det.lower === 'the')) return {};
    return undefined;
  }
  if (POSSESSIVE_DETERMINERS.has(before.lower) && before.pos !== 'VERB') return {};
  if (before.text !== "'s" && before.text !== '’s') return undefined;
  const owner = t[q.qualFirst - 2];
  if (!owner || owner.sentence !== q.sentence || !(owner.pos === 'NOUN' || owner.pos === 'PROPN')) return undefined;
  // "her party's", "the party's": a possessor already known
  const det = t[q.qualFirst - 3];
  if (det && det.sentence === q.sentence && (POSSESSIVE_DETERMINERS.has(det.lower) || det.lower === 'the')) return {};
  return { possessor: owner.lemma };
}

/** The figure that comes last in the draft (the lists are searched by key, not in order). */
const later = (a: Quantity | undefined, b: Quantity) => (!a || b.index > a.index ? b : a);

export const conflictingValues = defineRule(
  {
    id: 'figures/conflicting-values',
    category: 'figures',
    defaultSeverity: 'warning',
    description: 'The same quantity of the same thing given two different values.',
    fixable: true,
  },
  (ctx) => {
    const { doc } = ctx;
    const model = figuresModel(doc);
    const v = figuresVocabulary();
    const articleYear = doc.date.slice(0, 4);
    const marks = new Map<Quantity, TimeSig>();
    const timeOf = (q: Quantity) => { let m = marks.get(q); if (!m) { m = timeSig(timeMarks(doc, model, q, v), articleYear); marks.set(q, m); } return m; };
    const subj = new Map<Quantity, Set<string>>();
    const subjectOf = (q: Quantity) => { let m = subj.get(q); if (!m) { m = subjects(doc, q, v); subj.set(q, m); } return m; };
    const told = new Map<Quantity, Set<string>>();
    /** The names near a figure other than the sources it is attributed to. */
    const toldAbout = (q: Quantity) => { let m = told.get(q); if (!m) { m = subjects(doc, q, v, false); told.set(q, m); } return m; };
    const digits = new Map<Quantity, string>();
    /** The digits of a figure as written ("405,278": 405278). */
    const digitsOf = (q: Quantity) => { let d = digits.get(q); if (d === undefined) { d = doc.text.slice(q.number.numStart, q.number.numEnd).replace(/\D/g, ''); digits.set(q, d); } return d; };
    const anchors = new Map<Quantity, Set<string>>();
    const anchorOf = (q: Quantity) => { let m = anchors.get(q); if (!m) { m = anchorStems(doc, model, q); anchors.set(q, m); } return m; };
    const expectationWords = new Map<number, Set<string>>();
    /** The forecast and poll words of a sentence, as stems. */
    const expectationsIn = (si: number) => {
      let set = expectationWords.get(si);
      if (!set) {
        set = new Set();
        const sentence = doc.sentences[si];
        for (let i = sentence.firstToken; i < sentence.endToken; i++) {
          const t = doc.tokens[i];
          if (v.expectationNouns.has(t.lemma) || v.expectationVerbs.has(t.lemma) || v.expectationNouns.has(stem(t.lower)) || v.expectationVerbs.has(stem(t.lower))) set.add(stem(t.lemma));
        }
        expectationWords.set(si, set);
      }
      return set;
    };
    // A forecast or poll figure is compared only with a figure of the same kind of source: both
    // sentences use the same word ("led in national polls by about 20 points" ... "Polling expert ...
    // said Labour's 25-point lead").
    const sameSource = (e: Quantity, q: Quantity) => {
      if (!e.expectation) return true;
      // (not a new poll or forecast: "the latest poll", "a new forecast")
      if (newer(e.sentence) || newer(q.sentence)) return false;
      const b = expectationsIn(q.sentence);
      for (const x of expectationsIn(e.sentence)) if (b.has(x)) return true;
      return false;
    };
    const newer = (si: number) => {
      const sentence = doc.sentences[si];
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        const t = doc.tokens[i];
        if (t.lower === 'new' || t.lower === 'newest' || t.lower === 'recent' || phraseAt(doc.tokens, i, v.timesPresent, si)) return true;
      }
      return false;
    };
    const usable = (e: Quantity, q: Quantity, event = false, sources = true) =>
      antecedent(e) && comparable(e, q) && sameSource(e, q) && !timesConflict(timeOf(e), timeOf(q), event)
      && (sources ? !subjectsConflict(subjectOf(e), subjectOf(q)) : !subjectsConflict(toldAbout(e), toldAbout(q)));

    /**
     * "a second plant nearby employs 321", "another reading of 448": the clause is about another one
     * of the things the other figure's clause names; "while", "compared with": a contrast.
     */
    const another = (q: Quantity, other: Quantity) => {
      const s = doc.sentences[q.sentence];
      const about = anchorOf(other);
      for (let i = Math.max(s.firstToken, q.qualFirst - 8); i <= Math.min(s.endToken - 1, q.headEnd + 3); i++) {
        const t = doc.tokens[i];
        if (CONTRAST.has(t.lower)) return true;
        if (!OTHER_ONE.has(t.lower) && !(v.ordinals.has(t.lower) && t.lower !== 'first')) continue;
        for (let k = i + 1; k <= i + 2 && k < s.endToken; k++) if (doc.tokens[k].pos === 'NOUN' && about.has(stem(doc.tokens[k].lemma))) return true;
      }
      return false;
    };
    const days = new Map<number, Set<string>>();
    /** The weekdays, months and years named anywhere in a sentence. */
    const daysOf = (si: number) => {
      let set = days.get(si);
      if (!set) {
        set = new Set();
        const sentence = doc.sentences[si];
        for (let i = sentence.firstToken; i < sentence.endToken; i++) {
          const t = doc.tokens[i];
          if (YEAR.test(t.text) && t.type === 'number') set.add(`y${t.text}`);
          else if (v.months.has(t.lower) && /^[A-Z]/.test(t.text)) set.add(`m${v.months.get(t.lower)}`);
          else if (v.weekdays.has(t.lower) && /^[A-Z]/.test(t.text)) set.add(`d${v.weekdays.get(t.lower)}`);
        }
        days.set(si, set);
      }
      return set;
    };
    /** Both sentences name the same day (or month, or year), and no other: "said late Thursday" ... "by late Thursday". */
    const sameDay = (e: Quantity, q: Quantity) => {
      const a = daysOf(e.sentence), b = daysOf(q.sentence);
      if (!a.size || a.size !== b.size) return false;
      for (const x of a) if (!b.has(x)) return false;
      return true;
    };
    const modifiers = new Map<Quantity, Map<string, string>>();
    /** The nouns of a figure's clause (before it, and its own) with the word that modifies each ("north ward": ward -> north). */
    const modifiersOf = (q: Quantity) => {
      let m = modifiers.get(q);
      if (!m) {
        m = new Map();
        const s = doc.sentences[q.sentence];
        for (let i = Math.max(s.firstToken + 1, q.qualFirst - 14); i <= q.headEnd; i++) {
          const t = doc.tokens[i], p = doc.tokens[i - 1];
          // (a noun, or a word the tagger calls a verb in its base form: "the north ward")
          if (t.type !== 'word' || model.covering.get(i - 1) === q || t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma)) continue;
          if (!['NOUN', 'PROPN', 'VERB'].includes(t.pos)) continue;
          // (a capitalised word is a name whatever the tagger says: "Grant County", "Howard County")
          if (p.type === 'word' && (!MODIFIER_SKIP.has(p.pos) || (UPPER_START.test(p.text) && UPPER_START.test(t.text) && i - 1 > s.firstToken))) m.set(stem(t.lemma), p.lower);
        }
        modifiers.set(q, m);
      }
      return m;
    };
    /** "turnout in the north ward" / "turnout in the south ward": one noun, two things. */
    const modifiersDiffer = (a: Quantity, b: Quantity) => {
      const mb = modifiersOf(b);
      for (const [noun, mod] of modifiersOf(a)) { const other = mb.get(noun); if (other !== undefined && other !== mod) return true; }
      return false;
    };
    /** The figure's clause compares or contrasts it: "smaller than", "compared with", "while". */
    const contrasted = (q: Quantity) => {
      const s = doc.sentences[q.sentence];
      // ("and more than 200 papers": the "than" of another figure's qualifier)
      const qualifierWord = (i: number) => { for (let d = 0; d < 3; d++) { const x = model.byQualFirst.get(i - d); if (x && x.qualFirst <= i && i < x.first) return true; } return false; };
      const contrast = (i: number) => CONTRAST.has(doc.tokens[i].lower) || (doc.tokens[i].lower === 'than' && !qualifierWord(i));
      for (let i = q.qualFirst - 1, n = 0; i >= s.firstToken && n < 8; i--, n++) if (contrast(i)) return true;
      for (let i = q.headEnd + 1, n = 0; i < s.endToken && n < 8; i++, n++) if (contrast(i)) return true;
      return false;
    };
    const quantities = model.quantities.filter(candidateKind);
    const candidates = new Candidates(doc, quantities, anchorOf, digitsOf);
    const conflictFree = (q: Quantity) => !candidates.sameValueBefore(q);
    // Figures come in the order they are written: a list can be read up to the figure itself.
    let ordered = true;
    for (let i = 1; i < quantities.length && ordered; i++) ordered = quantities[i - 1].start < quantities[i].start;
    for (const q of quantities) {
      if (q.selector) continue;
      // A forecast may differ from the figure reported; a definite reference still points back.
      if (q.expectation && !q.definite && !possessive(doc, q)) continue;
      // Only definite references and repeats that may carry a typing slip are compared.
      const typoCandidate = !q.qualifier && (q.kind === 'count' || kindOf(q) === 'measure' ? q.value >= 100 && !q.number.words : q.kind === 'money');
      // (a possessive set against something else is not a reference back: "Labour's 10-point lead was
      // smaller than polls suggested")
      const poss = q.definite || q.selector || contrasted(q) ? undefined : possessive(doc, q);
      const refers = q.definite || !!poss;
      // Two digits swapped may hide behind a qualifier: "137 killed" ... "the toll reached at least 173".
      const swapCandidate = (q.kind === 'count' || q.kind === 'measure') && !q.number.words && !q.number.scale && q.number.value >= 100 && !q.change;
      if (!refers && !typoCandidate && !swapCandidate) continue;
      const earlier = (e: Quantity) => e.start < q.start && comparable(e, q);
      /** Each earlier figure of the lists that passes `test` (a figure in two lists may come twice). */
      const each = (lists: ReadonlyArray<readonly Quantity[]>, test: (e: Quantity) => boolean, found: (e: Quantity) => void) => {
        for (const list of lists) {
          for (const e of list) {
            if (ordered && e.index >= q.index) break;
            if (earlier(e) && test(e)) found(e);
          }
        }
      };
      // Written before in another form ("$48.6 million" ... "the $48,600,000 plan"): no conflict.
      // Asked only of a figure about to be reported (the answer is the same for every branch).
      let writtenBefore: boolean | undefined;
      const conflict = () => !(writtenBefore ??= candidates.sameValueBefore(q));

      // 1. A definite reference back: "the 405,728 deliveries", "the $2,500 cap", "the two-year emergency".
      if (refers && q.head && !q.qualifier && !q.difference && !q.threshold && kindOf(q) !== 'measure') {
        const h = q.head;
        const hs = stem(h.lemma);
        // the noun, and the words an earlier mention may use instead ("purchase": bought)
        const stems = [hs, ...(v.references.get(h.lemma) ?? []).map(stem)];
        const direction = v.upNouns.has(h.lemma) ? 'up' : v.downNouns.has(h.lemma) ? 'down' : undefined;
        const property = q.kind !== 'count' || q.compound;
        const lists = stems.map((x) => (property ? candidates.anchor(x) : candidates.reference(x)));
        if (direction && q.kind === 'percent') lists.push(candidates.change(direction));
        let lastMatch: Quantity | undefined, lastNear: Quantity | undefined;
        const values = new Set<number>();
        const owner = poss?.possessor ? stem(poss.possessor) : undefined;
        const event = v.eventNouns.has(h.lemma);
        each(lists, (e) => {
          if (!usable(e, q, event)) return false;
          // a reference by another word than the earlier figure's is to a figure of the same order
          // ("the $41 billion purchase" is not the "$54.20 a share" paid)
          if ((stems.length > 1 && (q.kind === 'money' || q.kind === 'count') && !(e.value > q.value / 3 && e.value < q.value * 3))) return false;
          // "Labour's 25-point lead": the earlier figure is Labour's
          if (owner && !anchorOf(e).has(owner) && !subjectOf(e).has(poss!.possessor!.toLowerCase())) return false;
          if (direction && e.change && e.change.role === 'percent' && e.change.change.direction === direction && q.kind === 'percent') return true;
          if (!property) {
            const eh = e.head ?? e.ofHead;
            if (eh && stems.includes(stem(eh.lemma))) return true;
            // "delivered 405,278 vehicles" for "the 405,728 deliveries"
            const verb = doc.tokens[e.qualFirst - 1];
            if (verb && verb.pos === 'VERB' && stems.includes(stem(verb.lemma))) return true;
            // "4,291 people had died" for "the 4,921 deaths": only a figure a typing slip away
            if (eh && PERSON_HEADS.has(eh.lemma) && (nearMiss(e, q, digitsOf) || swappedPair(e, q, digitsOf))) {
              for (let k = e.headEnd + 1; k <= e.headEnd + 3 && doc.tokens[k]?.sentence === e.sentence; k++) {
                const x = doc.tokens[k];
                if (x.pos === 'VERB') { if (stems.includes(stem(x.lemma))) return true; break; }
                if (x.pos !== 'AUX' && x.pos !== 'ADV') break;
              }
            }
            const of = ofNoun(doc, e);
            return !!of && stems.includes(stem(of.lemma));
          }
          // "the 10-year note" is itself a reference to a kind of thing, not an antecedent
          if (e.definite && e.compound) return false;
          // "a 25% tariff on steel" / "the 10% tariff on aluminum": the same noun for different things
          const pe = headObject(doc, e), pq = headObject(doc, q);
          if (pe && pq && pe !== pq) return false;
          const ea = anchorOf(e);
          // "its 35% share of revenue" is not "30% of the vote": what the noun is of must be there too
          if (pq && !ea.has(stem(pq.split(' ').at(-1)!))) return false;
          return stems.some((x) => ea.has(x));
        }, (e) => {
          lastMatch = later(lastMatch, e);
          if (nearMiss(e, q, digitsOf) || swappedPair(e, q, digitsOf)) lastNear = later(lastNear, e);
          values.add(e.value);
        });
        if (lastMatch) {
          let other: Quantity | undefined;
          if (lastNear) other = lastNear;
          else if (property && values.size === 1 && !(q.head.lower !== q.head.lemma && q.kind !== 'percent')) other = lastMatch;
          // "killed 14 people" ... "the 12 victims included": a plain count referred back to by "the",
          // its noun ending the phrase (no "in Harlan County", "identified so far": a part of them)
          else if (!property && (q.definite ? finiteAfter(doc, q) : personalReference(doc, q, lastMatch)) && values.size === 1 && q.kind === 'count' && !q.modal && !q.isWhole && !q.whole && lastMatch.sentence !== q.sentence
            && !lastMatch.qualifier && !lastMatch.expectation && !lastMatch.whole && !lastMatch.isWhole && !narrowedBy(doc, lastMatch, q)
            && !countedBetween(model.quantities, lastMatch, q, [hs, ...(lastMatch.head ? [stem(lastMatch.head.lemma)] : [])])) other = lastMatch;
          if (other) {
            // "about 20 points" allows "the 21-point lead"
            if (!sameValue(other, q) && conflict()) reportConflict(ctx, q, other, `the ${headPhrase(doc, q)}`);
            continue;
          }
        }
      }

      // 1b. A definite reference by what it is for: "about $61 billion for Ukraine" ... "the $16
      // billion for Ukraine".
      if (q.definite && !q.head && !q.qualifier && (q.kind === 'money' || q.kind === 'count')) {
        const pp = purpose(doc, q);
        if (pp) {
          let lastMatch: Quantity | undefined;
          let same = false;
          const values = new Set<number>();
          each([candidates.purpose(pp)], (e) => usable(e, q) && purpose(doc, e) === pp, (e) => {
            lastMatch = later(lastMatch, e);
            values.add(e.value);
            if (sameValue(e, q, true)) same = true;
          });
          if (lastMatch && values.size === 1 && !same) {
            if (conflict()) {
              const t = doc.tokens;
              reportConflict(ctx, q, lastMatch, `the money ${doc.text.slice(t[q.last + 1].start, t[q.last + (t[q.last + 2] && ['the', 'a', 'an'].includes(t[q.last + 2].lower) ? 3 : 2)].end)}`.replace(/^the money/, q.kind === 'money' ? 'the money' : 'the number'));
            }
            continue;
          }
        }
      }

      // 1c. A definite figure with no noun to match it by ("repay the $2.1 million he took"), or the
      // size of a thing ("the 14,200-acre fire"): the one earlier figure of the same kind and unit
      // that is a typing slip away ("stealing $1.2 million", "burned 12,400 acres").
      if (q.definite && !q.qualifier && !q.expectation && !q.modal
        && (((q.kind === 'money' || q.kind === 'count') && !q.head && !q.number.words) || (q.kind === 'measure' && q.compound && !!q.unit && kindOf(q) === 'measure'))) {
        let other: Quantity | undefined;
        let several = false;
        for (const e of quantities) {
          if (ordered && e.index >= q.index) break;
          if (!earlier(e) || e.qualifier || e.expectation || e.sentence === q.sentence || (e.unit ?? '') !== (q.unit ?? '')) continue;
          if (!(swappedPair(e, q, digitsOf) || (typoLikeDigits(digitsOf(e), digitsOf(q)) && nearMiss(e, q, digitsOf)))) continue;
          if (!usable(e, q, false, false)) continue;
          if (other && other.value !== e.value) several = true;
          other = later(other, e);
        }
        if (other && !several) {
          if (conflict()) reportConflict(ctx, q, other, q.head ? headPhrase(doc, q) : 'the same figure');
          continue;
        }
      }

      // 1d. What someone asked for, referred back to with who asked: "Prosecutors had asked for 15
      // years" ... "the 20 years prosecutors had sought".
      if (q.definite && !q.qualifier && !q.head && (q.kind === 'duration' || q.kind === 'money' || q.kind === 'count')) {
        const who = requestAfter(doc, q);
        if (who && !setApart(doc, q)) {
          let other: Quantity | undefined;
          let several = false;
          for (const e of quantities) {
            if (ordered && e.index >= q.index) break;
            if (!earlier(e) || e.qualifier || e.sentence === q.sentence || (e.unit ?? '') !== (q.unit ?? '') || e.quoted) continue;
            if (!requestBefore(doc, e)?.has(who) || timesConflict(timeOf(e), timeOf(q), true)) continue;
            if (other && other.value !== e.value) several = true;
            other = later(other, e);
          }
          // (one such figure in its sentence: not "15 years for Holmes and 20 years for Balwani")
          if (other && (model.bySentence.get(other.sentence) ?? []).some((x) => x !== other && x.kind === q.kind && (x.unit ?? '') === (q.unit ?? ''))) several = true;
          if (other && !several) {
            if (!sameValue(other, q) && conflict()) reportConflict(ctx, q, other, `what ${doc.tokens.find((x) => x.sentence === q.sentence && x.index > q.last && stem(x.lemma) === who)?.text ?? 'they'} sought`);
            continue;
          }
        }
      }

      // 1e. A vote share referred back to by who cast it: "Leave won 51.9% of the vote" ... "The
      // 52.9% who voted to leave".
      if (q.definite && q.kind === 'percent' && !q.head && !q.qualifier) {
        const side = voterSide(doc, q);
        if (side && !setApart(doc, q)) {
          let other: Quantity | undefined;
          let several = false;
          for (const e of quantities) {
            if (ordered && e.index >= q.index) break;
            if (!earlier(e) || e.kind !== 'percent' || e.qualifier || e.sentence === q.sentence || e.quoted || e.change || e.expectation) continue;
            if (!voteShareOf(doc, e, side) || !usable(e, q)) continue;
            if (other && other.value !== e.value) several = true;
            other = later(other, e);
          }
          if (other && !several) {
            if (!sameValue(other, q) && conflict()) reportConflict(ctx, q, other, `the share that voted for ${side}`);
            continue;
          }
        }
      }

      // 2. A repeat one typing slip away: "3,200 jobs" ... "2,300 jobs"; "$54.20 a share" ... "$52.40 a share".
      if (!q.qualifier && (q.kind === 'count' ? !!q.head && q.value >= 1000 : q.kind === 'money')) {
        const same = (e: Quantity) => {
          if (q.kind === 'count') return !!e.head && stem(e.head.lemma) === stem(q.head!.lemma);
          if (e.rate && q.rate) return e.rate === q.rate;
          const qa = anchorOf(q);
          for (const x of anchorOf(e)) if (qa.has(x) && x.length > 3) return true;
          return false;
        };
        const lists: Array<readonly Quantity[]> = [];
        if (q.kind === 'count') lists.push(candidates.head(stem(q.head!.lemma)));
        else {
          if (q.rate) lists.push(candidates.rate(q.rate));
          for (const x of anchorOf(q)) if (x.length > 3) lists.push(candidates.anchor(x));
        }
        const qDigits = digitsOf(q);
        let other: Quantity | undefined;
        each(lists, (e) => !e.qualifier && e.sentence !== q.sentence && (other === undefined || e.index > other.index)
          && typoLikeDigits(digitsOf(e), qDigits) && nearMiss(e, q, digitsOf) && same(e) && usable(e, q), (e) => { other = later(other, e); });
        if (other && conflict()) reportConflict(ctx, q, other, q.head ? headPhrase(doc, q) : 'the same figure');
        if (other) continue;
      }

      // 3. Two digits swapped in a count of one measure, said twice: "the index reached 484" ... "air
      // quality readings of 448". The two clauses share at least two words besides any noun of the
      // figures, and the figures are of three digits or more.
      // A qualified figure ("at least 173", "about 173") only when the other value is outside what it allows.
      if (swapCandidate) {
        const qDigits = digitsOf(q);
        const qa = anchorOf(q);
        const strong = [...qa].filter((x) => x.length >= 3);
        if (strong.length >= 2) {
          let other: Quantity | undefined;
          each(candidates.swapped(qDigits), (e) => e !== other && !e.qualifier && e.sentence !== q.sentence && !e.number.scale && !e.change
            && digitsOf(e).length === qDigits.length && typoLikeDigits(digitsOf(e), qDigits) && usable(e, q, false, false) && !another(e, q) && !another(q, e)
            && (!e.head || !q.head || stem(e.head.lemma) === stem(q.head.lemma)) && (e.unit ?? '') === (q.unit ?? '') && !modifiersDiffer(e, q)
            && [...anchorOf(e)].filter((x) => x.length >= 3 && qa.has(x)).length >= 2 && (!q.qualifier || (!sameValue(e, q) && sameDay(e, q))), (e) => { other = later(other, e); });
          if (other && conflict()) reportConflict(ctx, q, other, q.head ? headPhrase(doc, q) : 'the same measure');
        }
      }
    }
    /** "more than the six Oscars", "compared with six Oscars": set against another figure. */
    const against = (q: Quantity) => {
      for (let i = q.qualFirst - 1, n = 0; i >= 0 && n < 3 && doc.tokens[i].sentence === q.sentence; i--, n++) if (CONTRAST.has(doc.tokens[i].lower) || doc.tokens[i].lower === 'than') return true;
      return false;
    };
    checkNamedCounts(ctx, model, quantities, (e, q) => usable(e, q) && !against(e) && !against(q), conflictFree);
    checkTolls(ctx, model.quantities, (e, q) => usable(e, q) && conflictFree(q),
      (e, q) => antecedent(e) && comparable(e, q) && !timesConflict(timeOf(e), timeOf(q)) && !another(q, e) && !modifiersDiffer(e, q) && conflictFree(q));
    checkBoundedChanges(ctx, quantities, (e, q) => usable(e, q) && conflictFree(q));
    checkTallies(ctx, model);
    checkRanges(ctx, model);
    checkConversions(ctx, model);
    checkUnitConversions(ctx, model);
    checkOwnedCounts(ctx, model, quantities);
    checkScaleSlips(ctx, quantities, (e, q) => antecedent(e) && comparable(e, q) && !timesConflict(timeOf(e), timeOf(q), true) && !another(q, e) && !modifiersDiffer(e, q), digitsOf, (q) => !!(q.definite || possessive(doc, q)), conflictFree);
  },
);

const DEATH_WORDS = cues.deathWords;
const DEATH_NOUNS = cues.deathNouns;
const PERSON_HEADS = cues.personHeads;
const TOLL_VERBS = cues.tollVerbs;
const TIME_WORDS = new Set(['late', 'early', 'morning', 'afternoon', 'evening', 'night', 'noon', 'midday', 'then', 'now', 'today', 'tonight', 'yesterday', 'the', 'end', 'of', 'day']);

const REVISION = new Set(['revise', 'lower', 'correct', 'initially', 'earlier', 'first', 'previously', 'originally', 'later']);

/** A count of the dead: "killing at least 14 people", "14 people were killed", "seven people have died", "14 deaths". */
function deathCount(doc: Doc, q: Quantity): boolean {
  if (q.kind !== 'count' || q.quoted || q.expectation || q.modal || q.high !== undefined || q.selector || q.whole || q.isWhole || q.number.decimals) return false;
  const t = doc.tokens;
  const h = q.head ?? q.ofHead;
  if (h && !PERSON_HEADS.has(h.lemma) && !PERSON_HEADS.has(h.lower)) return false;
  if (h && DEATH_NOUNS.has(h.lemma) && h.index <= q.headEnd) return true;
  // ("killing all 189 people")
  const before = t[q.qualFirst - 1]?.lower === 'all' ? t[q.qualFirst - 2] : t[q.qualFirst - 1];
  if (before && before.sentence === q.sentence && (DEATH_WORDS.has(before.lower) || DEATH_WORDS.has(before.lemma))) return true;
  for (let k = q.headEnd + 1; k <= q.headEnd + 3 && t[k] && t[k].sentence === q.sentence; k++) {
    if (DEATH_WORDS.has(t[k].lower) || DEATH_WORDS.has(t[k].lemma)) return true;
    if (!(t[k].pos === 'AUX' || t[k].pos === 'ADV')) break;
  }
  return false;
}

/**
 * The death toll given lower later than the draft gave it earlier: "killing at least 14 people" ...
 * "the death toll stood at 12 dead"; "At least seven people have died" ... "the five deaths
 * included". The later figure is the toll itself ("the death toll stood at", "the toll rose to") or a
 * count referred back to by "the" ("the five deaths included"); the earlier one is plain or "at
 * least", of the same time and subject. A toll that grows is news, not a conflict; one revised down
 * says so ("revised", "initially").
 */
function checkTolls(ctx: RuleContext, quantities: readonly Quantity[], usable: (e: Quantity, q: Quantity) => boolean, sameTime: (e: Quantity, q: Quantity) => boolean): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const deaths: Quantity[] = [];
  for (const q of quantities) {
    if (q.kind !== 'count') continue;
    // "the death toll stood at 12 (dead)": the toll itself
    let toll = false;
    for (let k = q.qualFirst - 1, n = 0; k >= 0 && n < 5 && t[k].sentence === q.sentence; k--, n++) {
      if (t[k].lemma === 'toll') { toll = t[k - 1]?.lower === 'death' || t[k - 1]?.lower === 'the'; break; }
      if (!(t[k].pos === 'VERB' || t[k].pos === 'AUX' || t[k].pos === 'ADP' || t[k].pos === 'ADV' || t[k].pos === 'PART')) break;
      if (t[k].pos === 'VERB' && !TOLL_VERBS.has(t[k].lemma)) break;
    }
    if (toll && !q.quoted && !q.expectation && !q.modal) {
      // the toll opens its sentence, or follows only a time ("By Thursday evening, the death toll"):
      // not "In the neighboring district, the death toll", "In a separate crash"
      const s = doc.sentences[q.sentence];
      let k = s.firstToken;
      if (t[k].lower === 'by') { k++; while (k < q.qualFirst && (TIME_WORDS.has(t[k].lower) || figuresVocabulary().weekdays.has(t[k].lower) || t[k].text === ',')) k++; }
      if (t[k]?.lower === 'the') k++;
      if (t[k]?.lower === 'death') k++;
      if (t[k]?.lemma !== 'toll') continue;
      const after = t[q.headEnd + 1];
      // (not "the toll in Lismore stood at 3": a part of it)
      if (!(after && after.sentence === q.sentence && ['in', 'at', 'from', 'among'].includes(after.lower))) { deaths.push(q); (q as { toll?: boolean }).toll = true; }
      continue;
    }
    if (deathCount(doc, q)) deaths.push(q);
  }
  if (deaths.length < 2) return;
  const reference = (q: Quantity) => (q as { toll?: boolean }).toll || (q.definite && !!q.head && DEATH_NOUNS.has(q.head.lemma) && q.headEnd === q.head.index
    && !['in', 'at', 'from', 'among', 'on', 'of'].includes(t[q.headEnd + 1]?.lower ?? '') && finiteAfter(doc, q));
  for (let i = 1; i < deaths.length; i++) {
    const q = deaths[i];
    if (!reference(q) || q.qualifier || reported.has(q)) continue;
    const s = doc.sentences[q.sentence];
    // (a place or other name before it: "In Lismore, police said the five deaths" is a part)
    let named = false;
    for (let k = s.firstToken + 1; k < q.qualFirst; k++) if (t[k].pos === 'PROPN' && UPPER_START.test(t[k].text) && !figuresVocabulary().weekdays.has(t[k].lower) && !figuresVocabulary().months.has(t[k].lower)) named = true;
    if (named) continue;
    let revised = false;
    for (let k = s.firstToken; k < s.endToken; k++) if (REVISION.has(t[k].lemma) || REVISION.has(t[k].lower) || APART.has(t[k].lower)) revised = true;
    if (revised) continue;
    let max: Quantity | undefined;
    for (let j = 0; j < i; j++) {
      const e = deaths[j];
      if (e.sentence === q.sentence || (e.qualifier && e.qualifier !== 'min') || !usable(e, q)) continue;
      if (!max || e.value > max.value) max = e;
    }
    if (!max || max.value <= q.value) continue;
    reportConflict(ctx, q, max, 'the death toll');
  }
  checkSwappedTolls(ctx, deaths, sameTime);
}

const DEMONYM = /(an|ese|ish|i)$/;

/**
 * The names near a death count, less a demonym before a noun ("the Indonesian crash"): a place named
 * by its people describes the event, while the city named elsewhere ("leaving Jakarta") may be in it.
 */
function tollNames(doc: Doc, q: Quantity): Set<string> {
  const out = subjects(doc, q, figuresVocabulary());
  if (!out.size) return out;
  const t = doc.tokens;
  const s = doc.sentences[q.sentence];
  for (let i = Math.max(s.firstToken, q.qualFirst - 8); i <= Math.min(s.endToken - 2, q.headEnd + 4); i++) {
    if (out.has(t[i].lower) && DEMONYM.test(t[i].lower) && t[i + 1].pos === 'NOUN' && !UPPER_START.test(t[i + 1].text)) out.delete(t[i].lower);
  }
  return out;
}

/**
 * A death toll given again with two digits swapped: "killing all 189 people on board" ... "the
 * crash, in which 198 people died". Both counts plain and exact, of three digits or more, of the
 * same noun, time and subject (a demonym before a noun is no other subject: "leaving Jakarta" ...
 * "the Indonesian crash"), the later one not set apart ("another", "separate") or revised, and the
 * earlier value the only one a swap away.
 */
function checkSwappedTolls(ctx: RuleContext, deaths: readonly Quantity[], sameTime: (e: Quantity, q: Quantity) => boolean): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const digits = (q: Quantity) => doc.text.slice(q.number.numStart, q.number.numEnd).replace(/\D/g, '');
  const plain = (q: Quantity) => !q.qualifier && !q.number.words && !q.number.scale && q.value >= 100 && !!q.head;
  for (let i = 1; i < deaths.length; i++) {
    const q = deaths[i];
    if (!plain(q) || reported.has(q)) continue;
    const s = doc.sentences[q.sentence];
    let apart = false;
    for (let k = s.firstToken; k < s.endToken; k++) if (REVISION.has(t[k].lemma) || REVISION.has(t[k].lower) || APART.has(t[k].lower)) apart = true;
    if (apart) continue;
    const qd = digits(q);
    let other: Quantity | undefined, several = false;
    for (let j = 0; j < i; j++) {
      const e = deaths[j];
      if (e.sentence === q.sentence || !plain(e) || e.head!.lemma !== q.head!.lemma) continue;
      const ed = digits(e);
      if (ed.length !== qd.length || !typoLikeDigits(ed, qd) || !sameTime(e, q) || subjectsConflict(tollNames(doc, e), tollNames(doc, q))) continue;
      if (other && other.value !== e.value) several = true;
      other = e;
    }
    // (the value itself given before: two tolls, not a slip)
    if (!other || several || deaths.some((e) => e !== q && e.value === q.value)) continue;
    reportConflict(ctx, q, other, 'the death toll');
  }
}

/**
 * The amount of a change referred back to as a bound that the exact amount given before falls
 * outside: "The Dow plunged 2,997.10 points" ... "Monday's loss of more than 3,000 points". The bound
 * is the amount of a change noun after "the", "its", "that" or a possessive; both are amounts of
 * changes the same way, of one unit, the bound within 2% of the exact figure (a bound far from it is
 * of another change), and the exact figure the only one of its kind that the bound excludes.
 */
function checkBoundedChanges(ctx: RuleContext, quantities: readonly Quantity[], usable: (e: Quantity, q: Quantity) => boolean): void {
  // the amount of a change, or a figure right after a change word ("plunged 2,997.10 points")
  const v = figuresVocabulary();
  const direction = new Map<Quantity, 'up' | 'down'>();
  const byWord = (k: number): 'up' | 'down' | undefined => {
    const t = ctx.doc.tokens[k];
    if (!t || t.pos !== 'VERB') return undefined;
    return v.up.has(t.lemma) || v.up.has(t.lower) ? 'up' : v.down.has(t.lemma) || v.down.has(t.lower) ? 'down' : undefined;
  };
  for (const q of quantities) {
    if (q.expectation || q.modal || q.quoted || q.high !== undefined) continue;
    const d = q.change?.role === 'amount' ? q.change.change.direction : q.change ? undefined : byWord(q.qualFirst - 1);
    if (d) direction.set(q, d);
  }
  const amounts = [...direction.keys()];
  if (amounts.length < 2) return;
  const t = ctx.doc.tokens;
  for (const q of amounts) {
    if ((q.qualifier !== 'min' && q.qualifier !== 'max') || reported.has(q)) continue;
    // a reference back: "Monday's loss of", "the drop of", "its gain of"
    const det = t[q.qualFirst - 3];
    if (t[q.qualFirst - 1]?.lower !== 'of' || q.change?.change.token !== t[q.qualFirst - 2] || !det || det.sentence !== q.sentence
      || !(det.lower === 'the' || det.lower === 'its' || det.lower === 'that' || det.text === "'s" || det.text === '’s')) continue;
    let other: Quantity | undefined, several = false;
    for (const e of amounts) {
      if (e.start >= q.start || e.qualifier || e.sentence === q.sentence || !comparable(e, q) || (e.unit ?? '') !== (q.unit ?? '')) continue;
      if (direction.get(e) !== direction.get(q)) continue;
      if (Math.abs(e.value - q.value) > 0.02 * q.value) continue;
      const outside = q.qualifier === 'min' ? e.value <= q.value : e.value >= q.value;
      if (!outside || !usable(e, q)) continue;
      // ("2,997 points" in the headline and "2,997.10 points" in the lead are one figure)
      if (other && !sameValue(other, e) && Math.abs(other.value - e.value) > Math.max(other.precision, e.precision)) several = true;
      other = e;
    }
    if (!other || several) continue;
    const doc = ctx.doc;
    const start = doc.tokens[q.qualFirst].start;
    const bound = doc.text.slice(q.number.numStart, q.number.numEnd);
    ctx.report({
      offset: start,
      length: q.end - start,
      message: `"${doc.text.slice(start, q.end)}" here, but the draft gives the same change as ${doc.text.slice(other.start, other.end)} earlier, which is ${q.qualifier === 'min' ? 'not more' : 'not less'} than ${bound}.`,
      related: [{ offset: other.start, length: other.end - other.start, message: `the change given as ${doc.text.slice(other.start, other.end)}` }],
    });
    reported.add(q);
  }
}

const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'himself', 'herself']);

/**
 * A count of a named thing said twice with two values: "one of seven Oscars it took home" ... "the
 * film, which collected eight Oscars". Only for a capitalised plural noun (an award, a trophy, a
 * product: "Oscars", "Grammys"), whose counts in the draft take exactly these two values, both plain
 * (no qualifier, not "other" or "more"), in the writer's voice, outside the headline, about no
 * person (no "he", "her" in either clause) and no different named subjects or times.
 */
function checkNamedCounts(ctx: RuleContext, model: FiguresModel, quantities: readonly Quantity[], usable: (e: Quantity, q: Quantity) => boolean, conflictFree: (q: Quantity) => boolean): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const inHeadline = (q: Quantity) => { const b = doc.blocks[q.block]; return !b || b.headline === true || b.kind === 'heading' || b.kind === 'title'; };
  const byNoun = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const h = q.head;
    if (q.kind !== 'count' || !h || h.index !== q.last + 1 || q.headEnd !== h.index || !UPPER_START.test(h.text) || !/[^s]s$/.test(h.text)) continue;
    if (inHeadline(q)) continue;
    const list = byNoun.get(h.lower);
    if (list) list.push(q);
    else byNoun.set(h.lower, [q]);
  }
  for (const list of byNoun.values()) {
    if (list.length < 2) continue;
    const plain = (q: Quantity) => !q.qualifier && !q.selector && !q.expectation && !q.modal && !q.change && !q.isWhole && !q.difference && !q.threshold && q.value >= 2 && q.value < 100;
    if (!list.every(plain) || new Set(list.map((q) => q.value)).size !== 2) continue;
    const personal = (q: Quantity) => {
      const s = doc.sentences[q.sentence];
      for (let i = s.firstToken; i < s.endToken; i++) if (PERSONAL.has(tokens[i].lower)) return true;
      return false;
    };
    if (list.some(personal)) continue;
    const first = list[0];
    const q = list.find((x) => x.value !== first.value)!;
    if (q.sentence === first.sentence || !usable(first, q) || !conflictFree(q)) continue;
    reportConflict(ctx, q, first, doc.text.slice(q.head!.start, q.head!.end), true);
  }
}

/** "tariff on steel": the object of a preposition right after a figure's noun. */
function headObject(doc: Doc, q: Quantity): string | undefined {
  if (!q.head) return undefined;
  const t = doc.tokens;
  let k = q.headEnd + 1;
  if (!t[k] || !['on', 'for', 'in', 'of', 'against'].includes(t[k].lower) || t[k].sentence !== q.sentence) return undefined;
  const prep = t[k].lower;
  const words: string[] = [];
  for (k++; k < q.headEnd + 6 && t[k] && t[k].sentence === q.sentence; k++) {
    if (['the', 'a', 'an'].includes(t[k].lower)) continue;
    if (!(t[k].pos === 'NOUN' || t[k].pos === 'PROPN' || t[k].pos === 'ADJ')) break;
    words.push(t[k].lemma);
  }
  return words.length ? `${prep} ${words.join(' ')}` : undefined;
}

/** "for Ukraine", "in damages": what a figure without a noun of its own is for. */
function purpose(doc: Doc, q: Quantity): string | undefined {
  const t = doc.tokens;
  let k = q.last + 1;
  const prep = t[k];
  if (!prep || !['for', 'in', 'to'].includes(prep.lower) || prep.sentence !== q.sentence) return undefined;
  k++;
  if (t[k] && ['the', 'a', 'an'].includes(t[k].lower)) k++;
  const n = t[k];
  if (!n || n.sentence !== q.sentence || !(n.pos === 'NOUN' || n.pos === 'PROPN')) return undefined;
  return `${prep.lower} ${n.lemma}`;
}

function headPhrase(doc: Doc, q: Quantity): string {
  if (!q.head) return 'figure';
  return doc.text.slice(doc.tokens[q.last + 1]?.start ?? q.head.start, q.head.end).replace(/^[-\s]+/, '') || q.head.text;
}

/** The figures already reported as conflicting (each is reported once). */
const reported = new WeakSet<Quantity>();

function reportConflict(ctx: RuleContext, q: Quantity, other: Quantity, what: string, counted = false): void {
  const { doc } = ctx;
  reported.add(q);
  const v = figuresVocabulary();
  // the earlier figure as written, with its qualifier ("about 20 percentage points")
  const earlier = doc.text.slice(doc.tokens[other.qualFirst].start, other.end);
  ctx.report({
    offset: q.start,
    length: q.end - q.start,
    message: counted ? `${figureText(doc, q)} ${what} here, but ${earlier} ${what} earlier in the draft.` : `${figureText(doc, q)} for ${what} here, but ${earlier} earlier in the draft.`,
    fixes: replaceFix(doc, q, other, v),
    related: [{ offset: other.start, length: other.end - other.start, message: `the same ${q.head?.text ?? 'figure'} given as ${figureText(doc, other)}` }],
  });
}

/** Content words of a tally's clause. */
function tallyContext(doc: Doc, t: Tally): Set<string> {
  const out = new Set<string>();
  const tokens = doc.tokens;
  const s = doc.sentences[t.sentence];
  const v = figuresVocabulary();
  for (let i = s.firstToken; i < s.endToken; i++) {
    const x = tokens[i];
    if (i === t.token.index) continue;
    if ((x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ') && !v.voteTally.has(x.lemma) && THREE_LETTERS.test(x.text)) out.add(stem(x.lemma));
  }
  return out;
}

/**
 * Vote tallies: two tallies sharing one side whose other side differs slightly, about the same
 * measure (230-197 and 230-198 for "the abuse-of-power article"); and "the three no votes" against
 * a 5-2 vote.
 */
/**
 * The same amount written with another scale word: "his $44 billion purchase" ... "the $44 million
 * price"; "6.5 billion times that of the sun" ... "6.5 million times as massive as the sun". The
 * digits (two significant ones or more) are the same, the scale words differ, and the later figure
 * refers back ("the", a possessive) or, for a multiple, ends on the same noun; no figure before it
 * has its value.
 */
function checkScaleSlips(ctx: RuleContext, quantities: readonly Quantity[], usable: (e: Quantity, q: Quantity) => boolean,
  digitsOf: (q: Quantity) => string, refers: (q: Quantity) => boolean, conflictFree: (q: Quantity) => boolean): void {
  const { doc } = ctx;
  const byMantissa = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const sc = q.number.scale;
    if (!sc || q.number.words || q.quoted || q.qualifier && q.qualifier !== 'approx') continue;
    if (digitsOf(q).replace(/^0+/, '').replace(/0+$/, '').length < 2) continue;
    const key = `${q.kind} ${q.currency ?? ''} ${q.unit ?? ''} ${q.rate ?? ''} ${q.number.value / sc.value}`;
    const list = byMantissa.get(key);
    if (!list) { byMantissa.set(key, [q]); continue; }
    if (reported.has(q) || q.expectation || !conflictFree(q)) { list.push(q); continue; }
    const e = list.find((x) => x.number.scale!.value !== sc.value && x.sentence !== q.sentence);
    list.push(q);
    if (!e || list.some((x) => x !== q && x.number.scale!.value === sc.value) || !usable(e, q)) continue;
    const shared = refers(q) || (q.unit === 'times' && sameObjectAfter(doc, e, q));
    if (!shared) continue;
    reportConflict(ctx, q, e, 'the same amount');
  }
}

/** "6.5 billion times that of the sun" / "6.5 million times as massive as the sun": the same noun closes both clauses. */
function sameObjectAfter(doc: Doc, a: Quantity, b: Quantity): boolean {
  const nouns = (q: Quantity) => { const out = new Set<string>(); for (let k = q.last + 1, n = 0; n < 6 && doc.tokens[k]?.sentence === q.sentence; k++, n++) if (doc.tokens[k].pos === 'NOUN' || doc.tokens[k].pos === 'PROPN') out.add(doc.tokens[k].lemma); return out; };
  const x = nouns(a);
  for (const y of nouns(b)) if (x.has(y)) return true;
  return false;
}

/**
 * Amounts converted at two rates in one draft: "500,000 rupees ($7,000)" ... "200,000 rupees
 * ($28,000)". Each amount in one currency followed by its conversion in brackets gives a rate; a
 * rate more than 15% away from the first one's (beyond the rounding of the figures) is reported.
 */
function checkConversions(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const v = figuresVocabulary();
  const pairs = new Map<string, Array<{ a: Quantity; b: Quantity; lo: number; hi: number }>>();
  const qs = model.quantities;
  // the bounds of a figure (and 10% either way for "about")
  // (the amount converted is as written; its conversion rounded to two significant digits at most)
  const bounds = (q: Quantity, converted: boolean): [number, number] => {
    const u = (converted ? Math.min(roundingUnit(q.value, q.precision), Math.max(q.precision, 10 ** (Math.floor(Math.log10(q.value)) - 1))) : q.precision) / 2;
    const w = q.qualifier === 'approx' ? q.value * 0.1 : 0;
    return [q.value - u - w, q.value + u + w];
  };
  for (let i = 1; i < qs.length; i++) {
    const a = qs[i - 1], b = qs[i];
    if (a.kind !== 'money' || b.kind !== 'money' || !a.currency || !b.currency || a.currency === b.currency || a.sentence !== b.sentence) continue;
    if (t[a.last + 1]?.text !== '(' || b.qualFirst !== a.last + 2 || t[b.last + 1]?.text !== ')' || a.quoted || a.high !== undefined || b.high !== undefined) continue;
    if (a.qualifier && a.qualifier !== 'approx' || b.qualifier && b.qualifier !== 'approx' || !(a.value > 0) || !(b.value > 0)) continue;
    const [alo, ahi] = bounds(a, false), [blo, bhi] = bounds(b, true);
    const key = `${a.currency}>${b.currency}`;
    const list = pairs.get(key) ?? [];
    list.push({ a, b, lo: blo / ahi, hi: bhi / alo });
    pairs.set(key, list);
  }
  // (a conversion of another year may be at another rate: the sentences name the same years, or none)
  const years = (si: number) => { const s = doc.sentences[si]; const out: string[] = []; for (let k = s.firstToken; k < s.endToken; k++) if (t[k].type === 'number' && YEAR.test(t[k].text)) out.push(t[k].text); return out.sort().join(' '); };
  for (const list of pairs.values()) {
    if (list.length < 2) continue;
    const first = list[0];
    for (const p of list.slice(1)) {
      if (!(p.lo > first.hi * 1.15 || p.hi < first.lo / 1.15) || years(p.a.sentence) !== years(first.a.sentence)) continue;
      const rate = first.b.value / first.a.value;
      const expected = p.a.value * rate;
      const unit = 10 ** Math.max(0, Math.floor(Math.log10(expected)) - 1);
      const rounded = Math.round(expected / unit) * unit;
      const text = writeLike(rounded, p.b.number, v, false);
      const txt = (q: Quantity) => doc.text.slice(q.start, q.end);
      ctx.report({
        offset: p.b.start,
        length: p.b.end - p.b.start,
        message: `At the rate of ${txt(first.a)} to ${txt(first.b)} given earlier, ${txt(p.a)} is about ${text ? doc.text.slice(p.b.start, p.b.number.numStart) + text + doc.text.slice(p.b.number.numEnd, p.b.end) : rounded}, not ${txt(p.b)}.`,
        fixes: text ? [{ title: `Change to ${text}`, edits: [{ offset: p.b.number.numStart, length: p.b.number.numEnd - p.b.number.numStart, newText: text }] }] : [],
        related: [{ offset: first.a.start, length: first.b.end + 1 - first.a.start, message: 'the conversion earlier in the draft' }],
      });
    }
  }
}

/** Units of one dimension, in its base unit: the conversions a draft gives in brackets. */
const UNIT_FACTORS: Record<string, [string, number]> = (() => {
  const out: Record<string, [string, number]> = {};
  const add = (dim: string, factor: number, ...names: string[]) => { for (const n of names) out[n] = [dim, factor]; };
  add('length', 0.001, 'mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres');
  add('length', 0.01, 'cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres');
  add('length', 1, 'meter', 'meters', 'metre', 'metres');
  add('length', 1000, 'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres');
  add('length', 0.0254, 'inch', 'inches');
  add('length', 0.3048, 'foot', 'feet');
  add('length', 0.9144, 'yard', 'yards');
  add('length', 1609.344, 'mile', 'miles');
  add('mass', 0.001, 'gram', 'grams');
  add('mass', 1, 'kg', 'kilogram', 'kilograms');
  add('mass', 1000, 'tonne', 'tonnes');
  add('mass', 0.45359237, 'pound', 'pounds', 'lb', 'lbs');
  add('mass', 0.028349523125, 'ounce', 'ounces', 'oz');
  add('volume', 1, 'liter', 'liters', 'litre', 'litres');
  add('volume', 3.785411784, 'gallon', 'gallons');
  add('area', 4046.8564224, 'acre', 'acres');
  add('area', 10000, 'hectare', 'hectares');
  add('speed', 0.44704, 'mph');
  add('speed', 1 / 3.6, 'kph');
  return out;
})();

/**
 * A measure and its conversion in brackets that do not agree: "375 millimeters (about 9 inches)"
 * (14.8), "6.5 meters (about 16 feet)" (21). The conversion may be rounded to its last digit and
 * off by 15% (20% with "about"), the measure by its own last digit.
 */
function checkUnitConversions(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const qs = model.quantities;
  for (let i = 1; i < qs.length; i++) {
    const a = qs[i - 1], b = qs[i];
    if (a.kind !== 'measure' || b.kind !== 'measure' || !a.unit || !b.unit || a.sentence !== b.sentence || a.quoted) continue;
    const ua = UNIT_FACTORS[a.unit], ub = UNIT_FACTORS[b.unit];
    if (!ua || !ub || ua[0] !== ub[0] || ua[1] === ub[1]) continue;
    if (t[a.last + 1]?.text !== '(' || b.qualFirst !== a.last + 2 || t[b.last + 1]?.text !== ')') continue;
    if (a.qualifier && a.qualifier !== 'approx' || b.qualifier && b.qualifier !== 'approx' || a.high !== undefined || b.high !== undefined || !(a.value > 0) || !(b.value > 0)) continue;
    const f = ua[1] / ub[1];
    const [alo, ahi] = [(a.value - a.precision / 2) * f, (a.value + a.precision / 2) * f];
    const w = b.qualifier === 'approx' || a.qualifier === 'approx' ? 0.2 : 0.15;
    const blo = Math.min(b.value - b.precision / 2, b.value * (1 - w)), bhi = Math.max(b.value + b.precision / 2, b.value * (1 + w));
    if (ahi >= blo && alo <= bhi) continue;
    const expected = a.value * f;
    const shown = expected >= 10 ? Math.round(expected) : Math.round(expected * 10) / 10;
    const unitText = doc.text.slice(t[b.last].start, t[b.last].end);
    const start = t[b.qualFirst].start;
    ctx.report({
      offset: start,
      length: b.end - start,
      message: `${doc.text.slice(a.start, a.end)} is about ${shown.toLocaleString('en-US')} ${unitText}, not ${doc.text.slice(b.start, b.end)}.`,
      fixes: [{ title: `Change to ${shown.toLocaleString('en-US')}`, edits: [{ offset: b.number.numStart, length: b.number.numEnd - b.number.numStart, newText: shown.toLocaleString('en-US') }] }],
      related: [{ offset: a.start, length: a.end - a.start, message: 'the measure converted' }],
    });
  }
}

interface Range { lo: Quantity; hi: Quantity }
const OLD_WORDS = new Set(['previous', 'old', 'prior', 'earlier', 'original', 'initial', 'last']);

/**
 * A range referred back to with one end changed: "expects earnings of $5.60 to $5.75 a share" ...
 * "On the new forecast of $5.50 to $5.75 a share". The later range follows "the ... NOUN of"; the
 * earlier one is the only range of the same kind and rate sharing one end with it, other than one
 * called previous, old or original (when the later one is not).
 */
function checkRanges(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const ranges: Range[] = [];
  const qs = model.quantities;
  for (let i = 1; i < qs.length; i++) {
    const a = qs[i - 1], b = qs[i];
    if (a.sentence !== b.sentence || a.kind !== b.kind || (a.kind !== 'money' && a.kind !== 'percent') || a.currency !== b.currency || a.quoted || b.quoted) continue;
    if (b.qualFirst !== a.last + 2 || !['to', '-', '–'].includes(t[a.last + 1].lower) || a.qualifier || b.qualifier || a.rate && a.rate !== b.rate) continue;
    if (a.change || b.change || !(a.value < b.value)) continue;
    ranges.push({ lo: a, hi: b });
  }
  if (ranges.length < 2) return;
  const words = (r: Range) => { const out: string[] = []; for (let k = r.lo.qualFirst - 1, n = 0; k >= 0 && n < 6 && t[k].sentence === r.lo.sentence; k--, n++) out.push(t[k].lower); return out; };
  for (let j = 1; j < ranges.length; j++) {
    const r = ranges[j];
    const before = words(r);
    // "the new forecast of", "its forecast of"
    if (before[0] !== 'of' || t[r.lo.qualFirst - 2]?.pos !== 'NOUN' || !before.slice(2, 5).some((w) => w === 'the' || w === 'its' || w === 'their')) continue;
    const old = before.slice(0, 4).some((w) => OLD_WORDS.has(w));
    const noun = t[r.lo.qualFirst - 2];
    // (not "the analysts' estimate of": someone else's)
    if (before.slice(0, 5).some((w) => w === "'s" || w === '’s' || w === "'" || w === '’')) continue;
    const nounIn = (si: number) => { const s = doc.sentences[si]; for (let k = s.firstToken; k < s.endToken; k++) if (stem(t[k].lemma) === stem(noun.lemma)) return true; return false; };
    const matches = ranges.slice(0, j).filter((e) => e.lo.sentence !== r.lo.sentence && (e.hi.rate ?? '') === (r.hi.rate ?? '')
      && ((e.lo.value === r.lo.value) !== (e.hi.value === r.hi.value)) && (old || !words(e).slice(0, 4).some((w) => OLD_WORDS.has(w))) && nounIn(e.lo.sentence));
    if (matches.length !== 1 || ranges.slice(0, j).some((e) => e.lo.value === r.lo.value && e.hi.value === r.hi.value)) continue;
    const e = matches[0];
    const [q, other] = e.lo.value === r.lo.value ? [r.hi, e.hi] : [r.lo, e.lo];
    if (reported.has(q)) continue;
    reportConflict(ctx, q, other, `the ${noun.text}`);
  }
}

const TALLY_OTHER_TIME = new Set(['also', 'earlier', 'ago', 'last', 'previous', 'previously', 'again', 'before', 'semifinal', 'semifinals', 'quarterfinal', 'quarterfinals']);

function checkTallies(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const v = figuresVocabulary();
  const tallies = model.tallies.filter((t) => t.vote && !t.quoted);
  const contexts = new Map<Tally, Set<string>>();
  const ctxOf = (t: Tally) => { let c = contexts.get(t); if (!c) { c = tallyContext(doc, t); contexts.set(t, c); } return c; };
  for (let j = 1; j < tallies.length; j++) {
    const q = tallies[j];
    if (Math.max(q.a, q.b) < 10 || q.a === q.b) continue;
    let best: Tally | undefined, bestShared = 0;
    for (let i = 0; i < j; i++) {
      const e = tallies[i];
      if (e.a === q.a && e.b === q.b) { best = undefined; bestShared = Infinity; break; }
      if (e.sentence === q.sentence) continue;
      const close = (x: number, y: number) => Math.abs(x - y) <= 3 || typoLike(String(x), String(y));
      const oneSide = (e.a === q.a && close(e.b, q.b)) || (e.b === q.b && close(e.a, q.a));
      if (!oneSide) continue;
      const a = ctxOf(e), b = ctxOf(q);
      const shared = [...a].filter((x) => b.has(x)).length;
      if (shared > bestShared) { best = e; bestShared = shared; }
    }
    if (!best || bestShared < 2) continue;
    ctx.report({
      offset: q.token.start,
      length: q.token.end - q.token.start,
      message: `The vote is given as ${q.token.text} here but ${best.token.text} earlier in the draft.`,
      fixes: [{ title: `Use the earlier tally (${best.token.text})`, edits: [{ offset: q.token.start, length: q.token.end - q.token.start, newText: best.token.text }] }],
      related: [{ offset: best.token.start, length: best.token.end - best.token.start, message: `the same vote given as ${best.token.text}` }],
    });
  }
  // A definite reference to an earlier result: "won 4-2 in a penalty shootout" ... "the 4-3 shootout win".
  const all = model.tallies.filter((t) => !t.quoted);
  for (const q of all) {
    const tokens = doc.tokens;
    const before = tokens[q.token.index - 1];
    let noun: Token | undefined = tokens[q.token.index + 1];
    // "the 4-3 shootout win", or "won the shootout 4-3"
    if (before?.lower !== 'the') {
      const det = tokens[q.token.index - 2], verb = tokens[q.token.index - 3];
      noun = before && (before.pos === 'NOUN' || before.pos === 'ADJ') && det?.lower === 'the' && verb && verb.pos === 'VERB' && ['win', 'lose', 'take', 'clinch', 'settle', 'decide'].includes(verb.lemma) ? before : undefined;
    }
    const verbForm = before?.lower !== 'the';
    if (!noun || (noun.pos !== 'NOUN' && !verbForm) || noun.sentence !== q.sentence || q.a === q.b) continue;
    const earlierTallies = all.filter((e) => e.token.start < q.token.start && e.sentence !== q.sentence);
    if (earlierTallies.some((e) => (e.a === q.a && e.b === q.b) || (e.a === q.b && e.b === q.a))) continue;
    // The noun goes with the tally nearest it in its sentence: "won 4-2 in a penalty shootout after
    // a 3-3 draw" gives the shootout as 4-2, not 3-3 (a tie goes to the tally before the noun).
    const nearest = (k: number, sentence: number): Tally | undefined => {
      let best: Tally | undefined, bestDistance = Infinity;
      for (const e of earlierTallies) {
        if (e.sentence !== sentence) continue;
        let distance = Math.abs(e.token.index - k) + (e.token.index > k ? 0.5 : 0);
        // "in a penalty shootout after a 3-3 draw": a tally after "after" is of something else
        for (let x = Math.min(k, e.token.index) + 1; x < Math.max(k, e.token.index); x++) if (['after', 'before', 'following'].includes(tokens[x].lower)) distance += 10;
        if (distance < bestDistance) { best = e; bestDistance = distance; }
      }
      return best;
    };
    const about = earlierTallies.filter((e) => {
      for (let k = Math.max(0, e.token.index - 5); k < e.token.index + 6; k++) if (k !== e.token.index && tokens[k]?.sentence === e.sentence && tokens[k].lemma === noun.lemma && nearest(k, e.sentence) === e) return true;
      return false;
    });
    if (about.length !== 1) continue;
    const e = about[0];
    // "Argentina won the shootout 4-3": the same team, at no other time ("Four years earlier, Croatia won the shootout")
    if (verbForm) {
      const s = doc.sentences[q.sentence];
      let other = false;
      const names = new Set<string>();
      const es = doc.sentences[e.sentence];
      for (let k = es.firstToken; k < es.endToken; k++) names.add(tokens[k].text);
      for (let k = s.firstToken; k < s.endToken; k++) {
        const x = tokens[k];
        if (k < noun.index && x.pos === 'PROPN' && /^[A-Z]/.test(x.text) && !names.has(x.text)) other = true;
        if (TALLY_OTHER_TIME.has(x.lower) || (x.type === 'number' && YEAR.test(x.text))) other = true;
      }
      if (other) continue;
    }
    ctx.report({
      offset: Math.min(q.token.start, noun.start),
      length: Math.max(noun.end, q.token.end) - Math.min(q.token.start, noun.start),
      message: `The ${noun.text} is given as ${q.token.text} here but ${e.token.text} earlier in the draft.`,
      fixes: [{ title: `Use the earlier result (${e.token.text})`, edits: [{ offset: q.token.start, length: q.token.end - q.token.start, newText: e.token.text }] }],
      related: [{ offset: e.token.start, length: e.token.end - e.token.start, message: `the same ${noun.text} given as ${e.token.text}` }],
    });
  }
  // "The three no votes" / "the 198 votes against": the side of a tally.
  if (!tallies.length) return;
  const tokens = doc.tokens;
  for (const q of model.quantities) {
    if (q.kind !== 'count' || !q.definite || q.quoted || q.qualifier) continue;
    let side: 'against' | 'for' | undefined;
    const k = q.last + 1;
    if (phraseAt(tokens, k, v.voteAgainst, q.sentence)) side = 'against';
    else if (phraseAt(tokens, k, v.voteFor, q.sentence)) side = 'for';
    else if (q.head && ['vote', 'votes'].includes(q.head.lower)) {
      const after = q.headEnd + 1;
      if (phraseAt(tokens, after, [['against']], q.sentence)) side = 'against';
      else if (phraseAt(tokens, after, [['in', 'favor'], ['in', 'favour'], ['for']], q.sentence)) side = 'for';
    }
    if (!side) continue;
    const before = tallies.filter((t) => t.token.start < q.start);
    if (!before.length) continue;
    const sideOf = (t: Tally) => (side === 'against' ? Math.min(t.a, t.b) : Math.max(t.a, t.b));
    if (before.some((t) => sideOf(t) === q.value)) continue;
    // Only one vote to refer to.
    if (new Set(before.map((t) => `${t.a}-${t.b}`)).size !== 1) continue;
    const t = before[before.length - 1];
    const end = tokens[q.headEnd]?.end ?? q.end;
    ctx.report({
      offset: q.start,
      length: Math.max(end, q.end) - q.start,
      message: `The ${t.token.text} vote had ${sideOf(t)} ${side === 'against' ? 'against' : 'in favor'}, not ${figureText(doc, q)}.`,
      fixes: fixSide(q, sideOf(t), v),
      related: [{ offset: t.token.start, length: t.token.end - t.token.start, message: `the vote, ${t.token.text}` }],
    });
  }
}

function fixSide(q: Quantity, n: number, v: FiguresVocabulary): Fix[] {
  const text = writeLike(n, q.number, v);
  return text ? [{ title: `Change to ${text}`, edits: [{ offset: q.number.numStart, length: q.number.numEnd - q.number.numStart, newText: text }] }] : [];
}

