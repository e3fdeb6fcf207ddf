// Reading one number from the tokens (figures and words), and writing numbers back in a draft's
// style for messages and fixes.
import type { Token } from '../../engine/nlp';
import type { FiguresVocabulary } from './vocabulary';

export interface ParsedNumber {
  value: number;
  /** Token range [first, end) of the number, its scale word included. */
  first: number;
  end: number;
  /** The digits or words of the number alone ("26.04", "two"), for fixes. */
  numStart: number;
  numEnd: number;
  words: boolean;
  /** The unit of the last written digit, in the value's units ("1.31 million": 10,000). */
  precision: number;
  /** The scale word, if any ("million"), and its value. */
  scale?: { word: string; value: number };
  /** Written with thousands separators ("2,000"). */
  grouped: boolean;
  decimals: number;
}

const PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Parses a figure such as "2,000" or "26.04"; undefined for anything else. */
export function parseFigure(text: string): { value: number; decimals: number; grouped: boolean } | undefined {
  if (!PLAIN.test(text)) return undefined;
  const dot = text.indexOf('.');
  return { value: Number(text.replace(/,/g, '')), decimals: dot < 0 ? 0 : text.length - dot - 1, grouped: text.includes(',') };
}

const adjacent = (a: Token, b: Token) => b.space === '' && a.end === b.start;

/** The number starting at token `i` (within sentence `s`), if any. */
export function parseNumberAt(tokens: readonly Token[], i: number, v: FiguresVocabulary, allowAbbreviation = false): ParsedNumber | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const s = t.sentence;
  let value: number, end: number, words: boolean, precision: number, decimals = 0, grouped = false;
  const f = t.type === 'number' ? parseFigure(t.text) : undefined;
  if (f) {
    value = f.value;
    decimals = f.decimals;
    grouped = f.grouped;
    precision = Math.pow(10, -f.decimals);
    end = i + 1;
    words = false;
  } else {
    const w = v.cardinals.get(t.lower);
    if (w === undefined || t.lower === 'dozen') return undefined;
    value = w;
    end = i + 1;
    words = true;
    // "twenty-five"
    const h = tokens[i + 1], u = tokens[i + 2];
    if (w >= 20 && w % 10 === 0 && h?.text === '-' && u && adjacent(t, h) && adjacent(h, u) && u.sentence === s) {
      const unit = v.cardinals.get(u.lower);
      if (unit !== undefined && unit > 0 && unit < 10) { value += unit; end = i + 3; }
    }
    // "two hundred"
    const n = tokens[end];
    if (n && n.sentence === s && n.lower === 'hundred' && value < 100) { value *= 100; end++; }
    precision = 1;
  }
  const numEnd = tokens[end - 1].end;
  let scale: ParsedNumber['scale'];
  const n = tokens[end];
  if (n && n.sentence === s) {
    const sc = v.scales.get(n.lower);
    if (sc !== undefined && !(sc === 100 && !words && value >= 100)) {
      scale = { word: n.text, value: sc };
      end++;
    } else if (allowAbbreviation && adjacent(tokens[end - 1], n)) {
      const ab = v.scaleAbbreviations.get(n.lower);
      if (ab !== undefined) { scale = { word: n.text, value: ab }; end++; }
    }
  }
  if (scale) {
    value *= scale.value;
    precision *= scale.value;
  }
  return { value, first: i, end, numStart: t.start, numEnd, words, precision, scale, grouped, decimals };
}

/** The place value of the last non-zero digit of an integer (2,000 -> 1,000), for generous rounding. */
export function roundingUnit(value: number, precision: number): number {
  if (precision < 1 || value === 0) return precision;
  let unit = precision;
  while (unit < Math.abs(value) && Math.round(value / (unit * 10)) * unit * 10 === value) unit *= 10;
  return unit;
}

/** 405278 -> "405,278"; 26.04 -> "26.04". */
export function groupDigits(value: number, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${withCommas}.${frac}` : withCommas;
}

/**
 * Writes `value` (in the units of the written number, scale included: 4.3e9 for "$4.3 billion")
 * the way `like` was written (words or figures, separators, scale word); `exact` false rounds it to
 * the decimals `like` has.
 */
export function writeLike(value: number, like: ParsedNumber, v: FiguresVocabulary, exact = true): string | undefined {
  let scaled = like.scale ? value / like.scale.value : value;
  if (!exact) scaled = Number(scaled.toFixed(like.decimals));
  scaled = Number(scaled.toFixed(6));
  if (like.words) {
    if (!Number.isInteger(scaled) || scaled < 0 || scaled > 99) return undefined;
    return numberInWords(scaled, v);
  }
  let decimals = like.decimals;
  // Keep enough decimals to show the value (26.04 written like 26.4 needs two).
  while (decimals < 3 && Math.abs(Number(scaled.toFixed(decimals)) - scaled) > 1e-9) decimals++;
  const text = like.grouped || scaled >= 10000 ? groupDigits(scaled, decimals) : scaled.toFixed(decimals);
  return text;
}

/** 25 -> "twenty-five" (0 to 99). */
export function numberInWords(n: number, v: FiguresVocabulary): string | undefined {
  if (v.numberWords.has(n)) return v.numberWords.get(n);
  if (n > 20 && n < 100) {
    const tens = v.numberWords.get(n - (n % 10)), unit = v.numberWords.get(n % 10);
    if (tens && unit) return `${tens}-${unit}`;
  }
  return undefined;
}

/** AP style: one through nine in words, 10 and up in figures. */
export function apNumber(n: number, v: FiguresVocabulary): string {
  return n >= 1 && n <= 9 && Number.isInteger(n) ? numberInWords(n, v)! : groupDigits(n, Number.isInteger(n) ? 0 : 1);
}

/** A percentage for a message or a fix: one decimal under 10, whole numbers above. */
export function formatPercent(p: number): string {
  const a = Math.abs(p);
  if (a < 10) return (Math.round(p * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return groupDigits(Math.round(p));
}

/** Digit strings that differ by a typing slip: two adjacent digits swapped, or one digit added or dropped. */
export function typoLike(a: string, b: string): boolean {
  return typoLikeDigits(a.replace(/[^\d]/g, ''), b.replace(/[^\d]/g, ''));
}

/** typoLike for strings of digits only. */
export function typoLikeDigits(x: string, y: string): boolean {
  if (x === y) return false;
  if (x.length === y.length) {
    const diff: number[] = [];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
    return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
  }
  if (Math.abs(x.length - y.length) !== 1) return false;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
