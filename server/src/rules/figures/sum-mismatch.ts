// figures/sum-mismatch: parts that do not add up to the total they are given for ("The 198 votes
// against came from 195 Republicans and two Democrats"; "Of the 50 seats, 30 went to A, 15 to B and
// 4 to C"), shares of one whole that add up to more than 100%, and a share given as a percentage
// that its own figures contradict ("396 of the 476 seats, or 60%").
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Fix } from '../../engine/types';
import { figuresModel, interval, stem, type FiguresModel, type Quantity } from './model';
import { figuresVocabulary, phraseAt, type FiguresVocabulary } from './vocabulary';
import { formatPercent, writeLike } from './numbers';

const BARRIERS = new Set([';', ':', '—', '–', '(', ')']);
const REST = new Set(['others', 'other', 'rest', 'remainder', 'remaining', 'independents', 'several', 'some', 'many']);
const UPPER_START = /^\p{Lu}/u;

const exactInteger = (q: Quantity) => !q.qualifier && Number.isInteger(q.number.value) && !q.number.scale && q.number.decimals === 0 && !q.quoted && !q.expectation;

/**
 * A coordinated list of figures starting at token `k`: "195 Republicans and two Democrats",
 * "30 went to A, 15 to B and 4 to C", "Smith 52%, Jones 40% and Brown 12%". Returns the parts and
 * whether the list names a remainder ("and the rest", "and others").
 */
