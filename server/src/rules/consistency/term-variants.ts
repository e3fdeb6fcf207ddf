// consistency/term-variants: one term written two ways in a draft. Variants come from
// server/data/term-variants.yaml (G-7/G7, email/e-mail, COVID-19/Covid-19, percent/per cent,
// British/American spellings) and from the draft itself: a hyphen or a space dropped
// (co-worker/coworker, Council member/Councilmember), periods (A.I./AI), capitals (green
// jacket/Green Jacket), month styles (Jan. 6/January 6), and a name spelled two nearly identical
// ways (Naypyitaw/Naypyidaw). The minority form is reported, fixed to the house form or else the
// draft's dominant one. Quotations keep their words, headlines their style, and people's names are
// left to the names rules.
import { defineRule } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { ResolvedConfig } from '../../engine/config';
import { matchCase } from '../../engine/fixes';
import { knowledgeBase, KEY_FLAGS, nameKey } from '../../engine/kb';
import type { RelatedSpan } from '../../engine/types';
import sets from '../../../generated/term-variants.json';
import vocabulary from '../../../generated/consistency.json';
import { figureMentions } from '../figures/model';
import { figuresVocabulary } from '../figures/vocabulary';
import { placeHits } from './place-names';
import { isPlaceWord } from '../../engine/places';
import { isDictionaryWord } from '../../engine/nlp';
import { draftWords, Exceptions, FormIndex, insideException, isCap, lowerAt, shapeOf, SHAPE, upperAt, type Word } from './words';

interface TermSet {
  id: string;
  kind: 'term' | 'spelling';
  variants: Array<{ name: string; forms: string[] }>;
  preferred: Record<string, number>;
  caseSensitive: boolean;
  care: Record<string, string>;
  note: string;
  source: string;
  exceptions: Array<{ phrase: string; re: string; flags: string }>;
  /** The forms are people's names in the knowledge base (computed by scripts/data/term-variants.mjs). */
  person?: true;
  /** The British and the American variant, for a term set that follows the spelling system ("per cent" / "percent"). */
  system?: [number, number];
}

interface Occurrence {
  offset: number;
  length: number;
  text: string;
  /** The family: every occurrence of one term. */
  group: string;
  /** The way it is written, within the family. */
  variant: string;
  /** Index of the form in its variant's list (to keep an inflection when fixing: colours -> colors). */
  form?: number;
  /** Rewrites this occurrence the way `target` is written. */
  rewrite?: (target: Occurrence) => string | undefined;
  set?: TermSet;
  /** The house style's form (on a tie, it wins). */
  house?: boolean;
  what: string;
}

interface Compiled {
  /** A term set, read from the compiled data the first time it is found in a draft. */
  set(si: number): TermSet;
  index: FormIndex<[number, number]>;
  /** A set's fixed names and phrases, read the first time the set is found in a draft. */
  exceptions(si: number): Exceptions | undefined;
  distinct: Set<string>;
  titles: Set<string>;
  personContext: Set<string>;
  minorWords: Set<string>;
  /** Abbreviated first words of place names by their short or long form ("Ft.", "Fort"): the first entry that has it. */
  abbreviations: Map<string, Abbreviation>;
  /** The same by the short form without its period ("Ft"), for a word followed by a period token. */
  abbreviationStems: Map<string, Abbreviation>;
  institutionHeads: Set<string>;
  genericDeterminers: Set<string>;
  /** Prefixes AP writes closed ("preschool"): the closed form is the house form. */
  closedPrefixes: Set<string>;
  /** Words after a place's or company's name ("County", "Foods"). */
  nameHeads: Set<string>;
}

interface Abbreviation {
  short: string;
  long: string;
  ap: string;
}

/** Each item of `list` under its keys; a key keeps the first item that has it. */
function firstBy<T>(list: readonly T[], keys: (x: T) => string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const x of list) for (const k of keys(x)) if (!map.has(k)) map.set(k, x);
  return map;
}

let compiled: Compiled | undefined;
function data(): Compiled {
  if (compiled) return compiled;
  // A spelling pair's shared fields are written once in the data (scripts/data/term-variants.mjs).
  const spelling = sets.spelling as unknown as { preferred: Record<string, number>; note: string; source: string };
  const raw = sets.sets as unknown as Array<Partial<TermSet> & Pick<TermSet, 'id' | 'kind' | 'variants'>>;
  const expanded: TermSet[] = [];
  const set = (si: number): TermSet => {
    const s = raw[si];
    return (expanded[si] ??= s.kind === 'spelling'
      ? { ...s, preferred: spelling.preferred, caseSensitive: false, care: s.care ?? {}, note: s.note ?? spelling.note, source: spelling.source, exceptions: s.exceptions ?? [] }
      : s as TermSet);
  };
  // Looked up in the compiled tables themselves; the compiler lists the words that start a phrase.
  const index = new FormIndex<[number, number]>(
    sets.exact as unknown as Record<string, [number, number]>,
    sets.folded as unknown as Record<string, [number, number]>,
    sets.multiword,
  );
  const exceptions: Array<Exceptions | undefined> = [];
  compiled = {
    set,
    index,
    exceptions: (si) => {
      const s = set(si);
      if (!s.exceptions.length) return undefined;
      return (exceptions[si] ??= new Exceptions(s.exceptions, s.exceptions[0].flags));
    },
    distinct: new Set(vocabulary.distinctWords.flatMap(([h, w]) => [`${h}|${w}`])),
    titles: new Set(vocabulary.titles),
    personContext: new Set(vocabulary.personContext),
    minorWords: new Set(vocabulary.minorWords),
    abbreviations: firstBy(vocabulary.abbreviations, (a) => [a.short, a.long]),
    abbreviationStems: firstBy(vocabulary.abbreviations, (a) => [a.short.slice(0, -1)]),
    institutionHeads: new Set(vocabulary.institutionHeads),
    genericDeterminers: new Set(vocabulary.genericDeterminers),
    closedPrefixes: new Set((vocabulary as { closedPrefixes?: string[] }).closedPrefixes ?? []),
    nameHeads: new Set((vocabulary as { nameHeads?: string[] }).nameHeads ?? []),
  };
  return compiled;
}

// A word's letter classes are read once, in draftWords (Word.shape); these ask for one of them.
const cap = (w: Word) => (w.shape & SHAPE.cap) !== 0;
const title = (w: Word) => (w.shape & SHAPE.title) !== 0;
const lowerWord = (w: Word) => (w.shape & SHAPE.lowerWord) !== 0;
const letter = (w: Word) => (w.shape & SHAPE.letter) !== 0;
/** The writer's words: not in a headline (headline style differs), not in a quotation. */
const writer = (w: Word) => !w.headline && !w.quoted;

// ── Occurrences from the term sets ──

/** A British or American spelling inside a proper noun ("World Health Organization"). */
interface ProperSpelling { set: TermSet; variant: number; offset: number; length: number; text: string }

function setOccurrences(doc: Doc, words: readonly Word[], out: Occurrence[], proper: ProperSpelling[] = []): void {
  const d = data();
  for (const hit of d.index.find(words)) {
    const w = hit.first;
    if (!writer(w)) continue;
    const [si, vi] = hit.value;
    const set = d.set(si);
    // Sets whose forms are people's names (Zelenskyy/Zelensky): the names rules handle those.
    if (set.person) continue;
    const offset = w.start, end = hit.last.end;
    const t = doc.tokens[w.first];
    // British/American spellings: proper nouns keep theirs (Labour Party, Pearl Harbor).
    if (set.kind === 'spelling' && (t.pos === 'PROPN' || (isCap(hit.text) && !w.initial))) {
      if (isCap(hit.text) && !w.initial) proper.push({ set, variant: vi, offset, length: end - offset, text: hit.text });
      continue;
    }
    // A form that is not always this term ("US" for "us" in capitals; "Internet" at a sentence start).
    if (set.care[hit.text] !== undefined && (w.initial || (w.index + 1 < words.length && words[w.index + 1].sentence === w.sentence && (words[w.index + 1].shape & SHAPE.upper) !== 0))) continue;
    const ex = d.exceptions(si);
    if (ex && insideException(doc, ex, offset, end)) continue;
    const variant = set.variants[vi];
    const text = hit.text;
    const form = set.caseSensitive ? variant.forms.indexOf(text) : variant.forms.findIndex((f) => f.toLowerCase() === text.toLowerCase());
    const initial = w.initial;
    out.push({
      offset, length: end - offset, text, group: `set:${set.id}`, variant: String(vi), form: Math.max(0, form), set,
      what: set.kind === 'spelling' ? 'spelling' : 'term',
      rewrite: (target) => {
        const tv = set.variants[Number(target.variant)];
        const f = tv.forms[Math.max(0, form)] ?? tv.forms[0];
        return set.caseSensitive && !initial ? f : matchCase(text, f);
      },
    });
  }
}

