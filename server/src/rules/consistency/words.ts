// The written words of a draft, read once per document for the consistency rules: tokens joined by
// hyphens ("co-worker", "al-Qaida"), with where they stand (headline, quotation, sentence start),
// and a lookup of one- to four-word forms by hash instead of a regular expression per term.
import type { Doc } from '../../engine/document';

export interface Word {
  index: number;
  /** Token range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  sentence: number;
  /** In the headline or a heading. */
  headline: boolean;
  /** Inside a direct quotation. */
  quoted: boolean;
  /** The first word of its sentence (after opening punctuation). */
  initial: boolean;
  /** Separated from the previous word by exactly one space (so the two can form a phrase). */
  spaced: boolean;
  /** What the word's letters are like (the SHAPE bits), read once. */
  shape: number;
  /** The part of speech of its first token. */
  pos: string;
}

// Letter classes with an ASCII fast path. Like the rules that use them, they look at UTF-16 code
// units: a letter outside the Basic Multilingual Plane is neither upper nor lower case here.
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
export const upperAt = (s: string, i: number) => { const c = s.charCodeAt(i); return c < 128 ? c >= 65 && c <= 90 : UPPER.test(s[i]); };
export const lowerAt = (s: string, i: number) => { const c = s.charCodeAt(i); return c < 128 ? c >= 97 && c <= 122 : LOWER.test(s[i]); };
export const isCap = (s: string) => s.length > 0 && upperAt(s, 0);
export function isLowerWord(s: string): boolean {
  if (!s.length || !lowerAt(s, 0)) return false;
  for (let i = 1; i < s.length; i++) if (!lowerAt(s, i) && s[i] !== "'" && s[i] !== '’' && s[i] !== '-') return false;
  return true;
}
export function isTitleWord(s: string): boolean {
  if (s.length < 2 || !upperAt(s, 0) || !lowerAt(s, 1)) return false;
  for (let i = 2; i < s.length; i++) if (upperAt(s, i)) return false;
  return true;
}
export const hasLetter = (s: string) => { for (let i = 0; i < s.length; i++) if (upperAt(s, i) || lowerAt(s, i)) return true; return false; };
/** Upper- and lower-case letters after the first ("BioNTech", "DeSantis"). */
function innerCapitals(s: string): boolean {
  let upper = false, lower = false;
  for (let i = 1; i < s.length && !(upper && lower); i++) { if (upperAt(s, i)) upper = true; else if (lowerAt(s, i)) lower = true; }
  return upper && lower;
}

/** Bits of Word.shape: each is exactly the test named beside it. */
export const SHAPE = {
  /** isCap */
  cap: 1,
  /** isTitleWord: "Kyiv" */
  title: 2,
  /** isLowerWord: "co-worker" */
  lowerWord: 4,
  /** hasLetter */
  letter: 8,
  /** innerCapitals: "BioNTech" */
  inner: 16,
  /** /^[\p{L}\d]+$/u */
  alnum: 32,
  /** /^\p{L}+$/u */
  letters: 64,
  /** /^(?:\p{Lu}\.){2,}$/u: "A.I." */
  dotted: 128,
  /** /^\p{Lu}{2,}$/u: "AI" */
  caps: 256,
  /** /^\p{Lu}+$/u */
  upper: 512,
  /** contains "-" */
  hyphen: 1024,
} as const;

const ALNUM = /^[\p{L}\d]+$/u;
const LETTERS = /^\p{L}+$/u;
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
const CAPS = /^\p{Lu}{2,}$/u;
const ALL_UPPER = /^\p{Lu}+$/u;

/** The SHAPE bits of a word: with character codes for ASCII, else with the tests themselves. */
export function shapeOf(s: string): number {
  const n = s.length;
  let uppers = 0, lowers = 0, digits = 0, innerUpper = false, innerLower = false, upperAfter1 = false, lowerWordOk = true, dotted = n >= 4 && n % 2 === 0, hyphen = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return shapeSlow(s);
    const up = c >= 65 && c <= 90, low = c >= 97 && c <= 122;
    if (up) uppers++;
    else if (low) lowers++;
    else if (c >= 48 && c <= 57) digits++;
    else if (c === 45) hyphen = true;
    if (i >= 1) {
      if (up) innerUpper = true;
      else if (low) innerLower = true;
      if (!low && c !== 39 && c !== 45) lowerWordOk = false;
    }
    if (i >= 2 && up) upperAfter1 = true;
    if (dotted && (i % 2 === 0 ? !up : c !== 46)) dotted = false;
  }
  const up0 = n > 0 && s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90;
  const low0 = n > 0 && s.charCodeAt(0) >= 97 && s.charCodeAt(0) <= 122;
  const low1 = n > 1 && s.charCodeAt(1) >= 97 && s.charCodeAt(1) <= 122;
  let shape = 0;
  if (up0) shape |= SHAPE.cap;
  if (n >= 2 && up0 && low1 && !upperAfter1) shape |= SHAPE.title;
  if (low0 && lowerWordOk) shape |= SHAPE.lowerWord;
  if (uppers + lowers > 0) shape |= SHAPE.letter;
  if (innerUpper && innerLower) shape |= SHAPE.inner;
  if (n > 0 && uppers + lowers + digits === n) shape |= SHAPE.alnum;
  if (n > 0 && uppers + lowers === n) shape |= SHAPE.letters;
  if (dotted) shape |= SHAPE.dotted;
  if (n >= 2 && uppers === n) shape |= SHAPE.caps;
  if (n > 0 && uppers === n) shape |= SHAPE.upper;
  if (hyphen) shape |= SHAPE.hyphen;
  return shape;
}