function listAt(doc: Doc, model: FiguresModel, k: number, end: number, kind: Quantity['kind']): { parts: Quantity[]; open: boolean; verbs: boolean } | undefined {
  const tokens = doc.tokens;
  const parts: Quantity[] = [];
  let open = false;
  let verbs = false;
  let i = k;
  let sawAnd = false;
  while (i < end) {
    // up to three name words before the figure ("Jones 40%"), and in the first part a verb
    // ("Democrats won five and Republicans two")
    let j = i;
    while (j < end && j < i + 3 && !model.byToken.has(j) && !model.covering.has(j) && UPPER_START.test(tokens[j].text)) j++;
    if (!parts.length && j > i && tokens[j]?.pos === 'VERB' && !model.covering.has(j)) j++;
    const q = model.covering.get(j) ?? model.byToken.get(j);
    const qq = q && (q.qualFirst === j || q.first === j) ? q : model.byQualFirst.get(j);
    if (!qq || qq.kind !== kind) {
      if (parts.length && REST.has(tokens[i]?.lower ?? '')) open = true;
      if (parts.length && tokens[i]?.lower === 'the' && REST.has(tokens[i + 1]?.lower ?? '')) open = true;
      break;
    }
    parts.push(qq);
    // skip the part's own words ("went to A", "Republicans", "for Smith") to the separator
    i = Math.max(qq.last, qq.headEnd) + 1;
    let n = 0;
    // "and" separates parts only before a figure ("to buildings and maintenance" is one part's words)
    const startsPart = (k: number) => {
      for (let x = k; x < k + 4 && x < end; x++) {
        if (model.byToken.has(x) || model.byQualFirst.has(x)) return true;
        if (!UPPER_START.test(tokens[x].text) && x > k) return false;
      }
      return false;
    };
    while (i < end && n < 8 && tokens[i].text !== ',' && !(tokens[i].lower === 'and' && startsPart(i + 1)) && !BARRIERS.has(tokens[i].text)) {
      if (model.covering.has(i)) return undefined;
      // "40 were children and 30 were elderly": each part with a verb of its own is a category,
      // not a share of an allocation ("30 went to A, 15 to B").
      if (parts.length > 1 && (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX')) verbs = true;
      i++; n++;
    }
    if (sawAnd) break;
    if (i >= end || BARRIERS.has(tokens[i].text)) break;
    if (tokens[i].text === ',') {
      i++;
      if (tokens[i]?.lower === 'and') { i++; sawAnd = true; }
    } else if (tokens[i].lower === 'and') { i++; sawAnd = true; }
  }
  if (parts.length < 2 || !sawAnd) return undefined;
  return { parts, open, verbs };
}

function partsFixes(doc: Doc, total: Quantity, parts: Quantity[], v: FiguresVocabulary): Fix[] {
  const fixes: Fix[] = [];
  const sum = parts.reduce((a, q) => a + q.value, 0);
  const last = parts[parts.length - 1];
  const lastValue = total.value - (sum - last.value);
  const text = lastValue > 0 ? writeLike(lastValue, last.number, v) : undefined;
  if (text) fixes.push({ title: `Change ${doc.text.slice(last.number.numStart, last.number.numEnd)} to ${text} (if the total is right)`, edits: [{ offset: last.number.numStart, length: last.number.numEnd - last.number.numStart, newText: text }] });
  return fixes;
}

function checkParts(ctx: RuleContext, model: FiguresModel, v: FiguresVocabulary): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const total of model.quantities) {
    if (total.kind !== 'count' || !exactInteger(total) || total.difference || total.threshold) continue;
    const s = doc.sentences[total.sentence];
    let listStart: number | undefined;
    let partial = false;
    let allocation = false;
    // "Of the 50 seats, 30 went to ..."
    if (tokens[total.qualFirst - 1]?.lower === 'the' && tokens[total.qualFirst - 2]?.lower === 'of' && total.qualFirst - 2 === s.firstToken) {
      let k = total.headEnd + 1;
      while (k < s.endToken && tokens[k].text !== ',' && k < total.headEnd + 6) k++;
      if (tokens[k]?.text === ',') { listStart = k + 1; allocation = true; }
    } else if (total.definite) {
      // "The 198 votes against the obstruction article came from 195 Republicans and two Democrats"
      for (let k = total.headEnd + 1, n = 0; k < s.endToken && n < 8; k++, n++) {
        if (BARRIERS.has(tokens[k].text) || model.covering.has(k)) break;
        const p = phraseAt(tokens, k, v.sumParts, total.sentence), pp = phraseAt(tokens, k, v.sumPartial, total.sentence);
        if (p || pp) { listStart = k + (p || pp); partial = !p; break; }
        if (tokens[k].pos === 'VERB' && n > 0) break;
      }
    }
    if (listStart === undefined) continue;
    const list = listAt(doc, model, listStart, s.endToken, 'count');
    if (!list || !list.parts.every(exactInteger)) continue;
    // The parts count the same things as the total, or named groups of them ("195 Republicans").
    const th = total.head ? stem(total.head.lemma) : undefined;
    if (!list.parts.every((q) => !q.head || (th && stem(q.head.lemma) === th) || UPPER_START.test(q.head.text))) continue;
    const sum = list.parts.reduce((a, q) => a + q.value, 0);
    if (sum === total.value) continue;
    if ((partial || list.open || (allocation && list.verbs)) && sum <= total.value) continue;
    const first = list.parts[0], last = list.parts[list.parts.length - 1];
    const end = Math.max(last.end, tokens[last.headEnd].end);
    ctx.report({
      offset: first.start,
      length: end - first.start,
      message: `The parts add up to ${sum.toLocaleString('en-US')} (${list.parts.map((q) => q.value.toLocaleString('en-US')).join(' + ')}), not the ${doc.text.slice(total.start, total.end)} stated.`,
      fixes: partsFixes(doc, total, list.parts, v),
      related: [{ offset: total.start, length: total.end - total.start, message: 'the stated total' }],
    });
  }
}

/** Shares of one whole ("52% of the vote, Jones 40% and Brown 12%") that exceed 100%. */
function checkShares(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const done = new Set<Quantity>();
  for (const p of model.quantities) {
    if (p.kind !== 'percent' || p.quoted || p.change || done.has(p)) continue;
    if (tokens[p.last + 1]?.lower !== 'of') continue;
    const s = doc.sentences[p.sentence];
    // the list begins with this share
    let k = p.qualFirst;
    while (k > s.firstToken && k > p.qualFirst - 3 && UPPER_START.test(tokens[k - 1].text) && !model.covering.has(k - 1)) k--;
    const list = listAt(doc, model, k, s.endToken, 'percent');
    if (!list) continue;
    for (const q of list.parts) done.add(q);
    if (list.parts.some((q) => q.change || q.qualifier === 'min' || q.qualifier === 'approx' || q.qualifier === 'below')) continue;
    const lo = list.parts.reduce((a, q) => a + interval(q)[0], 0);
    if (lo <= 100) continue;
    const sum = list.parts.reduce((a, q) => a + q.value, 0);
    const first = list.parts[0], last = list.parts[list.parts.length - 1];
    ctx.report({
      offset: first.start,
      length: last.end - first.start,
      message: `These shares of one whole add up to ${formatPercent(sum)}%, more than 100%.`,
    });
  }
}

