// figures/percent-change: a stated change that its own figures contradict — "rose 12% to $14.2
// million from $13.1 million" (8.4%), "a loss of 73 seats" from 303 to 240 (63), "doubled to 150
// from 100", "rose to $90 from $100". Rounding of every figure is allowed for; qualifiers ("about
// 6%", "nearly doubled", "more than tripled") widen what is accepted.
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Token } from '../../engine/nlp';
import type { Fix, RelatedSpan } from '../../engine/types';
import { figuresModel, interval, type Change, type Quantity } from './model';
import { figuresVocabulary, cues } from './vocabulary';
import { formatPercent, writeLike } from './numbers';

const text = (doc: Doc, q: Quantity) => doc.text.slice(q.start, q.end);

function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money') return a.currency === b.currency;
  if (a.kind === 'measure') return !!a.unit && a.unit === b.unit;
  return a.kind === 'count' || a.kind === 'duration';
}

/**
 * The percentages the stated figure allows: half a unit of its last digit below (rounding) and a
 * full unit above (rounding or truncating): "5%" is 4.5% to 6%, never 4%.
 */
function statedRange(p: Quantity): [number, number] {
  const u = p.precision;
  switch (p.qualifier) {
    case 'approx': return [p.value * 0.9 - u, p.value * 1.1 + u];
    case 'below': return [p.value * 0.8 - u, p.value + u];
    case 'min': return [p.value - u, Infinity];
    case 'max': return [-Infinity, p.value + u];
    default: return [p.value - u / 2, (p.high ?? p.value) + u];
  }
}

function span(qs: Array<Quantity | undefined>, sentence: number): { offset: number; length: number } {
  const inSentence = qs.filter((q): q is Quantity => !!q && q.sentence === sentence);
  const start = Math.min(...inSentence.map((q) => q.start));
  const end = Math.max(...inSentence.map((q) => q.end));
  return { offset: start, length: end - start };
}

function replaceNumber(q: Quantity, newText: string, title: string, preferred = false): Fix {
  return { title, edits: [{ offset: q.number.numStart, length: q.number.numEnd - q.number.numStart, newText }], ...(preferred ? { preferred: true } : {}) };
}

function checkPercent(ctx: RuleContext, c: Change, x: Quantity, y: Quantity, p: Quantity): void {
  const { doc } = ctx;
  const [xlo, xhi] = interval(x, true), [ylo, yhi] = interval(y, true);
  if (!(ylo > 0) || !(xlo >= 0) || !isFinite(xhi) || !isFinite(yhi)) return;
  if (x.qualifier || y.qualifier) return;
  const up = c.direction === 'up';
  const lo = up ? (xlo / yhi - 1) * 100 : (1 - xhi / ylo) * 100;
  const hi = up ? (xhi / ylo - 1) * 100 : (1 - xlo / yhi) * 100;
  const [slo, shi] = statedRange(p);
  if (hi >= slo && lo <= shi) return;
  const actual = up ? (x.value / y.value - 1) * 100 : (1 - x.value / y.value) * 100;
  if (actual < 0) return; // the direction is wrong: reported by checkDirection
  const v = figuresVocabulary();
  const fixes: Fix[] = [];
  if (!p.number.words && !p.number.scale && p.kind === 'percent') fixes.push(replaceNumber(p, formatPercent(actual), `Change the percentage to ${formatPercent(actual)}%`, true));
  // The other way round: the base the stated percentage implies.
  const impliedBase = up ? x.value / (1 + p.value / 100) : x.value / (1 - p.value / 100);
  const baseText = impliedBase > 0 && isFinite(impliedBase) ? writeLike(inWrittenUnits(y, impliedBase), y.number, v, false) : undefined;
  if (baseText && !y.qualifier) fixes.push(replaceNumber(y, baseText, `Change ${text(doc, y)} to the figure ${p.value}% implies`));
  const related: RelatedSpan[] = [];
  if (x.sentence !== c.sentence) related.push({ offset: x.start, length: x.end - x.start, message: `the value after the change, ${text(doc, x)}` });
  ctx.report({
    ...span([p, y, x.sentence === c.sentence ? x : undefined], c.sentence),
    message: `${text(doc, x)} is ${formatPercent(actual)}% ${up ? 'more' : 'less'} than ${text(doc, y)}, not ${text(doc, p)}.`,
    fixes,
    related,
  });
}