// ── Occurrences found in the draft itself ──

function draftOccurrences(doc: Doc, config: ResolvedConfig, words: readonly Word[], out: Occurrence[]): void {
  const d = data();
  const tokens = doc.tokens;
  // 1. Hyphenated, closed and spaced forms of one word.
  const byKey = new Map<string, Occurrence[]>();
  const add = (o: Occurrence, key: string) => {
    const list = byKey.get(key) ?? [];
    list.push(o);
    byKey.set(key, list);
  };
  const hyphenKeys = new Set<string>();
  for (const w of words) {
    if (!(w.last > w.first || (w.shape & SHAPE.hyphen)) || !writer(w) || !letter(w)) continue;
    const key = w.lower.replace(/-/g, '');
    hyphenKeys.add(key);
    add({ offset: w.start, length: w.end - w.start, text: w.text, group: `join:${key}`, variant: 'hyphen', what: 'word', rewrite: (t) => matchCase(w.text, t.text) }, key);
  }
  const closed = new Map<string, Word[]>();
  for (const w of words) {
    if (w.last > w.first || w.text.length < 4 || !writer(w)) continue;
    const key = w.lower;
    const pos = w.pos;
    const noun = (pos === 'NOUN' || pos === 'PROPN') && w.text.length >= 6;
    if (!hyphenKeys.has(key) && !noun) continue;
    if (!(w.shape & SHAPE.alnum)) continue;
    if (hyphenKeys.has(key)) add({ offset: w.start, length: w.end - w.start, text: w.text, group: `join:${key}`, variant: 'closed', what: 'word', rewrite: (x) => matchCase(w.text, x.text) }, key);
    if (noun) {
      const list = closed.get(key) ?? [];
      list.push(w);
      closed.set(key, list);
    }
  }
  // Followed by a noun phrase: the hyphenated words modify it ("fourth-quarter financial results").
  const nounAfter = (w: Word) => { const n = tokens[w.last + 1]; return !!n && n.sentence === tokens[w.last].sentence && (n.pos === 'NOUN' || n.pos === 'PROPN' || n.pos === 'NUM' || n.pos === 'ADJ'); };
  const spacedKeys = new Set<string>();
  /** After a determiner or a possessive ("the", "his", "Wendt's"). */
  const determined = (w: Word) => { const p = tokens[w.first - 1]; return !!p && p.sentence === tokens[w.first].sentence && (p.pos === 'DET' || POSSESSIVES.has(p.lower)); };
  // Cheap gates before building "a b" keys: the first two letters and the length, and the last two
  // letters, of a known form (as small integers: a hash, so a gate may let a pair through that the
  // lookup then rejects, never the other way round).
  const head = (s: string, length: number) => ((s.charCodeAt(0) & 0x3ff) << 20) | ((s.charCodeAt(1) & 0x3ff) << 10) | (length & 0x3ff);
  const tail = (s: string) => ((s.charCodeAt(s.length - 2) & 0x7fff) << 15) | (s.charCodeAt(s.length - 1) & 0x7fff);
  const heads = new Set<number>(), tails = new Set<number>();
  const addGates = (k: string) => { heads.add(head(k, k.length)); tails.add(tail(k)); };
  for (const k of closed.keys()) addGates(k);
  for (const k of hyphenKeys) addGates(k);
  if (closed.size || hyphenKeys.size) {
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1], b = words[i];
      // (every spaced form found below ends with a noun)
      if (!b.spaced || (b.pos !== 'NOUN' && b.pos !== 'PROPN') || a.last !== a.first || b.last !== b.first || a.text.length + b.text.length < 6 || a.lower.length < 2 || b.lower.length < 2) continue;
      if (!heads.has(head(a.lower, a.lower.length + b.lower.length)) || !tails.has(tail(b.lower)) || !writer(a)) continue;
      const pa = a.pos, pb = b.pos;
      const key = (a.lower + b.lower);
      const closedForms = closed.get(key);
      const text = `${a.text} ${b.text}`;
      if (closedForms) {
        const proper = pa === 'PROPN' && pb === 'PROPN' && cap(a) && cap(b);
        if (!((pa === 'NOUN' || pa === 'PROPN') && pb === 'NOUN') && !proper) continue;
        // "Viet Nam" / "Vietnam": not a person's given name and surname
        if (proper && (mayBePerson(doc, words, closedForms) || knowledgeBase().byFullName(text).length > 0 || closedForms.some((c) => c.pos !== 'PROPN'))) continue;
        add({ offset: a.start, length: b.end - a.start, text, group: `join:${key}`, variant: 'spaced', what: 'word', rewrite: (x) => matchCase(text, x.text) }, key);
        spacedKeys.add(key);
        for (const c of closedForms) {
          if (!byKey.get(key)?.some((o) => o.offset === c.start)) add({ offset: c.start, length: c.end - c.start, text: c.text, group: `join:${key}`, variant: 'closed', what: 'word', rewrite: (x) => matchCase(c.text, x.text) }, key);
        }
      } else if (hyphenKeys.has(key)) {
        // "the mini budget" / "the mini-budget": both used as nouns (a hyphenated modifier before a
        // noun and the spaced noun, "long-term plan" / "in the long term", are both right)
        // (a verb and its object, "cease fire", unless a determiner or possessive makes the two a
        // noun: "Wendt's cross examination")
        if (pb !== 'NOUN' || (pa === 'VERB' && !determined(a)) || pa === 'AUX' || nounAfter(b)) continue;
        add({ offset: a.start, length: b.end - a.start, text, group: `join:${key}`, variant: 'spaced', what: 'word', rewrite: (x) => matchCase(text, x.text) }, key);
        spacedKeys.add(key);
      }
    }
  }
  for (const [key, list] of byKey) {
    const variants = new Set(list.map((o) => o.variant));
    if (variants.size < 2) continue;
    // A hyphenated compound modifier and the same words spaced ("long-term plan", "in the long term")
    // are both right: hyphenated and spaced forms are compared only when every hyphenated one is a noun.
    if (!variants.has('closed')) {
      const hyphens = list.filter((o) => o.variant === 'hyphen');
      const asNouns = hyphens.every((o) => { const w = wordAt(words, o.offset); return !!w && w.text.split('-').length === 2 && !nounAfter(w) && tokens[w.last].pos === 'NOUN'; });
      if (!asNouns) continue;
    }
    if (list.some((o) => o.variant === 'hyphen' && d.distinct.has(`${o.text.toLowerCase()}|${key}`))) continue;
    out.push(...list);
  }

  // 2. Periods in abbreviations (A.I. / AI, D.C. / DC).
  const abbreviations = new Map<string, Occurrence[]>();
  for (const w of words) {
    if (!(w.shape & (SHAPE.dotted | SHAPE.caps)) || w.last !== w.first || w.text.length < 2 || !upperAt(w.text, 0) || !(upperAt(w.text, 1) || w.text[1] === '.') || !writer(w)) continue;
    let key: string | undefined, variant: string | undefined;
    if (w.shape & SHAPE.dotted) { key = `dot:${w.text.replace(/\./g, '')}`; variant = 'dotted'; }
    else if (w.shape & SHAPE.caps) { key = `dot:${w.text}`; variant = 'plain'; }
    if (!key) continue;
    const list = abbreviations.get(key) ?? [];
    list.push({ offset: w.start, length: w.end - w.start, text: w.text, group: key, variant: variant!, what: 'abbreviation', rewrite: (x) => x.text });
    abbreviations.set(key, list);
  }
  for (const list of abbreviations.values()) if (new Set(list.map((o) => o.variant)).size > 1) out.push(...list);

  // 2b. A courtesy title with and without its period before a name ("Mr. Price" / "Mr Price").
  const courtesy: Occurrence[] = [];
  for (const w of words) {
    if (w.lower.length > 4 || !(w.shape & SHAPE.cap)) continue;
    const bare = w.lower.endsWith('.') ? w.lower.slice(0, -1) : w.lower;
    if (!COURTESY.has(bare) || w.last !== w.first || !writer(w)) continue;
    const next = words[w.index + 1];
    if (!next || next.sentence !== w.sentence || !next.spaced || !cap(next)) continue;
    const stem = w.text.endsWith('.') ? w.text.slice(0, -1) : w.text;
    courtesy.push({ offset: w.start, length: w.end - w.start, text: w.text, group: COURTESY_GROUP, variant: w.text.endsWith('.') ? 'dotted' : 'plain', what: 'courtesy title', rewrite: (x) => (x.variant === 'dotted' ? `${stem}.` : stem) });
  }
  if (new Set(courtesy.map((o) => o.variant)).size > 1) out.push(...courtesy);

  // 3. A name with inner capitals written without them ("BioNTech" / "Biontech"): only words
  // written somewhere with inner capitals are gathered.
  const camel = new Map<string, Word[]>();
  const camelCase = (w: Word) => (w.shape & (SHAPE.inner | SHAPE.title)) !== 0 && writer(w) && w.last === w.first && w.text.length >= 4 && letter(w);
  const innerForms = new Set<string>();
  for (const w of words) if ((w.shape & SHAPE.title) === 0 && camelCase(w)) innerForms.add(w.lower);
  for (const w of innerForms.size ? words : []) {
    if (!innerForms.has(w.lower) || !camelCase(w)) continue;
    const list = camel.get(w.lower) ?? [];
    list.push(w);
    camel.set(w.lower, list);
  }
  for (const [key, list] of camel) {
    const inner = list.filter((w) => !title(w));
    const plain = list.filter(title);
    if (!inner.length || !plain.length || new Set(inner.map((w) => w.text)).size > 1) continue;
    // a person ("DeSantis"): known to the knowledge base, or written beside a given name
    if (knowledgeBase().bySurname(inner[0].text).length || list.some((w) => { const p = words[w.index - 1], n = words[w.index + 1]; return (!!p && w.spaced && p.sentence === w.sentence && cap(p) && !w.initial && !(p.initial && tokens[p.first].pos === 'DET')) || (!!n && n.spaced && n.sentence === w.sentence && cap(n)); })) continue;
    for (const w of [...inner, ...plain]) out.push({ offset: w.start, length: w.end - w.start, text: w.text, group: `camel:${key}`, variant: w.text, what: 'name', rewrite: (x) => x.text });
  }
  // 4. An abbreviated first word of a place name ("Ft. Myers" / "Fort Myers").
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i], n = words[i + 1];
    if (!cap(n) || !writer(w) || n.sentence !== w.sentence) continue;
    // the word with the period after it ("Ft."), looked up without building it unless it is one
    const asStem = d.abbreviationStems.get(w.text), asWord = d.abbreviations.get(w.text);
    if (!asStem && !asWord) continue;
    const t = doc.tokens[w.last];
    const nextToken = doc.tokens[w.last + 1];
    const dot = nextToken?.text === '.' && nextToken.space === '';
    const abbr = dot ? asStem : asWord;
    if (!abbr || t.sentence !== n.sentence) continue;
    const word = dot ? `${w.text}.` : w.text;
    const short = word === abbr.short;
    const end = short && word !== w.text ? nextToken.end : w.end;
    out.push({
      offset: w.start, length: end - w.start, text: word, group: `abbr:${abbr.long.toLowerCase()} ${n.lower}`, variant: short ? 'short' : 'long', what: 'place name',
      house: abbr.ap === (short ? 'short' : 'long'),
      rewrite: (x) => (x.variant === 'short' ? abbr.short : abbr.long),
    });
  }
  // 5. "%" and "percent" in one draft (when the house style asks only for one form per draft).
  if (config.houseStyle.percent === 'consistent') {
    for (const q of figureMentions(doc).quantities) {
      if (q.kind !== 'percent' || q.quoted) continue;
      const block = doc.blocks[doc.sentences[q.sentence].block];
      if (block.headline || block.kind === 'heading' || block.kind === 'title') continue;
      const sign = doc.tokens[q.last].text === '%';
      const digits = q.number.words ? String(q.number.value) : doc.text.slice(q.number.numStart, q.number.numEnd);
      out.push({
        offset: q.number.numStart, length: q.end - q.number.numStart, text: doc.text.slice(q.number.numStart, q.end), group: 'percent-form', variant: sign ? '%' : 'percent', what: 'percent sign',
        rewrite: (x) => (x.variant === '%' ? `${digits}%` : `${digits} percent`),
      });
    }
  }

  // 6. A multiword term capitalised two ways mid-sentence ("green jacket" / "Green Jacket").
  multiwordCase(doc, words, out);
  // 7. Month styles ("Jan. 6" / "January 6").
  dateStyles(doc, out);
  // 8. A name spelled two nearly identical ways ("Naypyitaw" / "Naypyidaw").
  nearNames(doc, words, out);
  // 9. A name or term with and without its accents ("São Paulo" / "Sao Paulo"), its apostrophe
  // ("Alzheimer's" / "Alzheimers"), its capitals ("737 MAX 9" / "737 Max 9", "OB-GYNs" / "ob-gyns")
  // or the hyphens of a compound modifier of three words or more ("use-of-force reports" / "use of
  // force policy").
  spellingVariants(doc, words, out);
}

