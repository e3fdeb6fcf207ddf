// The words of a document as the names rules read them. wink's tokens split names at letters
// outside ASCII ("Nausėda") and at hyphens and apostrophes ("Szczepanski-Obi", "O'Brien"), so the
// names rules scan the prose themselves: one word per name part, initials and abbreviations with
// their period ("J.D.", "Sen."), possessive endings set apart so a name's range never includes them.
import type { Doc } from '../../engine/document';
import { foldKey } from './fuzzy';

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
}

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:['’‐-][\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*)*\.?/gu;
// Abbreviations that keep their period (titles, suffixes); other words ending a sentence lose it.
const ABBREVIATIONS = new Set(['rep', 'sen', 'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'rev', 'hon', 'jr', 'sr', 'st', 'atty', 'supt', 'del', 'pres', 'sec', 'amb', 'fr', 'insp', 'det', 'ofc', 'sheikh', 'mt', 'ft', 'no', 'vs']);
// Hyphenated prefixes and suffixes that qualify a title: "then-Secretary", "ex-President", "President-elect".
const SPLIT_PREFIX = /^(then|ex|former)[-‐]/i;
const SPLIT_SUFFIX = /[-‐](elect|designate|in-waiting)$/i;

const PLAIN_WORD = /^[A-Za-z'-]*$/;

export function wordKey(text: string): string {
  // Most words are plain ASCII letters: lower-casing is all they need.
  if (PLAIN_WORD.test(text)) return text.toLowerCase();
  return foldKey(text).replace(/[’‘`´]/g, "'").replace(/‐/g, '-').replace(/\./g, '');
}

function makeWord(doc: Doc, words: Word[], start: number, end: number, text: string, sentence: number, block: number, headline: boolean): void {
  let possessive = false;
  let endAll = end;
  const apostrophe = text.length > 3 && (text[text.length - 2] === "'" || text[text.length - 2] === '’') && (text[text.length - 1] === 's' || text[text.length - 1] === 'S');
  if (apostrophe) {
    text = text.slice(0, -2);
    end -= 2;
    possessive = true;
  } else if (/s$/i.test(text) && /['’]/.test(doc.prose[end] ?? '') && !/\p{L}/u.test(doc.prose[end + 1] ?? '')) {
    // "Woods' record"
    possessive = true;
    endAll = end + 1;
  }
  const dotted = text.charCodeAt(text.length - 1) === 46;
  const initial = dotted && /^(?:\p{Lu}\.){1,3}$/u.test(text);
  const first = text[0];
  const cap = first !== first.toLowerCase() || (first.charCodeAt(0) > 127 && /^\p{Lu}/u.test(text));
  let caps = false;
  if (cap && text.length >= 2 && text === text.toUpperCase()) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    caps = letters.length >= 2 && letters !== letters.toLowerCase();
  }
  words.push({
    i: words.length,
    start,
    end,
    endAll,
    text,
    key: wordKey(text),
    cap,
    caps,
    initial,
    possessive,
    sentence,
    first: false,
    block,
    headline,
    quoted: false,
  });
}

/** Every word of the document's prose, sentence by sentence. */
export function scanWords(doc: Doc): Word[] {
  const words: Word[] = [];
  for (const s of doc.sentences) {
    const block = doc.blocks[s.block];
    const text = doc.prose.slice(s.start, s.end);
    const firstIndex = words.length;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      let value = m[0];
      let start = s.start + m.index;
      if (value.endsWith('.')) {
        const bare = value.slice(0, -1);
        const keep = /^(?:\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(bare) || ABBREVIATIONS.has(bare.toLowerCase());
        if (!keep) value = bare;
      }
      const hyphen = value.includes('-') || value.includes('‐');
      const pre = hyphen ? SPLIT_PREFIX.exec(value) : null;
      if (pre && value.length > pre[0].length + 1) {
        makeWord(doc, words, start, start + pre[1].length, pre[1], s.index, s.block, !!block?.headline);
        start += pre[0].length;
        value = value.slice(pre[0].length);
      }
      const post = hyphen ? SPLIT_SUFFIX.exec(value) : null;
      if (post && value.length > post[0].length + 1) {
        const head = value.slice(0, -post[0].length);
        makeWord(doc, words, start, start + head.length, head, s.index, s.block, !!block?.headline);
        const at = start + head.length + 1;
        makeWord(doc, words, at, at + post[1].length, post[1], s.index, s.block, !!block?.headline);
        continue;
      }
      makeWord(doc, words, start, start + value.length, value, s.index, s.block, !!block?.headline);
    }
    if (words.length > firstIndex) words[firstIndex].first = true;
    // A word after an opening quotation mark or a colon also starts a sentence of sorts.
    for (let k = firstIndex + 1; k < words.length; k++) {
      const from = words[k - 1].endAll, to = words[k].start;
      if (to - from < 2) continue;
      const gap = doc.prose.slice(from, to);
      if (/[“"‘:]\s*[“"‘]?\s*$/.test(gap)) words[k].first = true;
    }
  }
  // Quotations and words are both in document order: one sweep marks the quoted words.
  const qs = doc.quotations;
  let q = 0;
  for (const w of words) {
    while (q < qs.length && qs[q].end <= w.start) q++;
    w.quoted = q < qs.length && qs[q].start <= w.start && w.end <= qs[q].end;
  }
  return words;
}

/** The text between two words (punctuation and spaces). */
export function gapBetween(doc: Doc, a: Word, b: Word): string {
  return doc.prose.slice(a.endAll, b.start);
}

/** Two words written next to each other, separated by spaces only, in one sentence. */
export function adjacent(doc: Doc, a: Word | undefined, b: Word | undefined): boolean {
  if (!a || !b || a.sentence !== b.sentence || a.possessive) return false;
  const gap = doc.prose.slice(a.endAll, b.start);
  return gap.length > 0 && /^[ \t\u00a0]+$/.test(gap);
}