function shapeSlow(s: string): number {
  let shape = 0;
  if (isCap(s)) shape |= SHAPE.cap;
  if (isTitleWord(s)) shape |= SHAPE.title;
  if (isLowerWord(s)) shape |= SHAPE.lowerWord;
  if (hasLetter(s)) shape |= SHAPE.letter;
  if (innerCapitals(s)) shape |= SHAPE.inner;
  if (ALNUM.test(s)) shape |= SHAPE.alnum;
  if (LETTERS.test(s)) shape |= SHAPE.letters;
  if (DOTTED.test(s)) shape |= SHAPE.dotted;
  if (CAPS.test(s)) shape |= SHAPE.caps;
  if (ALL_UPPER.test(s)) shape |= SHAPE.upper;
  if (s.includes('-')) shape |= SHAPE.hyphen;
  return shape;
}

// A part of a unit written with a slash ("km/h", "m/s").
const UNIT_PART = /^\p{L}{1,3}$/u;

export function draftWords(doc: Doc): Word[] {
  return doc.cached('consistency/words', () => {
    const tokens = doc.tokens;
    const out: Word[] = [];
    const quotations = doc.quotations;
    let q = 0;
    let lastSentence = -1;
    let headline = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.type !== 'word' && t.type !== 'number') continue;
      let j = i;
      while (tokens[j + 1]?.text === '-' && tokens[j + 1].space === '' && tokens[j + 2] && tokens[j + 2].space === '' && (tokens[j + 2].type === 'word' || tokens[j + 2].type === 'number') && tokens[j + 2].sentence === t.sentence) j += 2;
      // A unit with a slash after a number is one word: "30 km/h", "9.8 m/s".
      if (j === i && tokens[i + 1]?.text === '/' && tokens[i + 1].space === '' && tokens[i + 2]?.type === 'word' && tokens[i + 2].space === '' && UNIT_PART.test(t.text) && UNIT_PART.test(tokens[i + 2].text) && tokens[i - 1]?.type === 'number') j = i + 2;
      const start = t.start, end = tokens[j].end;
      while (q < quotations.length && quotations[q].end <= start) q++;
      const quoted = q < quotations.length && quotations[q].start <= start && end <= quotations[q].end;
      if (t.sentence !== lastSentence) {
        const block = doc.blocks[doc.sentences[t.sentence]?.block ?? -1];
        headline = !block || block.headline === true || block.kind === 'heading' || block.kind === 'title';
      }
      const prev = out[out.length - 1];
      const text = j === i ? t.text : doc.text.slice(start, end);
      out.push({
        index: out.length, first: i, last: j, start, end, text, lower: j === i ? t.lower : text.toLowerCase(), sentence: t.sentence,
        headline,
        quoted,
        initial: t.sentence !== lastSentence,
        spaced: !!prev && prev.sentence === t.sentence && prev.last === i - 1 && t.space === ' ',
        shape: shapeOf(text),
        pos: t.pos,
      });
      lastSentence = t.sentence;
      i = j;
    }
    return out;
  });
}

/** What a form table's multiword forms need: the first words that start one, and the most words in a form. */
export interface Multiword {
  /** The first word (lower case) of each form of two or more words. */
  starts: readonly string[];
  /** The most words in one form. */
  maxWords: number;
}