/** "396 of the 476 seats, or 60%": the share the figures give. */
function checkShareOfWhole(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const part of model.quantities) {
    const whole = part.whole;
    if (!whole || part.kind !== 'count' || whole.kind !== 'count' || part.quoted || !exactInteger(whole) || part.qualifier || !(whole.value > 0)) continue;
    const s = doc.sentences[part.sentence];
    // the next figure after the whole, set off by a comma, in the same clause
    let pct: Quantity | undefined;
    let comma = false;
    for (let k = Math.max(whole.last, whole.headEnd) + 1, n = 0; k < s.endToken && n < 14; k++, n++) {
      if (BARRIERS.has(tokens[k].text)) break;
      if (tokens[k].text === ',') { comma = true; continue; }
      const q = model.covering.get(k);
      if (q) { if (q.kind === 'percent' && comma && q.qualFirst === k) pct = q; break; }
    }
    if (!pct || pct.change || pct.quoted) continue;
    const after = tokens[pct.last + 1];
    if (after && after.sentence === pct.sentence && ![',', '.', ';'].includes(after.text) && after.lower !== 'while') continue;
    const share = (part.value / whole.value) * 100;
    const [lo, hi] = interval(pct);
    const slack = pct.precision / 2;
    if (share >= lo - slack && share <= hi + slack) continue;
    ctx.report({
      offset: pct.start,
      length: pct.end - pct.start,
      message: `${part.value.toLocaleString('en-US')} of ${whole.value.toLocaleString('en-US')} is ${formatPercent(share)}%, not ${doc.text.slice(tokens[pct.qualFirst].start, pct.end)}.`,
      fixes: pct.qualifier || pct.number.words ? [] : [{ title: `Change to ${formatPercent(share)}%`, edits: [{ offset: pct.number.numStart, length: pct.number.numEnd - pct.number.numStart, newText: formatPercent(share) }], preferred: true }],
      related: [{ offset: part.start, length: whole.end - part.start, message: 'the part and the whole' }],
    });
  }
}

/**
 * A margin beside the result it comes from: "by 412 votes, 18,904 to 18,492", "by 432-202, a margin
 * of 230 votes".
 */
function checkMargins(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const m of model.quantities) {
    if (m.kind !== 'count' || m.quoted || !exactInteger(m)) continue;
    const before = tokens[m.qualFirst - 1], before2 = tokens[m.qualFirst - 2];
    const isMargin = before?.lower === 'by' || (before?.lower === 'of' && ['margin', 'majority', 'lead'].includes(before2?.lemma ?? ''));
    if (!isMargin || before.sentence !== m.sentence) continue;
    if (m.head?.lemma === 'point') continue; // percentage-point leads: checkPointMargins
    // the one result in the sentence: a tally ("432-202") or "18,904 to 18,492"
    const pairs: Array<{ a: number; b: number; start: number; end: number }> = [];
    for (const t of model.tallies) if (t.sentence === m.sentence && !t.quoted) pairs.push({ a: t.a, b: t.b, start: t.token.start, end: t.token.end });
    for (const q of model.bySentence.get(m.sentence) ?? []) {
      if (q === m || q.kind !== 'count' || !exactInteger(q)) continue;
      if (tokens[q.last + 1]?.lower !== 'to') continue;
      const r = model.byToken.get(q.last + 2);
      if (r && r.kind === 'count' && exactInteger(r) && r.qualFirst === q.last + 2) pairs.push({ a: q.value, b: r.value, start: q.start, end: r.end });
    }
    if (pairs.length !== 1) continue;
    const p = pairs[0];
    const diff = Math.abs(p.a - p.b);
    if (diff === m.value || diff === 0) continue;
    const v = figuresVocabulary();
    const text = writeLike(diff, m.number, v);
    ctx.report({
      offset: m.start,
      length: m.end - m.start,
      message: `${doc.text.slice(p.start, p.end)} is a margin of ${diff.toLocaleString('en-US')}, not ${doc.text.slice(m.start, m.end)}.`,
      fixes: text ? [{ title: `Change to ${text}`, edits: [{ offset: m.number.numStart, length: m.number.numEnd - m.number.numStart, newText: text }], preferred: true }] : [],
      related: [{ offset: p.start, length: p.end - p.start, message: 'the result' }],
    });
  }
}