const MARKS = /\p{M}/gu;
/** A letter with an accent, precomposed or combining (Latin-1 Supplement to Latin Extended Additional). */
const ACCENTED = /[\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]/;
/** A word without its accents ("São" -> "sao"), lower-case; the word itself when it has none. */
const unaccented = (lower: string) => lower.normalize('NFD').replace(MARKS, '');
const isAscii = (s: string) => { for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false; return true; };

/**
 * Could this capitalised word be part of a person's name? Known to the knowledge base, after a
 * title, or before a reporting verb (a word beside other capitalised words is not enough: "São
 * Paulo").
 */
function personWord(doc: Doc, words: readonly Word[], w: Word, surnames = true): boolean {
  const d = data();
  const kb = knowledgeBase();
  if (surnames && kb.bySurname(w.text).length) return true;
  // the capitalised run around the word, as a full name
  let a = w.index, b = w.index;
  while (a > 0 && words[a - 1].sentence === w.sentence && words[a].spaced && cap(words[a - 1]) && !words[a - 1].initial) a--;
  while (b + 1 < words.length && words[b + 1].sentence === w.sentence && words[b + 1].spaced && cap(words[b + 1])) b++;
  if (b > a && kb.byFullName(doc.text.slice(words[a].start, words[b].end)).length) return true;
  const before = words[a - 1];
  // (a place may "declare" or "announce"; people say and tell)
  const speech = (t: { lemma: string } | undefined) => !!t && (t.lemma === 'say' || t.lemma === 'tell');
  // after a title, or a speaker ("said Hassan Ait Lhaj")
  if (before && before.sentence === w.sentence && (d.titles.has(before.text.toLowerCase()) || speech(doc.tokens[before.last]))) return true;
  const tokens = doc.tokens;
  const after = tokens[words[b].last + 1];
  if (!after || after.sentence !== w.sentence) return false;
  if (speech(after) || d.personContext.has(after.lower)) return true;
  // before an age: "Lahcen Aït Brahim, 60,"
  const age = tokens[after.index + 1];
  return after.text === ',' && !!age && age.sentence === w.sentence && age.type === 'number' && /^\d{1,3}$/.test(age.text);
}