/** A value in base units (dollars, days) in the units of the figure as written ("10 cents": cents). */
export function inWrittenUnits(q: Quantity, value: number): number {
  const factor = q.number.value ? q.value / q.number.value : 1;
  return value / factor;
}

function checkAmount(ctx: RuleContext, c: Change, x: Quantity, y: Quantity, a: Quantity): void {
  const { doc } = ctx;
  if (!comparable(a, y) || x.qualifier || y.qualifier || a.qualifier) return;
  const diff = Math.abs(x.value - y.value);
  const tol = (x.precision + y.precision) / 2 + a.precision / 2;
  if (Math.abs(diff - a.value) <= tol) return;
  if ((c.direction === 'up') !== (x.value > y.value)) return;
  const v = figuresVocabulary();
  const newText = writeLike(inWrittenUnits(a, diff), a.number, v, false);
  const fixes = newText ? [replaceNumber(a, newText, `Change ${text(doc, a)} to ${newText}`, true)] : [];
  const related: RelatedSpan[] = [];
  if (x.sentence !== c.sentence) related.push({ offset: x.start, length: x.end - x.start, message: `the value after the change, ${text(doc, x)}` });
  ctx.report({
    ...span([y, a, x.sentence === c.sentence ? x : undefined], c.sentence),
    message: `From ${text(doc, y)} to ${text(doc, x)} is a change of ${newText ? doc.text.slice(a.start, a.number.numStart) + newText + doc.text.slice(a.number.numEnd, a.end) : diff}, not ${text(doc, a)}.`,
    fixes,
    related,
  });
}

/** A percentage point or points, however written ("8 points", "0.2 percentage point"). */
function isPoints(q: Quantity): boolean {
  return q.kind === 'points' || (q.kind === 'measure' && (q.unit === 'point' || q.unit === 'points'));
}

/**
 * A change between two percentages stated in points: "rose to 64% from 58%, an increase of 8
 * points" (6), "40% contained, up from 25%, a gain of 20 percentage points" (15).
 */
function checkPoints(ctx: RuleContext, c: Change, x: Quantity, y: Quantity, a: Quantity): void {
  const { doc } = ctx;
  if (x.qualifier || y.qualifier || a.qualifier || x.high !== undefined || y.high !== undefined || a.high !== undefined) return;
  // basis points are hundredths of a point
  const bp = /basis/i.test(doc.text.slice(a.start, a.end));
  const stated = bp ? a.value / 100 : a.value;
  const diff = Math.abs(x.value - y.value);
  const tol = (x.precision + y.precision) / 2 + (bp ? a.precision / 100 : a.precision) / 2;
  if (Math.abs(diff - stated) <= tol + 1e-9) return;
  if ((c.direction === 'up') !== (x.value > y.value)) return;
  const v = figuresVocabulary();
  const newText = writeLike(bp ? diff * 100 : diff, a.number, v, false);
  const fixes = newText ? [replaceNumber(a, newText, `Change ${text(doc, a)} to ${newText}`, true)] : [];
  const related: RelatedSpan[] = [];
  if (x.sentence !== c.sentence) related.push({ offset: x.start, length: x.end - x.start, message: `the value after the change, ${text(doc, x)}` });
  ctx.report({
    offset: a.start,
    length: a.end - a.start,
    message: `From ${text(doc, y)} to ${text(doc, x)} is a change of ${formatPercent(diff)} ${diff === 1 ? 'point' : 'points'}, not ${text(doc, a)}.`,
    fixes,
    related,
  });
}

function checkFactor(ctx: RuleContext, c: Change, x: Quantity, y: Quantity): void {
  const { doc } = ctx;
  const f = c.factor!;
  if (x.qualifier || y.qualifier || !(y.value > 0)) return;
  const ratio = x.value / y.value;
  let ok: boolean;
  switch (c.factorQualifier) {
    case 'below': ok = ratio >= f * 0.8 && ratio <= f * 1.03; break;
    case 'min': ok = ratio >= f * 0.98; break;
    case 'max': ok = ratio <= f * 1.03; break;
    case 'approx': ok = ratio >= f * 0.8 && ratio <= f * 1.2; break;
    default: ok = ratio >= f * 0.9 && ratio <= f * 1.1;
  }
  if (ok) return;
  const start = Math.min(c.token.start, y.start, x.sentence === c.sentence ? x.start : Infinity);
  const end = Math.max(c.token.end, y.end, x.sentence === c.sentence ? x.end : 0);
  ctx.report({
    offset: start,
    length: end - start,
    message: `${text(doc, x)} is ${ratio >= 1 ? `${(Math.round(ratio * 100) / 100).toString()} times` : `${formatPercent(ratio * 100)}% of`} ${text(doc, y)}; "${c.token.text}" does not match.`,
  });
}

