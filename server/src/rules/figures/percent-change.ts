// figures/percent-change: a stated change that its own figures contradict — "rose 12% to $14.2
// million from $13.1 million" (8.4%), "a loss of 73 seats" from 303 to 240 (63), "doubled to 150
// from 100", "rose to $90 from $100". Rounding of every figure is allowed for; qualifiers ("about
// 6%", "nearly doubled", "more than tripled") widen what is accepted.
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Fix, RelatedSpan } from '../../engine/types';
import { figuresModel, interval, type Change, type Quantity } from './model';
import { figuresVocabulary } from './vocabulary';
import { formatPercent, writeLike } from './numbers';

const text = (doc: Doc, q: Quantity) => doc.text.slice(q.start, q.end);

function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money') return a.currency === b.currency;
  return a.kind === 'count' || a.kind === 'duration';
}

/** The percentages the stated figure allows: a full unit of its last digit either way (writers round and truncate). */
function statedRange(p: Quantity): [number, number] {
  const u = p.precision;
  switch (p.qualifier) {
    case 'approx': return [p.value * 0.9 - u, p.value * 1.1 + u];
    case 'below': return [p.value * 0.8 - u, p.value + u];
    case 'min': return [p.value - u, Infinity];
    case 'max': return [-Infinity, p.value + u];
    default: return [p.value - u, (p.high ?? p.value) + u];
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
    message: `From ${text(doc, y)} to ${text(doc, x)} is a change of ${newText ?? diff}, not ${text(doc, a)}.`,
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
    case 'below': ok = ratio >= f * 0.75 && ratio <= f * 1.03; break;
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
    for (const c of model.changes) {
      const x = c.to ?? c.current;
      const y = c.from;
      if (!x || !y || x === y) continue;
      if ([x, y, c.percent, c.amount].some((q) => q?.quoted)) continue;
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