const APOSTROPHE_S = new Set(["'s", '’s']);
const POSSESSIVES = new Set(["'s", '’s', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words before a plural ("the Smiths", "both Joneses"): a plural is not a dropped apostrophe. */
const PLURAL_BEFORE = new Set(['the', 'both', 'all', 'two', 'three', 'these', 'those', 'many', 'several', 'some', 'other', 'our', 'their']);

/** In capitals, a plural "s" aside ("OB-GYNs", "MAX"), with at least two letters. */
function capsWord(text: string): boolean {
  let letters = 0;
  const body = text.length > 2 && text.endsWith('s') ? text.slice(0, -1) : text;
  for (let i = 0; i < body.length; i++) {
    if (lowerAt(body, i)) return false;
    if (upperAt(body, i)) letters++;
  }
  return letters >= 2;
}

const hasDigit = (w: Word | undefined) => !!w && /\d/.test(w.text);
/** A figure or a model number ("737", "A321"), not a hyphenated name with a number ("Under-17"). */
const figure = (w: Word) => hasDigit(w) && !(w.shape & SHAPE.hyphen);

/** Adds `w` to the list under `key`. */
function file<K>(map: Map<K, Word[]>, key: K, w: Word): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}

/**
 * A name or term written with and without its accents ("São Paulo" / "Sao Paulo"), its apostrophe
 * ("Alzheimer's" / "Alzheimers"), its capitals ("737 MAX 9" / "737 Max 9", "OB-GYNs" / "ob-gyns") or
 * its hyphens ("use-of-force reports" / "use of force policy"). One pass finds the forms that may
 * have a variant (few drafts have any), a second the variants of those forms only.
 */
function spellingVariants(doc: Doc, words: readonly Word[], out: Occurrence[]): void {
  const tokens = doc.tokens;
  /** The word and, for an ordinary word ("Max"), the figure beside it that makes it a name ("737 Max"). */
  const capsKey = (w: Word): string | undefined => {
    const prev = words[w.index - 1], next = words[w.index + 1];
    const p = prev && prev.sentence === w.sentence && w.spaced && figure(prev) ? prev.lower : undefined;
    const n = !p && next && next.sentence === w.sentence && next.spaced && figure(next) ? next.lower : undefined;
    if (p !== undefined) return `${p} ${w.lower}`;
    if (n !== undefined) return `${w.lower} ${n}`;
    // alone, it must be a word of four letters or more (or hyphenated: "OB-GYNs"), and not an
    // ordinary word ("AIDS" / "aids"): "LA" / "La", "ED" / "Ed" are other words
    const letters = w.text.replace(/[^\p{L}]/gu, '').replace(/s$/, '').length;
    if (letters < 4 && !(w.shape & SHAPE.hyphen)) return undefined;
    if (!(isDictionaryWord(w.lower) || isDictionaryWord(w.lower.replace(/s$/, '')))) return w.lower;
    // a dictionary word ("NATO", "AIDS" / "aids"): only its capitals and a capitalised form on its own
    // in mid-sentence ("Nato estimates"), never the lower-case word nor a word of a longer name
    if (capsWord(w.text)) return w.lower;
    if ((prev && prev.sentence === w.sentence && w.spaced && cap(prev)) || (next && next.sentence === w.sentence && next.spaced && cap(next))) return undefined;
    // (a proper noun, not a place's own name: "India" is not the alliance "INDIA")
    // nor a person's given name or surname ("AMBER Alert" / "Amber, 11, was found")
    if (!title(w) || tokens[w.first].pos !== 'PROPN' || isPlaceWord(w.text)) return undefined;
    return knowledgeBase().keyFlags(nameKey(w.text)) & (KEY_FLAGS.given | KEY_FLAGS.nickname | KEY_FLAGS.surnameWord) ? undefined : w.lower;
  };
  const modifies = (last: number) => { const n = tokens[last + 1]; return !!n && n.sentence === tokens[last].sentence && n.pos === 'NOUN'; };

  // 1. The forms that may have variants.
  const accented = new Map<string, Word[]>();
  const possessive = new Map<string, Word[]>();
  const caps = new Map<string, Word[]>();
  const capsLower = new Set<string>();
  const hyphenated = new Map<string, Word[]>();
  const anyAccent = ACCENTED.test(doc.prose);
  /** The capitalised word after a name's word, so that "São Paulo" is not compared with "Sao Francisco". */
  const nameAfter = (w: Word) => {
    const n = words[w.index + 1];
    return n && n.sentence === w.sentence && n.spaced && cap(n) ? ` ${unaccented(n.lower.split('-')[0])}` : '';
  };
  const accentKeys = new Map<Word, string>();
  for (const w of words) {
    const shape = w.shape;
    if (shape & SHAPE.cap) {
      if (!writer(w)) continue;
      // "São": a capitalised word with an accent
      if (anyAccent && w.text.length >= 3 && !isAscii(w.text) && (shape & SHAPE.letter)) {
        const key = unaccented(w.lower);
        if (key !== w.lower) { file(accented, key, w); accentKeys.set(w, `${key}${nameAfter(w)}`); }
      }
      // "Alzheimer's": a capitalised word written with "'s", by its lower-case form plus "s"
      const next = tokens[w.last + 1];
      if (next && next.space === '' && APOSTROPHE_S.has(next.text) && w.last === w.first && w.text.length >= 4 && (shape & SHAPE.letters)) file(possessive, `${w.lower}s`, w);
      // "MAX", "OB-GYNs": in capitals (no lower-case letter but a plural "s"), not a dateline
      // ("SÃO PAULO (AP) —") nor a run of capitals (emphasis, a heading)
      if (!(shape & SHAPE.title) && (shape & SHAPE.letter) && capsWord(w.text) && !dateline(doc, words, w)) {
        const prev = words[w.index - 1], after = words[w.index + 1];
        if ((prev && prev.sentence === w.sentence && capsWord(prev.text) && !hasDigit(prev)) || (after && after.sentence === w.sentence && capsWord(after.text) && !hasDigit(after))) continue;
        const key = capsKey(w);
        if (key) { file(caps, key, w); capsLower.add(w.lower); }
      }
    } else if ((shape & SHAPE.hyphen) && (shape & SHAPE.lowerWord) && w.text.indexOf('-') !== w.text.lastIndexOf('-') && writer(w) && modifies(w.last)) {
      // "use-of-force reports": a hyphenated compound of three words or more before a noun
      const parts = w.lower.split('-');
      if (parts.length >= 3 && !parts.some((p) => !p)) file(hyphenated, parts.join(' '), w);
    }
  }
  if (!accented.size && !possessive.size && !caps.size && !hyphenated.size) return;

  // 2. Their variants.
  const plain = new Map<string, Word[]>();
  const other = new Map<string, Word[]>();
  const firsts = new Map<string, string[]>();
  for (const key of hyphenated.keys()) { const f = key.split(' ')[0]; firsts.set(f, [...(firsts.get(f) ?? []), key]); }
  // one lookup per word: the lower-case forms any of the four looks for
  const wanted = new Set<string>([...accented.keys(), ...possessive.keys(), ...capsLower, ...firsts.keys()]);
  const spaced: Array<{ key: string; first: Word; last: Word }> = [];
  for (const w of words) {
    const lower = w.lower;
    if (!wanted.has(lower) || !writer(w)) continue;
    const a = accented.get(lower), p = possessive.get(lower), c = capsLower.has(lower), f = firsts.get(lower);
    // "Sao": the plain form of an accented word (a capitalised word at the start of a sentence may
    // be an ordinary word: "Resume")
    if (a && cap(w) && isAscii(w.text) && !(w.initial && isDictionaryWord(lower))) { a.push(w); accentKeys.set(w, `${lower}${nameAfter(w)}`); }
    // "Alzheimers", not a plural ("the Smiths", "the Smiths' house") nor a longer name ("Lloyds Bank")
    if (p && cap(w) && w.last === w.first && !isDictionaryWord(lower.slice(0, -1))) {
      const prev = words[w.index - 1], next = tokens[w.last + 1], after = words[w.index + 1];
      const plural = prev && prev.sentence === w.sentence && (PLURAL_BEFORE.has(prev.lower) || tokens[prev.last].type === 'number');
      const owner = next && next.space === '' && (next.text === "'" || next.text === '’');
      const longer = after && after.sentence === w.sentence && after.spaced && cap(after);
      if (!plural && !owner && !longer) file(plain, lower, w);
    }
    // "Max", "ob-gyns": the word not in capitals
    // (a word at the start of a sentence only as a proper noun: "Nasa engineers said")
    if (c && !capsWord(w.text) && (w.shape & SHAPE.letter) && !(w.initial && !hasDigit(words[w.index + 1]) && !(title(w) && tokens[w.first].pos === 'PROPN'))) {
      const key = capsKey(w);
      if (key && caps.has(key)) file(other, key, w);
    }
    // "use of force policy": the words of a hyphenated compound, spaced, before a noun
    if (f && w.last === w.first) {
      for (const key of f) {
        const parts = key.split(' ');
        if (w.index + parts.length > words.length) continue;
        let ok = true;
        for (let k = 1; ok && k < parts.length; k++) { const x = words[w.index + k]; ok = x.lower === parts[k] && x.spaced && x.last === x.first; }
        const last = words[w.index + parts.length - 1];
        if (ok && modifies(last.last)) spaced.push({ key, first: w, last });
      }
    }
  }

  for (const all of accented.values()) {
    // by the word and the capitalised word after it ("sao paulo")
    const byName = new Map<string, Word[]>();
    for (const w of all) file(byName, accentKeys.get(w)!, w);
    for (const [key, list] of byName) {
      if (new Set(list.map((w) => w.lower)).size < 2) continue;
      if (list.some((w) => personWord(doc, words, w))) continue;
      for (const w of list) out.push({ offset: w.start, length: w.end - w.start, text: w.text, group: `accent:${key}`, variant: w.lower, what: 'name', rewrite: (x) => matchCase(w.text, x.text.toLowerCase()) });
    }
  }
  for (const [key, list] of plain) {
    const owners = possessive.get(key)!;
    // (a surname the knowledge base knows may also name a disease or a shop: "Parkinson's")
    if ([...owners, ...list].some((w) => personWord(doc, words, w, false))) continue;
    const group = `apostrophe:${key}`;
    for (const w of owners) {
      const end = tokens[w.last + 1].end;
      out.push({ offset: w.start, length: end - w.start, text: doc.text.slice(w.start, end), group, variant: 'apostrophe', what: 'name', rewrite: (x) => x.text });
    }
    for (const w of list) out.push({ offset: w.start, length: w.end - w.start, text: w.text, group, variant: 'plain', what: 'name', rewrite: (x) => matchCase(w.text, x.text) });
  }
  for (const [key, list] of other) {
    const group = `caps:${key}`;
    for (const w of [...caps.get(key)!, ...list]) {
      if (tokens[w.first].type === 'number') continue;
      const capitals = capsWord(w.text);
      // AP writes abbreviations in capitals (NATO, OPEC); British papers write some as words (Nato)
      out.push({ offset: w.start, length: w.end - w.start, text: w.text, group, variant: capitals ? 'capitals' : w.text.toLowerCase() === w.text ? 'lower' : 'mixed', what: 'term', house: (capitals && !key.includes(' ') && !w.text.includes('-')) || undefined, rewrite: (x) => x.text });
    }
  }
  const emitted = new Set<string>();
  for (const { key, first, last } of spaced) {
    const group = `compound:${key}`;
    if (!emitted.has(group)) for (const h of hyphenated.get(key)!) out.push({ offset: h.start, length: h.end - h.start, text: h.text, group, variant: 'hyphen', what: 'compound modifier', rewrite: (x) => matchCase(h.text, x.text) });
    emitted.add(group);
    const text = doc.text.slice(first.start, last.end);
    out.push({ offset: first.start, length: last.end - first.start, text, group, variant: 'spaced', what: 'compound modifier', rewrite: (x) => matchCase(text, x.text) });
  }
}

/**
 * A word of a dateline: in capitals before any lower-case word of a paragraph's first sentence, the
 * run of capitals followed by a comma, a parenthesis or a dash ("SÃO PAULO (AP) —", "DENVER —",
 * "FORT MYERS, Fla. —").
 */
function dateline(doc: Doc, words: readonly Word[], w: Word): boolean {
  const s = doc.sentences[w.sentence];
  if (s.index > 0 && doc.sentences[s.index - 1].block === s.block) return false;
  for (let i = w.index - 1; i >= 0 && words[i].sentence === w.sentence; i--) if ((words[i].shape & SHAPE.letter) && !capsWord(words[i].text)) return false;
  let last = w;
  while (words[last.index + 1] && words[last.index + 1].sentence === w.sentence && words[last.index + 1].spaced && capsWord(words[last.index + 1].text)) last = words[last.index + 1];
  const after = doc.tokens[last.last + 1];
  return !!after && [',', '(', '—', '–', '-'].includes(after.text);
}

/** The word that starts at `offset` (words are in order). */
function wordAt(words: readonly Word[], offset: number): Word | undefined {
  let lo = 0, hi = words.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (words[mid].start < offset) lo = mid + 1; else hi = mid; }
  return words[lo]?.start === offset ? words[lo] : undefined;
}