function checkDirection(ctx: RuleContext, c: Change, x: Quantity, y: Quantity): void {
  const { doc } = ctx;
  if (x.qualifier || y.qualifier || x.sentence !== c.sentence) return;
  const [xlo, xhi] = interval(x, true), [ylo, yhi] = interval(y, true);
  const wrong = c.direction === 'up' ? xhi < ylo : xlo > yhi;
  if (!wrong) return;
  const start = Math.min(c.token.start, x.start, y.start), end = Math.max(c.token.end, x.end, y.end);
  ctx.report({
    offset: start,
    length: end - start,
    message: `"${c.token.text}" says the figure went ${c.direction}, but ${text(doc, x)} is ${c.direction === 'up' ? 'less' : 'more'} than ${text(doc, y)}.`,
  });
}

/** A noun, or a word in its base form inside a noun phrase ("the arts grant", tagged a verb). */
function nounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k], p = tokens[k - 1];
  if (!t) return false;
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  return t.pos === 'VERB' && t.lower === t.lemma && !!p && ['NOUN', 'ADJ', 'DET'].includes(p.pos);
}

/**
 * A round figure given as "about $32": the interval it stands for, a full unit of its last
 * significant digit either way ("about $1,720": 1,710 to 1,730). Undefined for what cannot be read
 * that closely: a figure of one significant digit ("about 40", "about $6 million"), a bound ("more
 * than", "nearly", "up to").
 */
function roundInterval(doc: Doc, q: Quantity): [number, number] | undefined {
  if (!q.qualifier) return interval(q, true);
  if (q.qualifier !== 'approx' || q.high !== undefined || q.number.words) return undefined;
  const written = doc.text.slice(q.number.numStart, q.number.numEnd).replace(/\D/g, '').replace(/^0+/, '');
  const significant = written.replace(/0+$/, '');
  if (significant.length < 2) return undefined;
  const unit = q.number.decimals > 0 ? q.precision : q.precision * 10 ** (written.length - significant.length);
  return [q.value - unit, q.value + unit];
}

/**
 * A percentage applied to an amount the sentence gives: "A 40% raise would lift the top wage of
 * about $32 an hour to roughly $42" ($44.80). The change has a "to" and no "from"; the amount it
 * starts from is the figure after "of" in its object; the percentage is the change's own ("by
 * 40%") or the subject's ("a 40% raise would lift"). Figures written as round approximations
 * ("about $32") are read as rounded to their last digit; bounds are not checked.
 */
