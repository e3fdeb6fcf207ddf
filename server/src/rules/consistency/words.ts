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
}

export function draftWords(doc: Doc): Word[] {
  return doc.cached('consistency/words', () => {
    const tokens = doc.tokens;
    const out: Word[] = [];
    const quotations = doc.quotations;
    let q = 0;
    let lastSentence = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.type !== 'word' && t.type !== 'number') continue;
      let j = i;
      while (tokens[j + 1]?.text === '-' && tokens[j + 1].space === '' && tokens[j + 2] && tokens[j + 2].space === '' && (tokens[j + 2].type === 'word' || tokens[j + 2].type === 'number') && tokens[j + 2].sentence === t.sentence) j += 2;
      const start = t.start, end = tokens[j].end;
      while (q < quotations.length && quotations[q].end <= start) q++;
      const quoted = q < quotations.length && quotations[q].start <= start && end <= quotations[q].end;
      const block = doc.blocks[doc.sentences[t.sentence]?.block ?? -1];
      const prev = out[out.length - 1];
      out.push({
        index: out.length, first: i, last: j, start, end, text: j === i ? t.text : doc.text.slice(start, end), lower: j === i ? t.lower : '', sentence: t.sentence,
        headline: !block || block.headline === true || block.kind === 'heading' || block.kind === 'title',
        quoted,
        initial: t.sentence !== lastSentence,
        spaced: !!prev && prev.sentence === t.sentence && prev.last === i - 1 && t.space === ' ',
      });
      if (j !== i) out[out.length - 1].lower = out[out.length - 1].text.toLowerCase();
      lastSentence = t.sentence;
      i = j;
    }
    return out;
  });
}

/**
 * The forms of a list (terms, place names), indexed for lookup by lower-cased text: one Map lookup
 * per word, and phrases only tried after a word that starts one.
 */
export class FormIndex<T> {
  /** Lower-cased form -> its entries; `starts` marks a word that begins a longer form. */
  private readonly byLower = new Map<string, { entries: Array<{ form: string; value: T; caseSensitive: boolean }>; starts: boolean }>();
  /** Every form starts with a capital letter (place names): lower-case words need no lookup. */
  private capitalsOnly = true;
  maxWords = 1;

  add(form: string, value: T, caseSensitive: boolean): void {
    const lower = form.toLowerCase();
    const c = form.charCodeAt(0);
    if (!caseSensitive || !(c >= 65 && c <= 90 || c > 127)) this.capitalsOnly = false;
    const slot = this.slot(lower);
    slot.entries.push({ form, value, caseSensitive });
    const n = form.split(' ').length;
    if (n > 1) this.slot(lower.split(' ')[0]).starts = true;
    this.maxWords = Math.max(this.maxWords, n);
  }

  private slot(lower: string) {
    let s = this.byLower.get(lower);
    if (!s) { s = { entries: [], starts: false }; this.byLower.set(lower, s); }
    return s;
  }

  get(text: string, lower: string): T | undefined {
    const slot = this.byLower.get(lower);
    if (!slot) return undefined;
    for (const e of slot.entries) if (e.caseSensitive ? e.form === text : true) return e.value;
    return undefined;
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
      const slot = this.byLower.get(w.lower);
      if (!slot) continue;
      let found: { last: Word; text: string; value: T } | undefined;
      if (slot.starts) {
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
 * Is the span [offset, end) inside one of an entry's fixed names or phrases ("Bombay Stock
 * Exchange")? Only the text around the span is searched, first as plain lower-case text (cheap),
 * then with the phrase's pattern.
 */
export function insideException(doc: Doc, phrases: readonly string[], re: RegExp, offset: number, end: number): boolean {
  const reach = phrases.reduce((a, p) => Math.max(a, p.length), 0);
  const s = doc.sentenceAt(offset);
  const from = Math.max(s ? s.start : 0, offset - reach), to = Math.min(s ? s.end : doc.prose.length, end + reach);
  const text = doc.prose.slice(from, to);
  const lower = text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  if (!phrases.some((p) => lower.includes(p))) return false;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const a = from + m.index!, b = a + m[0].length;
    if (a <= offset && end <= b) return true;
    if (a > offset) break;
  }
  return false;
}