function multiwordCase(doc: Doc, words: readonly Word[], out: Occurrence[]): void {
  const d = data();
  const tokens = doc.tokens;
  const capital = (i: number) => i >= 0 && i < words.length && cap(words[i]);
  const titleAt = (i: number) => i >= 0 && i < words.length && title(words[i]);
  const titled = new Map<string, Array<[number, number]>>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!title(w) || w.initial || !writer(w)) continue;
    const prev = words[i - 1];
    if (prev && prev.sentence === w.sentence && (capital(i - 1) || !w.spaced && /[“":]/.test(doc.text.slice(prev.end, w.start)))) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1].spaced && (titleAt(j + 1) || (d.minorWords.has(words[j + 1].text) && titleAt(j + 2) && words[j + 2]?.spaced))) j++;
    const n = j - i + 1;
    if (n >= 2 && n <= 4 && !(words[j + 1]?.spaced && capital(j + 1)) && !d.institutionHeads.has(words[j].lower)) {
      const key = words.slice(i, j + 1).map((x) => x.text.toLowerCase()).join(' ');
      const list = titled.get(key) ?? [];
      list.push([i, j]);
      titled.set(key, list);
    }
    i = j;
  }
  if (!titled.size) return;
  const lengths = new Set([...titled.keys()].map((k) => k.split(' ').length));
  const firstWords = new Set([...titled.keys()].map((k) => k.split(' ')[0]));
  const starts: number[] = [];
  for (let i = 0; i < words.length; i++) if (lowerWord(words[i]) && firstWords.has(words[i].lower) && writer(words[i])) starts.push(i);
  const lowerRuns = new Map<string, Array<[number, number]>>();
  for (const n of lengths) {
    for (const i of starts) {
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = i + 1; ok && k < i + n; k++) ok = words[k].spaced && lowerWord(words[k]);
      if (!ok) continue;
      const key = words.slice(i, i + n).map((x) => x.lower).join(' ');
      if (!titled.has(key) || tokens[words[i + n - 1].last].pos !== 'NOUN') continue;
      // "a white house", "any green jacket": a generic use, not the name
      const before = words[i - 1];
      if (before && before.sentence === words[i].sentence && d.genericDeterminers.has(before.lower)) continue;
      const list = lowerRuns.get(key) ?? [];
      list.push([i, i + n - 1]);
      lowerRuns.set(key, list);
    }
  }
  for (const [key, lows] of lowerRuns) {
    const group = `mw:${key}`;
    const mk = ([a, b]: [number, number], variant: string): Occurrence => {
      const text = doc.text.slice(words[a].start, words[b].end);
      return { offset: words[a].start, length: text.length, text, group, variant, what: 'term', rewrite: (x) => x.text };
    };
    for (const r of lows) out.push(mk(r, 'lower'));
    for (const r of titled.get(key)!) out.push(mk(r, 'title'));
  }
}