function checkApplied(ctx: RuleContext, doc: Doc, c: Change, subjectPercent: Map<number, Quantity>): void {
  const x = c.to;
  if (!x || c.from || c.amount || c.factor !== undefined || x.sentence !== c.sentence || x.start < c.token.end) return;
  const tokens = doc.tokens;
  const model = figuresModel(doc);
  // the base: "<noun> of <figure>" between the change word and "to"
  let y: Quantity | undefined;
  for (let k = c.token.index + 1; k < x.qualFirst - 1; k++) {
    const t = tokens[k];
    if ([',', ';', ':', '—', '(', ')'].includes(t.text)) return;
    const q = model.covering.get(k);
    if (q) {
      if (y || q === x) return;
      if (tokens[q.qualFirst - 1]?.lower !== 'of' || !nounAt(tokens, q.qualFirst - 2)) return;
      y = q;
      k = q.last;
    }
  }
  if (!y || !comparable(x, y) || tokens[x.qualFirst - 1]?.lower !== 'to') return;
  const p = c.percent ?? subjectPercent.get(c.token.index);
  if (!p || p.kind !== 'percent' || p.quoted || x.quoted || y.quoted || p.high !== undefined) return;
  if (p.change && p.change.change !== c && p.change.change.direction !== c.direction) return;
  const xr = roundInterval(doc, x), yr = roundInterval(doc, y);
  if (!xr || !yr || !(yr[0] > 0)) return;
  const [slo, shi] = statedRange(p);
  if (!isFinite(slo) || !isFinite(shi)) return;
  const up = c.direction === 'up';
  // what the stated percentage makes of the base, against the figure given
  const lo = up ? yr[0] * (1 + slo / 100) : yr[0] * (1 - shi / 100);
  const hi = up ? yr[1] * (1 + shi / 100) : yr[1] * (1 - slo / 100);
  if (xr[1] >= lo && xr[0] <= hi) return;
  const expected = up ? y.value * (1 + p.value / 100) : y.value * (1 - p.value / 100);
  const v = figuresVocabulary();
  const written = writeLike(inWrittenUnits(x, expected), x.number, v, false);
  const fixes = written ? [replaceNumber(x, written, `Change ${text(doc, x)} to ${written}`, true)] : [];
  const stated = doc.text.slice(tokens[x.qualFirst].start, x.end);
  ctx.report({
    offset: tokens[x.qualFirst].start,
    length: x.end - tokens[x.qualFirst].start,
    message: `${up ? 'Adding' : 'Taking'} ${text(doc, p)} ${up ? 'to' : 'from'} ${text(doc, y)} gives about ${written ? doc.text.slice(x.start, x.number.numStart) + written + doc.text.slice(x.number.numEnd, x.end) : expected}, not ${stated}.`,
    fixes,
    related: [{ offset: y.start, length: y.end - y.start, message: 'the amount the change starts from' }],
  });
}

const SHARE_OF = cues.valueNouns;

/**
 * A loss or gain on an amount the sentence gives, with its share of that amount: "sold $21 billion
 * of securities at a loss of $1.8 billion, nearly 15% of their value" (8.6%). The loss comes as
 * "at a loss of" right after the deal's amount (commas allowed, no other sum between), and the
 * percentage right after it, "of its (their) value".
 */
function checkShare(ctx: RuleContext, doc: Doc, c: Change): void {
  const a = c.amount;
  if (!a || a.kind !== 'money' || a.quoted || a.qualifier || c.token.pos !== 'NOUN') return;
  const tokens = doc.tokens;
  const model = figuresModel(doc);
  const art = tokens[c.token.index - 1], prep = tokens[c.token.index - 2];
  if (!art || !['a', 'an'].includes(art.lower) || !prep || !['at', 'for', 'with'].includes(prep.lower) || tokens[c.token.index + 1]?.lower !== 'of' || a.qualFirst !== c.token.index + 2) return;
  // the share: ", nearly 15% of their value"
  if (tokens[a.last + 1]?.text !== ',') return;
  const p = model.byQualFirst.get(a.last + 2);
  if (!p || p.kind !== 'percent' || p.quoted || p.high !== undefined || p.sentence !== a.sentence) return;
  const of = tokens[p.last + 1], owner = tokens[p.last + 2], noun = tokens[p.last + 3];
  if (of?.lower !== 'of' || !owner || !['its', 'their'].includes(owner.lower) || !noun || !SHARE_OF.has(noun.lower) || noun.sentence !== p.sentence) return;
  // the whole: the last sum before "at", in the same clause, with no other sum after it
  const s = doc.sentences[a.sentence];
  let w: Quantity | undefined;
  for (let k = prep.index - 1; k >= s.firstToken; k--) {
    const t = tokens[k];
    if ([';', ':', '—', '(', ')'].includes(t.text)) return;
    const q = model.covering.get(k);
    if (!q) continue;
    if (q.kind !== 'money' || q.currency !== a.currency) return;
    w = q;
    break;
  }
  if (!w || w.quoted || w.qualifier || w.change || w.rate || a.rate || !(w.value > a.value)) return;
  const [alo, ahi] = interval(a, true), [wlo, whi] = interval(w, true);
  if (!(wlo > 0)) return;
  const lo = (alo / whi) * 100, hi = (ahi / wlo) * 100;
  const [slo, shi] = statedRange(p);
  if (hi >= slo && lo <= shi) return;
  const actual = (a.value / w.value) * 100;
  const stated = doc.text.slice(tokens[p.qualFirst].start, p.end);
  ctx.report({
    offset: tokens[p.qualFirst].start,
    length: p.end - tokens[p.qualFirst].start,
    message: `${text(doc, a)} is ${formatPercent(actual)}% of ${text(doc, w)}, not ${stated}.`,
    fixes: p.number.words || p.number.scale ? [] : p.qualifier
      // "nearly 15%" -> "about 9%": the qualifier no longer fits
      ? [{ title: `Change to about ${Math.round(actual)}%`, edits: [{ offset: tokens[p.qualFirst].start, length: p.number.numEnd - tokens[p.qualFirst].start, newText: `about ${Math.round(actual)}` }], preferred: true }]
      : [replaceNumber(p, formatPercent(actual), `Change the percentage to ${formatPercent(actual)}%`, true)],
    related: [{ offset: w.start, length: w.end - w.start, message: `the whole, ${text(doc, w)}` }],
  });
}

