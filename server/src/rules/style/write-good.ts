// write-good's checks as Copydesk rules: one rule per check, each run on the prose of every block,
// never inside direct quotations (a speaker's words are not the writer's style). Each rule calls
// its check's function as write-good does, without write-good's wrapper (which assembles options,
// words a message and filters against a whitelist on every call, for each of seven rules).
import passiveVoice from 'passive-voice';
import weaselWords from 'weasel-words';
import adverbWhere from 'adverb-where';
import tooWordy from 'too-wordy';
import startsWithSo from 'write-good/lib/starts-with-so.js';
import thereIs from 'write-good/lib/there-is.js';
import { defineRule, type Rule, type RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { BoundedCache } from '../../engine/bounded-cache';

/** A span a check flags, as write-good's check functions return them: `offset` is its length. */
export interface Span {
  index: number;
  offset: number;
}

export type WriteGoodCheck = 'passive' | 'weasel' | 'adverb' | 'illusion' | 'so' | 'thereIs' | 'tooWordy';
const CHECKS: Record<WriteGoodCheck, (text: string) => Span[]> = {
  passive: passiveVoice,
  weasel: weaselWords,
  adverb: adverbWhere,
  illusion: repeatedWords,
  so: startsWithSo,
  thereIs,
  tooWordy,
};

/** write-good's order: by position, each span once. */
function distinctInOrder(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.index}:${s.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => (a.index < b.index ? -1 : 1));
}

/** Whether a UTF-16 code unit is white space as a regular expression's \s means it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[start, end) has a character of \w. */
function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return true;
  }
  return false;
}

/**
 * write-good's lexical-illusion check ("the the"): a run of non-space characters with a word
 * character in it, the same as the run before it but for case. The same spans as write-good's
 * lib/lexical-illusions.js, without a regular expression match and a lower-cased copy per word.
 */
export function repeatedWords(text: string): Span[] {
  const out: Span[] = [];
  let prevStart = -1, prevEnd = -1;
  let prevLower: string | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let ascii = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) break;
      if (c > 127) ascii = false;
    }
    if (prevStart >= 0 && hasWordChar(text, start, i) && sameLowerCase(text, prevStart, prevEnd, start, i, ascii, prevLower)) out.push({ index: start, offset: i - start });
    prevLower = ascii ? undefined : text.slice(start, i).toLowerCase();
    prevStart = start;
    prevEnd = i;
  }
  return out;
}

/** Whether text[a, aEnd) and text[b, bEnd) are equal lower-cased (`aLower`: the first one lower-cased, when not ASCII). */
function sameLowerCase(text: string, a: number, aEnd: number, b: number, bEnd: number, bAscii: boolean, aLower: string | undefined): boolean {
  if (!bAscii || aLower !== undefined) return (aLower ?? text.slice(a, aEnd).toLowerCase()) === text.slice(b, bEnd).toLowerCase();
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) {
    let x = text.charCodeAt(a + k), y = text.charCodeAt(b + k);
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return true;
}

export interface WriteGoodRuleOptions {
  id: string;
  check: WriteGoodCheck;
  description: string;
  /** The message for a flagged span. */
  message: (span: string) => string;
  /** Spans write-good flags that a careful editor would not (`span` is the flagged text). */
  allowed?: (context: RuleContext, offset: number, span: string) => boolean;
  /** Widens write-good's span to what the fix edits (a fix never edits outside its finding). */
  extend?: (context: RuleContext, offset: number, length: number) => { offset: number; length: number };
  /** A fix for a flagged span, when one is safe. */
  fix?: (context: RuleContext, offset: number, span: string) => Fix | undefined;
}

export function writeGoodRule(options: WriteGoodRuleOptions): Rule {
  const run = CHECKS[options.check];
  // A check's result depends on the paragraph's text alone: paragraphs an edit did not touch
  // are not checked again.
  const results = new BoundedCache<Span[]>(200_000, (text) => text.length);
  const check = (text: string) => {
    let found = results.get(text);
    if (!found) {
      found = distinctInOrder(run(text));
      results.set(text, found);
    }
    return found;
  };
  return defineRule(
    { id: options.id, category: 'style', defaultSeverity: 'hint', description: options.description, fixable: !!options.fix },
    (context) => {
      const { doc } = context;
      for (const block of doc.blocks) {
        const text = doc.prose.slice(block.start, block.end);
        for (const s of check(text)) {
          if (s.offset <= 0 || doc.isQuoted(block.start + s.index, block.start + s.index + s.offset)) continue;
          if (options.allowed?.(context, block.start + s.index, doc.text.slice(block.start + s.index, block.start + s.index + s.offset))) continue;
          const { offset, length } = options.extend?.(context, block.start + s.index, s.offset) ?? { offset: block.start + s.index, length: s.offset };
          const span = doc.text.slice(offset, offset + length);
          const fix = options.fix?.(context, offset, span);
          context.report({ offset, length, message: options.message(span), fixes: fix ? [fix] : [] });
        }
      }
    },
  );
}