function dateStyles(doc: Doc, out: Occurrence[]): void {
  const v = figuresVocabulary();
  const model = figureMentions(doc);
  for (const d of model.dates) {
    if (d.day === undefined || d.first !== d.monthToken.index) continue;
    const m = d.monthToken;
    const full = v.monthNames[d.month - 1];
    const ap = v.monthAp[d.month - 1];
    if (ap.toLowerCase() === full) continue; // March to July are never abbreviated
    const block = doc.blocks[doc.sentences[m.sentence].block];
    if (block.headline || block.kind === 'heading' || block.kind === 'title' || doc.isQuoted(m.start, m.end)) continue;
    const abbreviated = m.lower !== full;
    out.push({
      offset: m.start, length: m.end - m.start, text: m.text, group: 'date-style', variant: abbreviated ? 'abbreviated' : 'full', what: 'date style',
      rewrite: (x) => (x.variant === 'abbreviated' ? ap : full[0].toUpperCase() + full.slice(1)),
    });
  }
}

const NUMBERED_NAME = /^(\p{L}{6,})(-\d{1,3})$/u;

function editDistanceOne(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [l, s] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}

/**
 * Single-word proper nouns written two nearly identical ways. Anything that may be a person is left
 * alone: a word ever written next to another capitalised word (a full name, a title), after a title,
 * before a reporting verb or an age, or known to the names knowledge base.
 */
function nearNames(doc: Doc, words: readonly Word[], out: Occurrence[]): void {
  const d = data();
  const tokens = doc.tokens;
  const forms = new Map<string, Word[]>();
  /** The name heads after each name that has one ("Norvale" -> "foods"). */
  const headed = new Map<string, Set<string>>();
  /** A name's letters and what follows them: "Chandrayaan-3" is "Chandrayaan" and "-3". */
  const parts = new Map<string, [string, string]>();
  for (const w of words) {
    const numbered = w.shape & SHAPE.hyphen ? NUMBERED_NAME.exec(w.text) : null;
    if (numbered) {
      // "Chandrayaan-3", "Artemis-2": a name with a number after a hyphen
      if ((shapeOf(numbered[1]) & (SHAPE.title | SHAPE.letters)) !== (SHAPE.title | SHAPE.letters) || !(tokens[w.first].pos === 'PROPN' || !w.initial)) continue;
      if (!parts.has(w.text)) parts.set(w.text, [numbered[1], numbered[2]]);
    } else if (w.last !== w.first || (w.shape & (SHAPE.title | SHAPE.letters)) !== (SHAPE.title | SHAPE.letters) || w.text.length < 6 || w.pos !== 'PROPN') continue;
    const list = forms.get(w.text) ?? [];
    list.push(w);
    forms.set(w.text, list);
    // the name heads after it ("Foods"), for the few names that have one
    const n = words[w.index + 1];
    if (n && n.sentence === w.sentence && n.spaced && d.nameHeads.has(n.lower) && cap(n)) {
      const hs = headed.get(w.text);
      if (hs) hs.add(n.lower);
      else headed.set(w.text, new Set([n.lower]));
    }
  }
  if (forms.size < 2) return;
  // Pairs first (cheap), then the checks on the few candidates. A pair shares its first two letters
  // and its last one, and what follows the letters: only names with the same ones are compared.
  const names = [...forms.keys()];
  const stemOf = (n: string) => parts.get(n)?.[0] ?? n;
  const suffixOf = (n: string) => parts.get(n)?.[1] ?? '';
  const buckets = new Map<string, number[]>();
  names.forEach((name, i) => {
    const a = stemOf(name);
    const key = `${a.slice(0, 2)}\u0000${a.at(-1)}\u0000${suffixOf(name)}`;
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  });
  // The capitalised word after each occurrence ("Norvale Foods"): '' for none.
  const tailOf = (w: Word) => { const n = words[w.index + 1]; return n && n.sentence === w.sentence && n.spaced && cap(n) ? n.lower : ''; };
  const tails = (f: string) => new Set(forms.get(f)!.map(tailOf));
  const found: Array<[number, number]> = [];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = stemOf(names[list[x]]), b = stemOf(names[list[y]]);
        if (Math.abs(a.length - b.length) > 1 || !editDistanceOne(a.toLowerCase(), b.toLowerCase())) continue;
        // one the other and a letter ("Roman" / "Romans"), except a dropped final e of a place or
        // company ("Whitcombe" / "Whitcomb"), checked below
        if ((a.startsWith(b) || b.startsWith(a)) && !(a.length >= 7 && b.length >= 7 && (a.endsWith('e') !== b.endsWith('e')))) continue;
        found.push([list[x], list[y]]);
      }
    }
  }
  // A dropped final e ("Whitcombe" / "Whitcomb"): the names that end like the one without its e.
  names.forEach((name, i) => {
    const a = stemOf(name);
    if (a.length < 8 || !a.endsWith('e')) return;
    for (const j of buckets.get(`${a.slice(0, 2)}\u0000${a.at(-2)}\u0000${suffixOf(name)}`) ?? []) {
      if (stemOf(names[j]).toLowerCase() === a.slice(0, -1).toLowerCase()) found.push([Math.min(i, j), Math.max(i, j)]);
    }
  });
  // Two edits apart ("Norvale" / "Norvail"), only for one name of a place or company: the same first
  // three letters and the same word after it ("Foods").
  const named = new Map<string, number[]>();
  if (headed.size) {
    names.forEach((name, i) => {
      const hs = headed.get(name);
      if (!hs || parts.has(name)) return;
      for (const t of hs) { const k = `${name.slice(0, 3)}\u0000${t}`; named.set(k, [...(named.get(k) ?? []), i]); }
    });
  }
  for (const list of named.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = names[list[x]].toLowerCase(), b = names[list[y]].toLowerCase();
        if (Math.abs(a.length - b.length) > 1 || editDistanceOne(a, b) || !editDistanceTwo(a, b)) continue;
        found.push([Math.min(list[x], list[y]), Math.max(list[x], list[y])]);
      }
    }
  }
  if (!found.length) return;
  // in the order the names first occur
  const pairs = found.sort((p, q) => p[0] - q[0] || p[1] - q[1]).map(([i, j]): [string, string] => [names[i], names[j]]);
  const personLike = (f: string) => nameMayBePerson(doc, words, forms.get(f)!);
  const none = new Set<string>();
  /** The name heads after a form ("County", "Foods"). */
  const heads = (f: string) => headed.get(f) ?? none;
  for (const [a, b] of pairs) {
    if (personLike(a) || personLike(b)) continue;
    const ha = heads(a), hb = heads(b);
    const prefix = a.startsWith(b) || b.startsWith(a);
    if (ha.size || hb.size || prefix) {
      // a place's or company's name: one slip against the other form ("Norvail" once), and not two
      // names with their own heads ("Okanogan County" / "the Okanagan Valley")
      if (Math.min(forms.get(a)!.length, forms.get(b)!.length) > 1) continue;
      if (ha.size && hb.size && ![...ha].some((h) => hb.has(h))) continue;
    }
    // two names the dictionary or the list of countries knows are two names ("Colombia", "Columbia")
    if ((isDictionaryWord(a) || isPlaceWord(a)) && (isDictionaryWord(b) || isPlaceWord(b))) continue;
    // a longer name that the other form never starts ("Columbia University" / "Colombia")
    const ta = tails(a), tb = tails(b);
    const longer = (x: Set<string>, y: Set<string>) => !x.has('') && ![...x].some((t) => y.has(t));
    if (longer(ta, tb) || longer(tb, ta)) continue;
    const group = `near:${[a, b].sort().join('|')}`;
    for (const f of [a, b]) {
      for (const w of forms.get(f)!) {
        if (!writer(w)) continue;
        out.push({ offset: w.start, length: w.end - w.start, text: w.text, group, variant: f, what: 'name', rewrite: (x) => x.text });
      }
    }
  }
}

/** Two edits apart (substitutions, a transposition, or one of them and an insertion). */
function editDistanceTwo(a: string, b: string): boolean {
  // optimal string alignment distance, bounded
  const n = a.length, m = b.length;
  if (Math.abs(n - m) > 2) return false;
  let prev2: number[] = [], prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= m; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > 2) return false;
    prev2 = prev;
    prev = cur;
  }
  return prev[m] <= 2;
}

/**
 * Could these occurrences of a capitalised word be a person's name (left to the names rules)? As
 * mayBePerson, except that the name of a place or company ("Norvale Foods", "Brennerton County") is
 * not a person's because a word follows it or because it "said" something: only a capitalised word
 * or a title before it (a given name: "Raymond Pellham") then counts.
 */