/** "A 40% raise would lift ...": the change word a percentage of change governs as its subject (only a modal, auxiliary or adverb between). */
function subjectPercents(doc: Doc, changes: readonly Change[]): Map<number, Quantity> {
  const out = new Map<number, Quantity>();
  const tokens = doc.tokens;
  const v = figuresVocabulary();
  for (const c of changes) {
    const p = c.percent;
    if (!p || p.change?.change !== c || p.head !== c.token || p.headEnd !== c.token.index) continue;
    let k = p.headEnd + 1;
    while (k < tokens.length && tokens[k].sentence === p.sentence && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || v.modals.has(tokens[k].lower))) k++;
    if (k === p.headEnd + 1 || tokens[k]?.sentence !== p.sentence || tokens[k].pos !== 'VERB') continue;
    out.set(k, p);
  }
  return out;
}

const MULTIPLE_WORDS = new Map<string, number>([['double', 2], ['twice', 2], ['triple', 3], ['thrice', 3], ['quadruple', 4], ['half', 0.5]]);
const MULTIPLE_WORDING: Record<number, string> = { 2: 'double', 3: 'triple', 4: 'quadruple', 0.5: 'half' };
const OBJECT_WORDS = new Set(['DET', 'NOUN', 'ADJ', 'ADP', 'PROPN', 'PRON', 'PART']);

/**
 * "762 millimeters of rain, more than double its March average of 410 millimeters": a figure set
 * beside a multiple of another figure of the same kind, checked with its qualifier ("more than",
 * "nearly", "about") and the rounding of both figures.
 */
function checkMultiples(ctx: RuleContext, model: ReturnType<typeof figuresModel>): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const v = figuresVocabulary();
  for (let j = 2; j < t.length; j++) {
    const f = MULTIPLE_WORDS.get(t[j].lower);
    if (f === undefined || model.covering.has(j)) continue;
    const si = t[j].sentence;
    let qualifier: Quantity['qualifier'], qFirst = j;
    for (const q of v.qualifiersBefore) {
      const n = q.words.length;
      if (j - n >= 0 && q.words.every((w, i) => t[j - n + i].lower === w && t[j - n + i].sentence === si)) { qualifier = q.kind; qFirst = j - n; break; }
    }
    if (t[qFirst - 1]?.text !== ',' || t[qFirst - 1].sentence !== si) continue;
    let y: Quantity | undefined;
    for (let k = j + 1; k < j + 12 && t[k]?.sentence === si; k++) {
      const q = model.byQualFirst.get(k) ?? model.byToken.get(k);
      if (q) { y = q; break; }
      if (!OBJECT_WORDS.has(t[k].pos)) break;
    }
    if (!y || y.quoted || y.qualifier || y.high !== undefined || doc.isQuoted(t[j].start, t[j].end)) continue;
    // the figure compared: the nearest one of the same kind before the comma ("762 millimeters of rain in three days, more than double ...")
    let x: Quantity | undefined;
    for (let k = qFirst - 2; k >= 0 && k > qFirst - 25 && t[k].sentence === si; k--) {
      const q = model.covering.get(k);
      if (q && q.kind === y.kind && comparable(q, y)) { x = q; break; }
    }
    if (!x || x.quoted || x.qualifier || x.change || x.high !== undefined) continue;
    const [xlo, xhi] = interval(x, true), [ylo, yhi] = interval(y, true);
    const lo = f * ylo, hi = f * yhi;
    let wrong: boolean;
    switch (qualifier) {
      case 'min': wrong = xhi <= lo; break;
      case 'max': wrong = xlo >= hi; break;
      case 'below': wrong = xlo > hi * 1.01 || xhi < lo * 0.8; break;
      case 'approx': wrong = xhi < lo * 0.85 || xlo > hi * 1.15; break;
      default: wrong = xhi < lo * 0.9 || xlo > hi * 1.1;
    }
    if (!wrong) continue;
    const target = writeLike(inWrittenUnits(y, f * y.value), y.number, v, false);
    const word = MULTIPLE_WORDING[f] ?? t[j].lower;
    const ratio = x.value / y.value;
    ctx.report({
      offset: t[qFirst].start,
      length: t[j].end - t[qFirst].start,
      message: `${text(doc, x)} is ${ratio < f ? 'less' : 'more'} than ${word} ${text(doc, y)} (${word} would be ${target}; the ratio is ${ratio.toFixed(2)}), not ${doc.text.slice(t[qFirst].start, t[j].end)}.`,
      fixes: [],
      related: [{ offset: y.start, length: y.end - y.start, message: `the figure compared, ${text(doc, y)}` }],
    });
  }
}

