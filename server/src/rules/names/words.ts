// The words of a document as the names rules read them: wink's tokens, with the pieces it splits
// a name into joined again (letters outside ASCII: "Nausėda"; hyphens: "Szczepanski-Obi"), the
// possessive ending set apart so a name's range never includes it, and "then-" and "-elect" split
// off the titles they qualify.
import type { Doc } from '../../engine/document';
import type { Token } from '../../engine/nlp';
import { wordKey } from '../../engine/name-keys.mjs';

export interface Word {
  /** Index in the document's word list. */
  i: number;
  start: number;
  /** End of the word itself, before any possessive ending. */
  end: number;
  /** End including a possessive ending ("Blinken’s"). */
  endAll: number;
  text: string;
  /** Lower case, no diacritics, no final period: "sen", "u.s" -> "us". */
  key: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Written all in capitals, two letters or more ("NATO", "SUCH"). */
  caps: boolean;
  /** An initial or initials: "H.", "J.D.". */
  initial: boolean;
  possessive: boolean;
  sentence: number;
  /** First word of its sentence. */
  first: boolean;
  block: number;
  headline: boolean;
  quoted: boolean;
  /** Only spaces between this word and the next one (in the same sentence). */
  spaceAfter: boolean;
  /** What the knowledge base and the title trie make of the key (NameLexicon.wordFlags); -1 until asked. */
  flags: number;
}

// Hyphenated prefixes and suffixes that qualify a title: "then-Secretary", "ex-President", "President-elect".
const OPENERS = new Set(['“', '"', '‘', ':', '(', '—']);
const SPLIT_PREFIX = /^(then|ex|former)[-‐]/i;
const SPLIT_SUFFIX = /[-‐](elect|designate|in-waiting)$/i;

export { wordKey };

/** A token of letters (a word, or what wink does not know), not a possessive ending. */
function letters(t: Token | undefined): boolean {
  return !!t && (t.type === 'word' || t.type === 'unk') && t.text !== "'s" && t.text !== '’s';
}

function hyphen(t: Token | undefined): boolean {
  return !!t && (t.text === '-' || t.text === '‐');
}

/** A token that opens a quotation or a clause (OPENERS; each is one character). */
function opener(t: Token): boolean {
  return t.text.length === 1 && OPENERS.has(t.text);
}