function nameMayBePerson(doc: Doc, words: readonly Word[], occurrences: readonly Word[]): boolean {
  const d = data();
  const named = occurrences.some((w) => { const n = words[w.index + 1]; return !!n && n.sentence === w.sentence && n.spaced && d.nameHeads.has(n.lower) && cap(n); });
  if (!named) return mayBePerson(doc, words, occurrences);
  if (knowledgeBase().bySurname(occurrences[0].text).length) return true;
  return occurrences.some((w) => {
    const prev = words[w.index - 1], next = words[w.index + 1];
    if (prev && prev.sentence === w.sentence && w.spaced && cap(prev) && letter(prev) && !w.initial && !(prev.initial && doc.tokens[prev.first].pos === 'DET')) return true;
    if (prev && prev.sentence === w.sentence && d.titles.has(prev.text.toLowerCase())) return true;
    // a capitalised word after it that is not a name's head ("Norvale Smith")
    return !!next && next.sentence === w.sentence && next.spaced && cap(next) && letter(next) && !d.nameHeads.has(next.lower);
  });
}

/**
 * Could these occurrences of a capitalised word be a person's name? Known to the names knowledge
 * base as a surname, or ever written next to another capitalised word (a full name, a title),
 * after a title, before a reporting verb or "who", or before an age.
 */
function mayBePerson(doc: Doc, words: readonly Word[], occurrences: readonly Word[]): boolean {
  const d = data();
  const tokens = doc.tokens;
  const text = occurrences[0]?.text;
  if (!text || knowledgeBase().bySurname(text).length) return true;
  const speechVerbs = doc.cached('consistency/speech-verbs', () => new Set(doc.reports.map((r) => r.lemma)));
  return occurrences.some((w) => {
    const prev = words[w.index - 1], next = words[w.index + 1];
    const t = tokens[w.last];
    const nt = tokens[t.index + 1], at = tokens[t.index + 2];
    // (a capitalised word before it, not a sentence-initial "The")
    if (prev && prev.sentence === w.sentence && w.spaced && cap(prev) && letter(prev) && !w.initial && !(prev.initial && tokens[prev.first].pos === 'DET')) return true;
    if (next && next.sentence === w.sentence && next.spaced && cap(next) && letter(next)) return true;
    if (prev && prev.sentence === w.sentence && d.titles.has(prev.text.toLowerCase())) return true;
    if (nt && nt.sentence === w.sentence && (speechVerbs.has(nt.lemma) || nt.lemma === 'say' || nt.lemma === 'tell' || d.personContext.has(nt.lower))) return true;
    return !!nt && nt.text === ',' && !!at && at.sentence === w.sentence && (at.type === 'number' || d.personContext.has(at.lower));
  });
}

// ── The draft's spelling system ──

const SYSTEM_GROUP = 'spelling-system';
const COURTESY_GROUP = 'courtesy-period';
/** Courtesy titles: AP and NYT write them with a period ("Mr."), British papers without ("Mr"). */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr']);
const SYSTEM_NAMES = ['British', 'American'] as const;

interface SpellingSystem {
  /** 0: British, 1: American. */
  side: 0 | 1;
  why: string;
}

/** An -ise/-ize pair ("organise" / "organize"): British (Oxford) spelling writes -ize too. */
function izePair(set: TermSet): boolean {
  const b = set.variants[0].forms[0], a = set.variants[1].forms[0];
  return a.includes('iz') && a.replace(/iz/g, 'is') === b;
}

/**
 * Which spelling system an occurrence is evidence of: 0 British, 1 American, undefined for none. A
 * form that the other system writes too is no evidence: a pair's `care` side (American "program",
 * "judgment"), and American -ize, which British (Oxford) spelling shares.
 */
function systemOf(o: Occurrence): 0 | 1 | undefined {
  const set = o.set;
  if (!set) return undefined;
  const vi = Number(o.variant);
  if (set.kind === 'spelling') {
    if (set.care[o.text.toLowerCase()] !== undefined || (vi === 1 && izePair(set))) return undefined;
    return vi === 0 || vi === 1 ? vi : undefined;
  }
  if (!set.system) return undefined;
  const side = set.system.indexOf(vi);
  return side === 0 || side === 1 ? side : undefined;
}

/**
 * The draft's spelling system, when it writes both: the house style's (AP: American), unless the
 * draft writes the other more than twice as often; with no house system, the one the draft writes
 * more. Undefined when the draft writes only one system, or on a tie with no house system.
 */
/** How many occurrences are evidence of British (0) and American (1) spelling. */
function systemCounts(occurrences: readonly Occurrence[]): [number, number] {
  const counts: [number, number] = [0, 0];
  for (const o of occurrences) { const side = systemOf(o); if (side !== undefined) counts[side]++; }
  return counts;
}

function spellingSystem(counts: readonly [number, number], config: ResolvedConfig): SpellingSystem | undefined {
  if (!counts[0] || !counts[1]) return undefined;
  const house = (sets.spelling as unknown as { preferred: Record<string, number> }).preferred[config.houseStyle.style];
  if (house === 0 || house === 1) {
    if (counts[house] * 2 >= counts[1 - house]) return { side: house, why: `${config.houseStyle.style.toUpperCase()} style` };
    return { side: (1 - house) as 0 | 1, why: `the draft's ${SYSTEM_NAMES[1 - house]} spelling` };
  }
  if (counts[0] === counts[1]) return undefined;
  const side = counts[0] > counts[1] ? 0 : 1;
  return { side, why: `the draft's ${SYSTEM_NAMES[side]} spelling` };
}

// ── Choosing the form to keep ──

/**
 * The form to keep: the newsroom's (terms.prefer); else the house style's (the term set's preferred
 * form, AP's abbreviated months and place-name abbreviations, AP's closed prefixes: "preschool"),
 * then, for one word written with and without a hyphen or space, the dictionary word; each unless the
 * draft writes another form more than twice as often (a draft that writes "G20" five times and "G-20"
 * once has chosen G20). Else the form the draft uses most, then the first.
 */
function chooseTarget(group: Occurrence[], byVariant: Map<string, Occurrence[]>, config: ResolvedConfig, system?: SpellingSystem, britishDraft = false): { variant: string; why: string } {
  const prefer = new Set(config.terms.prefer.map((p) => p.toLowerCase()));
  for (const [variant, list] of byVariant) {
    const set = list[0].set;
    const names = set ? [set.variants[Number(variant)].name, ...set.variants[Number(variant)].forms] : list.map((o) => o.text);
    if (names.some((n) => prefer.has(n.toLowerCase()))) return { variant, why: 'the house form (terms.prefer)' };
  }
  const set0 = group[0].set;
  if (system !== undefined && (group[0].group === SYSTEM_GROUP || set0?.kind === 'spelling' || set0?.system)) {
    // the draft's spelling system: British or American throughout
    const v = String(group[0].group === SYSTEM_GROUP || set0!.kind === 'spelling' ? system.side : set0!.system![system.side]);
    if (byVariant.has(v)) return { variant: v, why: system.why };
  }
  const count = (v: string) => byVariant.get(v)?.length ?? 0;
  const most = Math.max(...[...byVariant.values()].map((l) => l.length));
  /** A preferred form the draft does not overrule. */
  const holds = (v: string) => byVariant.has(v) && count(v) * 2 >= most;
  const set = group[0].set;
  const style = config.houseStyle.style;
  if (set && set.preferred[style] !== undefined && holds(String(set.preferred[style]))) {
    return { variant: String(set.preferred[style]), why: `${style.toUpperCase()} style` };
  }
  if (group[0].group === 'date-style' && style === 'ap' && holds('abbreviated')) return { variant: 'abbreviated', why: 'AP style' };
  const house = group.find((o) => o.house);
  if (group[0].group === COURTESY_GROUP) {
    // British papers write "Mr", "Dr"; AP and NYT "Mr.", "Dr."
    const v = britishDraft || style === 'bbc' || style === 'guardian' ? 'plain' : 'dotted';
    if (holds(v)) return { variant: v, why: v === 'plain' ? "the draft's British style" : `${style.toUpperCase()} style` };
  } else if (group[0].group.startsWith('caps:') && britishDraft) {
    // British papers write an abbreviation said as a word as a word (Nato, Unicef)
    if (holds('mixed')) return { variant: 'mixed', why: "the draft's British style" };
  } else if (house && style === 'ap' && holds(house.variant)) return { variant: house.variant, why: 'AP style' };
  if (group[0].group.startsWith('join:')) {
    // AP closes most prefixes ("preschool", "nonprofit"), except before a capital or the same letter
    // ("pre-election")
    if (style === 'ap' && holds('closed') && byVariant.has('hyphen')) {
      const h = byVariant.get('hyphen')![0].text;
      const dash = h.indexOf('-');
      const prefix = h.slice(0, dash).toLowerCase(), rest = h.slice(dash + 1);
      if (dash > 0 && data().closedPrefixes.has(prefix) && !isCap(rest) && rest[0]?.toLowerCase() !== prefix.at(-1)) return { variant: 'closed', why: 'AP style closes the prefix' };
    }
    // (a plural of a dictionary word: "stockpiles")
    const inDictionary = (t: string) => isDictionaryWord(t) || (!t.includes(' ') && t.length > 4 && t.endsWith('s') && isDictionaryWord(t.slice(0, -1)));
    const words = [...byVariant.entries()].filter(([, l]) => l.every((o) => inDictionary(o.text)));
    if (words.length === 1 && holds(words[0][0])) return { variant: words[0][0], why: 'the dictionary form' };
  }
  const leaders = [...byVariant.entries()].filter(([, l]) => l.length === most).map(([v]) => v);
  if (leaders.length === 1) return { variant: leaders[0], why: 'the form the draft uses most' };
  const first = group.find((o) => leaders.includes(o.variant))!;
  return { variant: first.variant, why: 'the form the draft uses first' };
}