/**
 * A difference beside the two figures it comes from: "150 mph ... 2 mph short of the 157 mph
 * threshold", "240 of the 543 seats, 32 short of the 272 needed".
 */
function checkShortOf(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const d of model.quantities) {
    if (d.quoted || !d.difference || d.qualifier) continue;
    let k = Math.max(d.last, d.headEnd) + 1;
    if (!(tokens[k]?.lower === 'short' && tokens[k + 1]?.lower === 'of')) continue;
    k += 2;
    if (tokens[k]?.lower === 'the') k++;
    const b = model.byToken.get(k) ?? model.byQualFirst.get(k);
    if (!b || b.sentence !== d.sentence || b.qualifier || b.kind !== d.kind || (b.unit ?? '') !== (d.unit ?? '')) continue;
    const same = (q: Quantity) => q !== d && q !== b && q.kind === d.kind && (q.unit ?? '') === (d.unit ?? '') && !q.isWhole && !q.difference && !q.quoted && !q.expectation;
    let candidates = (model.bySentence.get(d.sentence) ?? []).filter((q) => q.start < d.start && same(q));
    const first = tokens[doc.sentences[d.sentence].firstToken];
    if (!candidates.length && ['that', 'it', 'this'].includes(first.lower)) {
      candidates = (model.bySentence.get(d.sentence - 1) ?? []).filter(same);
    }
    if (candidates.length !== 1) continue;
    const a = candidates[0];
    if (a.qualifier) continue;
    const diff = b.value - a.value;
    const tol = (a.precision + b.precision + d.precision) / 2;
    if (Math.abs(diff - d.value) <= tol || diff <= 0) continue;
    const v = figuresVocabulary();
    const text = writeLike(diff / (d.value / d.number.value || 1), d.number, v);
    ctx.report({
      offset: d.start,
      length: d.end - d.start,
      message: `${doc.text.slice(a.start, a.end)} is ${text ? text + doc.text.slice(d.number.numEnd, d.end) : diff} short of ${doc.text.slice(b.start, b.end)}, not ${doc.text.slice(d.start, d.end)}.`,
      fixes: text ? [{ title: `Change to ${text}`, edits: [{ offset: d.number.numStart, length: d.number.numEnd - d.number.numStart, newText: text }], preferred: true }] : [],
      related: [{ offset: a.start, length: a.end - a.start, message: 'the figure' }, { offset: b.start, length: b.end - b.start, message: 'the mark it falls short of' }],
    });
  }
}

/**
 * "Of the total, $71.3 million goes to ..., $18.9 million to ... and $4.2 million to ...": parts of a
 * total given earlier. Reported only when the parts come close to an earlier figure without
 * matching it (within 3%, beyond rounding): the total they were meant to add up to.
 */