export function scanWords(doc: Doc): Word[] {
  const words: Word[] = [];
  const tokens = doc.tokens;
  // Each word's first and last token (a split-off "then" or "elect" shares its token).
  let firstToken = new Int32Array(tokens.length + 16);
  let lastToken = new Int32Array(tokens.length + 16);
  const mark = (first: number, last: number) => {
    const k = words.length - 1;
    if (k >= firstToken.length) {
      const f = new Int32Array(2 * k), l = new Int32Array(2 * k);
      f.set(firstToken);
      l.set(lastToken);
      firstToken = f;
      lastToken = l;
    }
    firstToken[k] = first;
    lastToken[k] = last;
  };
  for (const s of doc.sentences) {
    const block = doc.blocks[s.block];
    const headline = !!block?.headline;
    const firstIndex = words.length;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i];
      if (!letters(t)) continue;
      // wink splits "Nausėda" and "Szczepanski-Obi" into pieces written together: join them.
      let j = i;
      for (;;) {
        const n = tokens[j + 1];
        if (!n || j + 1 >= s.endToken || n.space !== '') break;
        if (letters(n)) { j++; continue; }
        if (hyphen(n) && j + 2 < s.endToken && tokens[j + 2].space === '' && letters(tokens[j + 2])) { j += 2; continue; }
        break;
      }
      let start = t.start;
      const end = tokens[j].end;
      let value = j === i ? t.text : doc.prose.slice(start, end);
      // A possessive ending: "Blinken’s", "Woods' record".
      let possessive = false;
      let endAll = end;
      const n = tokens[j + 1];
      if (n && n.space === '' && j + 1 < s.endToken) {
        if (n.text === "'s" || n.text === '’s' || n.text === "'S") { possessive = true; endAll = n.end; j++; }
        else if ((n.text === "'" || n.text === '’') && /s$/i.test(value) && !(tokens[j + 2] && tokens[j + 2].space === '' && letters(tokens[j + 2]))) { possessive = true; endAll = n.end; j++; }
      }
      // The first word of a sentence, or of a quotation or a colon's clause.
      const before = tokens[i - 1];
      const first = words.length === firstIndex || (i > s.firstToken && opener(before)) || (i - 1 > s.firstToken && opener(tokens[i - 2]) && opener(before));
      // (The shortest word with a qualifier to split off is "ex-X".)
      if (value.length > 3 && hasHyphen(value)) {
        const pre = SPLIT_PREFIX.exec(value);
        if (pre && value.length > pre[0].length + 1) {
          push(words, start, start + pre[1].length, start + pre[1].length, pre[1], false, s.index, s.block, headline, first);
          mark(i, i);
          start += pre[0].length;
          value = value.slice(pre[0].length);
        }
        const post = SPLIT_SUFFIX.exec(value);
        if (post && value.length > post[0].length + 1) {
          const head = value.slice(0, -post[0].length);
          push(words, start, start + head.length, start + head.length, head, false, s.index, s.block, headline, first);
          mark(i, i);
          const at = start + head.length + 1;
          push(words, at, at + post[1].length, endAll, post[1], possessive, s.index, s.block, headline, false);
          mark(i, j);
          i = j;
          continue;
        }
      }
      push(words, start, end, endAll, value, possessive, s.index, s.block, headline, first, j === i || (j === i + 1 && possessive) ? t.lower : undefined);
      mark(i, j);
      i = j;
    }
  }
  // Quotations and words are both in document order: one sweep marks the quoted words.
  const qs = doc.quotations;
  let q = 0;
  for (const w of words) {
    while (q < qs.length && qs[q].end <= w.start) q++;
    w.quoted = q < qs.length && qs[q].start <= w.start && w.end <= qs[q].end;
  }
  // Words written next to each other with only spaces between: no token between them.
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k], b = words[k + 1];
    if (a.sentence !== b.sentence || b.start <= a.endAll) continue;
    const next = firstToken[k + 1];
    a.spaceAfter = next === lastToken[k] + 1 && tokens[next].space !== '' && tokens[next].start === b.start;
  }
  return words;
}

// Module constants: a bundle for node lowers a regular expression with Unicode properties to
// `new RegExp(...)` where it stands, which in a function would build one per call.
const UPPER_FIRST = /^\p{Lu}/u;
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const NOT_LETTER = /[^\p{L}]/gu;

/** Whether a string is one or more of a-z. */
function plainLower(text: string): boolean {
  if (!text.length) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function push(words: Word[], start: number, end: number, endAll: number, text: string, possessive: boolean, sentence: number, block: number, headline: boolean, first: boolean, lower?: string): void {
  const code = text.charCodeAt(0);
  let cap = false;
  let key: string;
  if (code >= 97 && code <= 122 && lower !== undefined && plainLower(lower)) {
    // The common case: a plain lower-case word.
    key = lower;
  } else {
    if (code >= 65 && code <= 90) cap = true;
    else if (code > 127) {
      const c = text[0];
      cap = c !== c.toLowerCase() || UPPER_FIRST.test(text);
    }
    key = wordKey(text);
  }
  const initial = text.charCodeAt(text.length - 1) === 46 && INITIALS.test(text);
  let caps = false;
  if (cap && text.length > 1) {
    const second = text[1];
    if (second !== second.toLowerCase() && text === text.toUpperCase()) {
      const letters = text.replace(NOT_LETTER, '');
      caps = letters.length >= 2 && letters !== letters.toLowerCase();
    }
  }
  words.push({ i: words.length, start, end, endAll, text, key, cap, caps, initial, possessive, sentence, first, block, headline, quoted: false, spaceAfter: false, flags: -1 });
}

/** The text between two words (punctuation and spaces). */
export function gapBetween(doc: Doc, a: Word, b: Word): string {
  return doc.prose.slice(a.endAll, b.start);
}

/** Two words written next to each other, separated by spaces only, in one sentence. */
export function adjacent(_doc: Doc, a: Word | undefined, b: Word | undefined): boolean {
  return !!a && !!b && b.i === a.i + 1 && a.spaceAfter && !a.possessive;
}

/** Whether a word has a hyphen (- or ‐) in it. */
function hasHyphen(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2010) return true;
  }
  return false;
}