/** Multiword facts of a list of forms (the compilers write them for the long lists). */
export function multiwordOf(forms: Iterable<string>): Multiword {
  const starts = new Set<string>();
  let maxWords = 1;
  for (const form of forms) {
    const words = form.split(' ');
    if (words.length > 1) starts.add(words[0].toLowerCase());
    maxWords = Math.max(maxWords, words.length);
  }
  return { starts: [...starts], maxWords };
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The forms of a list (terms, place names), looked up by lower-cased text: one lookup per word in
 * the compiled tables themselves (nothing is copied), and phrases only tried after a word that
 * starts one. Case-sensitive forms match only as written; a form matches case-insensitively when it
 * is in `folded` (under its lower-cased text). A case-sensitive form wins over a folded one.
 */
export class FormIndex<T> {
  /** Case-sensitive forms as written -> their value and lower-cased text. */
  private readonly exact = new Map<string, { value: T; lower: string }>();
  private readonly starts: ReadonlySet<string>;
  /** Every form starts with a capital letter (place names): lower-case words need no lookup. */
  private readonly capitalsOnly: boolean;
  readonly maxWords: number;

  constructor(exact: Readonly<Record<string, T>>, private readonly folded: Readonly<Record<string, T>> = {}, multiword?: Multiword) {
    let capitalsOnly = true;
    for (const form in folded) if (hasOwn.call(folded, form)) { capitalsOnly = false; break; }
    for (const form in exact) {
      if (!hasOwn.call(exact, form)) continue;
      const c = form.charCodeAt(0);
      if (!(c >= 65 && c <= 90 || c > 127)) capitalsOnly = false;
      this.exact.set(form, { value: exact[form], lower: form.toLowerCase() });
    }
    this.capitalsOnly = capitalsOnly;
    multiword ??= multiwordOf([...Object.keys(exact), ...Object.keys(folded)]);
    this.starts = new Set(multiword.starts);
    this.maxWords = multiword.maxWords;
  }

  get(text: string, lower: string): T | undefined {
    const e = this.exact.get(text);
    if (e !== undefined && e.lower === lower) return e.value;
    return hasOwn.call(this.folded, lower) ? this.folded[lower] : undefined;
  }

  /** Every place where one of the forms occurs, longest first. */
  find(words: readonly Word[]): Array<{ first: Word; last: Word; text: string; value: T }> {
    const out: Array<{ first: Word; last: Word; text: string; value: T }> = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (this.capitalsOnly) {
        const c = w.text.charCodeAt(0);
        if (c >= 97 && c <= 122) continue;
      }
      let found: { last: Word; text: string; value: T } | undefined;
      if (this.starts.has(w.lower)) {
        let text = w.text, lower = w.lower;
        const candidates: Array<[number, string, string]> = [];
        for (let k = i + 1; k < words.length && k < i + this.maxWords && words[k].spaced; k++) {
          text += ' ' + words[k].text;
          lower += ' ' + words[k].lower;
          candidates.push([k, text, lower]);
        }
        for (let c = candidates.length - 1; c >= 0 && !found; c--) {
          const value = this.get(candidates[c][1], candidates[c][2]);
          if (value !== undefined) found = { last: words[candidates[c][0]], text: candidates[c][1], value };
        }
      }
      if (!found) {
        const value = this.get(w.text, w.lower);
        if (value !== undefined) found = { last: w, text: w.text, value };
      }
      if (found) {
        out.push({ first: w, ...found });
        i = found.last.index;
      }
    }
    return out;
  }
}

/**
 * An entry's fixed names and phrases ("Bombay Stock Exchange"): lower-cased for a quick search, and
 * their pattern, built the first time the quick search finds one of them (a case-insensitive Unicode
 * pattern costs a millisecond or more to build).
 */
export class Exceptions {
  readonly phrases: readonly string[];
  private re?: RegExp;

  constructor(private readonly list: ReadonlyArray<{ phrase: string; re: string }>, private readonly flags: string) {
    this.phrases = list.map((e) => e.phrase.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"));
  }

  pattern(): RegExp {
    return (this.re ??= new RegExp(this.list.map((e) => `(?:${e.re})`).join('|'), this.flags));
  }
}

/**
 * Is the span [offset, end) inside one of an entry's fixed names or phrases ("Bombay Stock
 * Exchange")? Only the text around the span is searched, first as plain lower-case text (cheap),
 * then with the phrase's pattern.
 */
export function insideException(doc: Doc, exceptions: Exceptions, offset: number, end: number): boolean {
  const phrases = exceptions.phrases;
  const reach = phrases.reduce((a, p) => Math.max(a, p.length), 0);
  const s = doc.sentenceAt(offset);
  const from = Math.max(s ? s.start : 0, offset - reach), to = Math.min(s ? s.end : doc.prose.length, end + reach);
  const text = doc.prose.slice(from, to);
  const lower = text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  if (!phrases.some((p) => lower.includes(p))) return false;
  const re = exceptions.pattern();
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const a = from + m.index!, b = a + m[0].length;
    if (a <= offset && end <= b) return true;
    if (a > offset) break;
  }
  return false;
}