export const termVariants = defineRule(
  {
    id: 'consistency/term-variants',
    category: 'consistency',
    defaultSeverity: 'warning',
    description: 'One term written two ways in a draft (G-7 / G7, e-mail / email, Jan. 6 / January 6).',
    fixable: true,
  },
  ({ doc, config, report }) => {
    const occurrences: Occurrence[] = [];
    const words = draftWords(doc);
    const proper: ProperSpelling[] = [];
    setOccurrences(doc, words, occurrences, proper);
    draftOccurrences(doc, config, words, occurrences);
    const places = placeHits(doc, config);
    const reported = new Set<number>();
    const groups = new Map<string, Occurrence[]>();
    // a word a term set knows ("Québec") is that set's, not a variant the draft itself shows
    const inSets = new Set(occurrences.filter((o) => o.set).map((o) => o.offset));
    for (const o of occurrences) {
      if (!o.set && inSets.has(o.offset)) continue;
      if (places.some((p) => p.offset < o.offset + o.length && o.offset < p.offset + p.length)) continue;
      const list = groups.get(o.group) ?? [];
      if (!list.some((x) => x.offset === o.offset)) list.push(o);
      groups.set(o.group, list);
    }
    // British and American spellings of different words ("programme" ... "analyzed"): one group
    const counts = systemCounts(occurrences);
    const system = spellingSystem(counts, config);
    // a British draft: British spelling decided, or only British spelling, twice or more
    const britishDraft = system ? system.side === 0 : counts[0] >= 2 && counts[1] === 0;
    // (a British draft's "organisation" / "organization", which alone is no evidence either way)
    const lean: SpellingSystem | undefined = system ?? (britishDraft ? { side: 0, why: "the draft's British spelling" } : undefined);
    if (system) {
      const list: Occurrence[] = [];
      for (const g of groups.values()) {
        if (g[0].set?.kind !== 'spelling') continue;
        for (const o of g) { const side = systemOf(o); if (side !== undefined) list.push({ ...o, group: SYSTEM_GROUP, variant: String(side) }); }
      }
      groups.set(SYSTEM_GROUP, list);
    }
    const findings: Array<{ o: Occurrence; message: string; fix?: string; related: RelatedSpan[] }> = [];
    for (const group of groups.values()) {
      group.sort((a, b) => a.offset - b.offset);
      const byVariant = new Map<string, Occurrence[]>();
      for (const o of group) {
        const list = byVariant.get(o.variant) ?? [];
        list.push(o);
        byVariant.set(o.variant, list);
      }
      if (byVariant.size < 2) continue;
      const target = chooseTarget(group, byVariant, config, lean, britishDraft);
      // the form to show: the first one not in capitals ("São Paulo", not the dateline's "SÃO PAULO")
      const kept = byVariant.get(target.variant)!;
      const keep = kept.find((o) => o.text !== o.text.toUpperCase()) ?? kept[0];
      for (const o of group) {
        if (o.variant === target.variant || reported.has(o.offset)) continue;
        const fix = o.rewrite?.(keep);
        if (fix === o.text) continue;
        const others = [...byVariant.entries()].filter(([v]) => v !== o.variant).map(([, l]) => l[0]);
        const message = o.group === SYSTEM_GROUP
          ? `"${o.text}" is ${SYSTEM_NAMES[Number(o.variant)]} spelling in a draft that writes ${SYSTEM_NAMES[Number(target.variant)]} spelling ("${keep.text}"); keep one system (${target.why}: "${fix ?? keep.text}").`
          : o.group === COURTESY_GROUP
          ? `"${o.text}" is written ${o.variant === 'dotted' ? 'with' : 'without'} a period, but the draft writes "${keep.text}" elsewhere; keep one style (${target.why}: "${fix ?? keep.text}").`
          : `"${o.text}" is written "${keep.text}" elsewhere in the draft; keep one form (${target.why}: "${fix ?? keep.text}").`;
        findings.push({
          o,
          message,
          fix,
          related: o.group === SYSTEM_GROUP
            ? byVariant.get(target.variant)!.slice(0, 3).map((x) => ({ offset: x.offset, length: x.length, message: `${SYSTEM_NAMES[Number(target.variant)]} spelling: "${x.text}"` }))
            : others.map((x) => ({ offset: x.offset, length: x.length, message: `also written "${x.text}" (${byVariant.get(x.variant)!.length}×)` })),
        });
        reported.add(o.offset);
      }
    }
    // A word spelled one way in the writer's text and the other way in a proper noun of the draft
    // ("The organisation said …" after "the World Health Organization"): the name keeps its spelling,
    // but the writer's word follows the draft's system, else the house style's.
    if (proper.length) {
      const house = (sets.spelling as unknown as { preferred: Record<string, number> }).preferred[config.houseStyle.style];
      const side = lean?.side ?? (house === 0 || house === 1 ? house : undefined);
      for (const o of occurrences) {
        if (!o.set || o.set.kind !== 'spelling' || reported.has(o.offset) || side === undefined) continue;
        const mine = systemOf(o);
        if (mine === undefined || mine === side) continue;
        const name = proper.find((x) => x.set === o.set && x.variant === side);
        if (!name || occurrences.some((x) => x.set === o.set && x.variant === String(side))) continue;
        const fix = o.rewrite?.({ ...o, variant: String(side) });
        if (!fix || fix === o.text) continue;
        const why = lean ? lean.why : `${config.houseStyle.style.toUpperCase()} style`;
        findings.push({
          o,
          fix,
          message: `"${o.text}" is ${SYSTEM_NAMES[mine]} spelling, but the draft writes "${name.text}" in a name; keep one system (${why}: "${fix}").`,
          related: [{ offset: name.offset, length: name.length, message: `${SYSTEM_NAMES[side]} spelling in a name: "${name.text}"` }],
        });
        reported.add(o.offset);
      }
    }
    findings.sort((a, b) => a.o.offset - b.o.offset);
    for (const f of findings) {
      report({
        offset: f.o.offset,
        length: f.o.length,
        message: f.message,
        fixes: f.fix ? [{ title: `Write "${f.fix}"`, edits: [{ offset: f.o.offset, length: f.o.length, newText: f.fix }], preferred: true }] : [],
        related: f.related,
        ...(f.o.set ? { detail: `${f.o.set.note}\n\nSource: ${f.o.set.source}` } : {}),
      });
    }
  },
);