/** The nouns and names of a change's subject: the words from the sentence start to the change word. */
function subjectNames(doc: Doc, c: Change): Set<string> {
  const t = doc.tokens;
  const out = new Set<string>();
  for (let k = doc.sentences[c.sentence].firstToken; k < c.token.index; k++) if (t[k].pos === 'PROPN' && /^[A-Z]/.test(t[k].text)) out.add(t[k].text);
  return out;
}

/**
 * "The Dow has now fallen 22% from its record close of 29,551.42": a change up to now with no
 * value after it takes the value an earlier sentence gave the same named subject ("The Dow Jones
 * Industrial Average plunged ... to 20,188.52"), the latest one.
 */
function runningValue(doc: Doc, changes: readonly Change[], i: number): Quantity | undefined {
  const c = changes[i];
  const t = doc.tokens;
  if (!c.percent || !c.from || c.to || c.current || c.factor !== undefined || c.amount) return undefined;
  let now = false;
  for (let k = c.token.index - 1; k >= c.token.index - 3 && k >= 0 && t[k].sentence === c.sentence; k--) if (t[k].lower === 'now') now = true;
  if (!now) return undefined;
  const names = subjectNames(doc, c);
  if (!names.size) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const e = changes[j];
    if (e.sentence === c.sentence || !e.to || e.to.quoted || e.to.expectation || e.to.kind !== c.from.kind || !comparable(e.to, c.from)) continue;
    const other = subjectNames(doc, e);
    if (![...names].some((n) => other.has(n))) continue;
    return e.to;
  }
  return undefined;
}

export const percentChange = defineRule(
  {
    id: 'figures/percent-change',
    category: 'figures',
    defaultSeverity: 'warning',
    description: 'A percentage or amount of change that its own figures contradict.',
    fixable: true,
  },
  (ctx) => {
    const model = figuresModel(ctx.doc);
    let subjects: Map<number, Quantity> | undefined;
    checkMultiples(ctx, model);
    for (let ci = 0; ci < model.changes.length; ci++) {
      const c = model.changes[ci];
      if (c.to && !c.from) checkApplied(ctx, ctx.doc, c, subjects ??= subjectPercents(ctx.doc, model.changes));
      if (c.amount && !c.from && !c.to) checkShare(ctx, ctx.doc, c);
      const x = c.to ?? c.current ?? runningValue(ctx.doc, model.changes, ci);
      const y = c.from;
      if (!x || !y || x === y) continue;
      if ([x, y, c.percent, c.amount].some((q) => q?.quoted)) continue;
      if (x.kind === 'percent' && y.kind === 'percent' && c.amount && isPoints(c.amount) && c.factor === undefined) { checkPoints(ctx, c, x, y, c.amount); continue; }
      if (!comparable(x, y)) continue;
      if (c.factor !== undefined) { checkFactor(ctx, c, x, y); continue; }
      if (c.to && c.from) {
        const [xlo, xhi] = interval(x, true), [ylo, yhi] = interval(y, true);
        if (c.direction === 'up' ? xhi < ylo : xlo > yhi) { checkDirection(ctx, c, x, y); continue; }
      }
      if (c.percent && c.percent.kind === 'percent') checkPercent(ctx, c, x, y, c.percent);
      else if (c.amount) checkAmount(ctx, c, x, y, c.amount);
    }
  },
);