function checkTotalReference(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const s of doc.sentences) {
    const t0 = tokens[s.firstToken], t1 = tokens[s.firstToken + 1], t2 = tokens[s.firstToken + 2];
    if (t0?.lower !== 'of' || !(t1?.lower === 'the' && t2?.lower === 'total' || t1?.lower === 'that' || t1?.lower === 'this')) continue;
    let k = s.firstToken + 2;
    while (k < s.endToken && tokens[k].text !== ',' && k < s.firstToken + 5) k++;
    if (tokens[k]?.text !== ',') continue;
    const first = model.byToken.get(k + 1) ?? model.covering.get(k + 1);
    if (!first || (first.kind !== 'money' && first.kind !== 'count')) continue;
    const list = listAt(doc, model, k + 1, s.endToken, first.kind);
    if (!list || list.open || list.parts.length < 3 || list.parts.some((q) => q.qualifier || q.quoted)) continue;
    const sum = list.parts.reduce((a, q) => a + q.value, 0);
    const rounding = list.parts.reduce((a, q) => a + q.precision / 2, 0);
    const earlier = model.quantities.filter((q) => q.start < list.parts[0].start && q.kind === first.kind && q.currency === first.currency && !q.quoted && !q.expectation && !q.qualifier && !list.parts.includes(q));
    if (earlier.some((q) => Math.abs(q.value - sum) <= rounding + q.precision / 2)) continue;
    const near = earlier.filter((q) => Math.abs(q.value - sum) / q.value <= 0.03);
    if (new Set(near.map((q) => q.value)).size !== 1) continue;
    const total = near[near.length - 1];
    const a = list.parts[0], z = list.parts[list.parts.length - 1];
    const end = Math.max(z.end, tokens[z.headEnd].end);
    const v = figuresVocabulary();
    const sumText = writeLike(sum / (total.value / total.number.value || 1), total.number, v, false) ?? String(sum);
    ctx.report({
      offset: a.start,
      length: end - a.start,
      message: `The parts add up to ${first.currency === 'USD' ? '$' : ''}${sumText}${total.number.scale ? ' ' + total.number.scale.word : ''}, not the ${doc.text.slice(total.start, total.end)} total.`,
      related: [{ offset: total.start, length: total.end - total.start, message: 'the total' }],
    });
  }
}

/** "59% to 27%, ... a lead of more than 40 points": the lead the two shares give. */
function checkPointMargins(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const m of model.quantities) {
    if (m.quoted || m.number.words && m.number.value < 2) continue;
    const points = m.kind === 'points' || (m.kind === 'measure' && (m.unit === 'points' || m.unit === 'point'));
    if (!points) continue;
    const before = tokens[m.qualFirst - 1], before2 = tokens[m.qualFirst - 2];
    if (!(before?.lower === 'by' || (before?.lower === 'of' && ['margin', 'lead'].includes(before2?.lemma ?? '')))) continue;
    // the two shares: "59% to 27%", "59% to Galvez's 27%"
    const pairs: Array<[Quantity, Quantity]> = [];
    for (const a of model.bySentence.get(m.sentence) ?? []) {
      if (a.kind !== 'percent' || a.change) continue;
      if (tokens[a.last + 1]?.lower !== 'to') continue;
      for (let k = a.last + 2; k <= a.last + 5 && k < tokens.length; k++) {
        const b = model.byToken.get(k) ?? model.covering.get(k);
        if (b && b.kind === 'percent' && b.sentence === m.sentence) { pairs.push([a, b]); break; }
        if (b) break;
      }
    }
    if (pairs.length !== 1) continue;
    const [a, b] = pairs[0];
    const diff = Math.abs(a.value - b.value);
    const slack = (a.qualifier || b.qualifier ? 2 : 0) + (a.precision + b.precision) / 2 + m.precision / 2;
    let ok: boolean;
    switch (m.qualifier) {
      case 'min': ok = diff > m.value - slack; break;
      case 'max': ok = diff < m.value + slack; break;
      case 'below': ok = diff <= m.value + slack && diff >= m.value * 0.8 - slack; break;
      case 'approx': ok = Math.abs(diff - m.value) <= Math.max(2, m.value * 0.1) + slack; break;
      default: ok = Math.abs(diff - m.value) <= slack + 0.5;
    }
    if (ok) continue;
    const start = tokens[m.qualFirst].start;
    ctx.report({
      offset: start,
      length: m.end - start,
      message: `${doc.text.slice(a.start, a.end)} to ${doc.text.slice(b.start, b.end)} is a lead of ${formatPercent(diff)} points, not ${doc.text.slice(start, m.end)}.`,
      related: [{ offset: a.start, length: b.end - a.start, message: 'the two shares' }],
    });
  }
}

export const sumMismatch = defineRule(
  {
    id: 'figures/sum-mismatch',
    category: 'figures',
    defaultSeverity: 'warning',
    description: 'Parts that do not add up to their stated total, or shares of one whole over 100%.',
    fixable: true,
  },
  (ctx) => {
    const model = figuresModel(ctx.doc);
    const v = figuresVocabulary();
    checkParts(ctx, model, v);
    checkShares(ctx, model);
    checkShareOfWhole(ctx, model);
    checkMargins(ctx, model);
    checkShortOf(ctx, model);
    checkPointMargins(ctx, model);
    checkTotalReference(ctx, model);
  },
);
