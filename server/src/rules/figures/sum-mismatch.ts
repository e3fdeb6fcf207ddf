// figures/sum-mismatch: parts that do not add up to the total they are given for ("The 198 votes
// against came from 195 Republicans and two Democrats"; "Of the 50 seats, 30 went to A, 15 to B and
// 4 to C"), shares of one whole that add up to more than 100%, and a share given as a percentage
// that its own figures contradict ("396 of the 476 seats, or 60%").
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Fix } from '../../engine/types';
import { anchorStems, figuresModel, interval, POSSESSIVE_DETERMINERS, stem, type FiguresModel, type Quantity } from './model';
import { figuresVocabulary, phraseAt, type FiguresVocabulary, cues } from './vocabulary';
import { formatPercent, writeLike } from './numbers';

const BARRIERS = new Set([';', ':', '—', '–', '(', ')']);
const REST = cues.rest;
const UPPER_START = /^\p{Lu}/u;
/** "Of the 50 seats,", "Of his 31 albums,". */
const OF_OWNERS: ReadonlySet<string> = new Set(['the', ...POSSESSIVE_DETERMINERS]);
/** Words between a phrase of parts and the first part ("breaks down into $52 million ..."). */
const INTO = new Set(['into', 'among', 'between', 'as']);

const exactInteger = (q: Quantity) => !q.qualifier && Number.isInteger(q.number.value) && !q.number.scale && q.number.decimals === 0 && !q.quoted && !q.expectation;

/**
 * A coordinated list of figures starting at token `k`: "195 Republicans and two Democrats",
 * "30 went to A, 15 to B and 4 to C", "Smith 52%, Jones 40% and Brown 12%". Returns the parts and
 * whether the list names a remainder ("and the rest", "and others").
 */
function listAt(doc: Doc, model: FiguresModel, k: number, end: number, kind: Quantity['kind']): { parts: Quantity[]; open: boolean; verbs: boolean; categories: boolean } | undefined {
  const tokens = doc.tokens;
  const parts: Quantity[] = [];
  let open = false;
  let verbs = false;
  let categories = false;
  let i = k;
  let sawAnd = false;
  /** The first part is a name and a verb ("Linwood has 212 students"): later parts may repeat the verb ("and Ferris has 188"). */
  let namedVerb: string | undefined;
  const verbAt = (x: number) => !!tokens[x] && (tokens[x].pos === 'VERB' || tokens[x].pos === 'AUX') && !model.covering.has(x);
  while (i < end) {
    // up to three name words before the figure ("Jones 40%"), and in the first part a verb
    // ("Democrats won five and Republicans two")
    let j = i;
    // ("the Progressive Caucus 38%": the article before a name)
    if (parts.length && tokens[j]?.lower === 'the' && UPPER_START.test(tokens[j + 1]?.text ?? '')) j++;
    const named = j;
    while (j < end && j < named + 3 && !model.byToken.has(j) && !model.covering.has(j) && UPPER_START.test(tokens[j].text)) j++;
    if (j === named + 0 && named > i) j = i;
    if (!parts.length && j > named && verbAt(j)) { namedVerb = tokens[j].lemma; j++; }
    else if (parts.length && namedVerb && j > named && verbAt(j) && tokens[j].lemma === namedVerb) j++;
    // ("and independents 19%", "and others 12%": a group named in lower case before its share)
    if (parts.length && j === i && kind === 'percent' && (tokens[j]?.pos === 'NOUN' || REST.has(tokens[j]?.lower ?? '')) && model.byQualFirst.get(j + 1)?.kind === kind) j++;
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
        if (namedVerb && x > k && verbAt(x) && tokens[x].lemma === namedVerb && UPPER_START.test(tokens[x - 1].text)) continue;
        if (!UPPER_START.test(tokens[x].text) && x > k) return false;
      }
      return false;
    };
    while (i < end && n < 8 && tokens[i].text !== ',' && !(tokens[i].lower === 'and' && startsPart(i + 1)) && !BARRIERS.has(tokens[i].text)) {
      // an age bracket describing the part ("children under 18", "adults over 65")
      const inner = model.byQualFirst.get(i);
      if (inner && (inner.qualifier === 'max' || inner.qualifier === 'min') && inner.qualFirst === i && inner.qualFirst > qq.last + 1 && !inner.head) {
        i = inner.last + 1; n++;
        continue;
      }
      if (model.covering.has(i)) return undefined;
      // "40 were children and 30 were elderly": each part with a verb of its own is a category,
      // not a share of an allocation ("30 went to A, 15 to B").
      if (parts.length > 1 && (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX')) verbs = true;
      // ("61 alleging excessive force" describes the part; "40 were children" sorts it into a category)
      if ((tokens[i].pos === 'AUX' || tokens[i].pos === 'VERB') && !tokens[i].lower.endsWith('ing')) categories = true;
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
  return { parts, open, verbs, categories };
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

/** An amount written the way `like` is ("$84 million" for 82,000,000: "$82 million"). */
function moneyText(doc: Doc, like: Quantity, value: number, v: FiguresVocabulary): string {
  const factor = like.number.value ? like.value / like.number.value : 1;
  const n = writeLike(value / factor, like.number, v, false) ?? String(value / factor);
  return doc.text.slice(like.start, like.number.numStart) + n + doc.text.slice(like.number.numEnd, like.end);
}

function checkParts(ctx: RuleContext, model: FiguresModel, v: FiguresVocabulary): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const total of model.quantities) {
    // money is added up as written, allowing each figure's rounding ("$52 million" may be $52.4 million)
    const money = total.kind === 'money' && !total.qualifier && !total.quoted && !total.expectation && !total.rate && !total.change;
    if ((!money && (total.kind !== 'count' || !exactInteger(total))) || total.difference || total.threshold) continue;
    const s = doc.sentences[total.sentence];
    let listStart: number | undefined;
    let partial = false;
    let allocation = false;
    // "Of the 50 seats, 30 went to ..."
    if (OF_OWNERS.has(tokens[total.qualFirst - 1]?.lower ?? '') && tokens[total.qualFirst - 2]?.lower === 'of' && total.qualFirst - 2 === s.firstToken) {
      let k = total.headEnd + 1;
      while (k < s.endToken && tokens[k].text !== ',' && k < total.headEnd + 6) k++;
      if (tokens[k]?.text === ',') { listStart = k + 1; allocation = true; }
    } else if (total.definite) {
      // "The 198 votes against the obstruction article came from 195 Republicans and two Democrats"
      // (from the figure: the tagger may take the verb for a noun, "the $84 million general fund breaks down into")
      for (let k = total.last + 1, n = 0; k < s.endToken && n < 8 + total.headEnd - total.last; k++, n++) {
        if (BARRIERS.has(tokens[k].text) || model.covering.has(k)) break;
        const p = phraseAt(tokens, k, v.sumParts, total.sentence), pp = phraseAt(tokens, k, v.sumPartial, total.sentence);
        if (p || pp) { listStart = k + (p || pp); partial = !p; if (INTO.has(tokens[listStart]?.lower ?? '')) listStart++; break; }
        if (tokens[k].pos === 'VERB' && n > 0) break;
      }
    }
    // "It found 143 complaints over that period: 61 alleging ..., 47 ... and 22 ...", "The unit's 26
    // employees — 14 nurses, three ob-gyns and six technicians — will ...": a breakdown set off by a
    // colon or a dash right after the total.
    let breakdown = false;
    if (listStart === undefined && total.head && !total.selector) {
      for (let k = total.headEnd + 1, n = 0; k < s.endToken && n < 5; k++, n++) {
        const x = tokens[k];
        if (x.text === ':' || ((x.text === '—' || x.text === '–') && x.space !== '')) { listStart = k + 1; breakdown = true; break; }
        if (BARRIERS.has(x.text) || x.text === ',' || model.covering.has(k) || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'CCONJ') break;
      }
    }
    if (listStart === undefined) continue;
    const list = listAt(doc, model, listStart, s.endToken, total.kind);
    if (!list || !list.parts.every(money ? (q: Quantity) => !q.qualifier && !q.quoted && !q.rate && !q.change && q.currency === total.currency : exactInteger)) continue;
    const sum = list.parts.reduce((a, q) => a + q.value, 0);
    // what rounding each figure to its last digit allows
    const slack = money ? list.parts.reduce((a, q) => a + q.precision / 2, total.precision / 2) : 0;
    if (breakdown) {
      // Each part is a kind of what the total counts: smaller than it, and together close to it (a
      // list that covers much less is a selection: "120 people: 40 children and 30 elderly").
      if (!list.parts.every((q) => q.value < total.value && !q.isWhole && !q.change) || list.open) continue;
      if (sum < total.value && (sum < 0.8 * total.value || list.categories)) continue;
    } else if (!money) {
      // The parts count the same things as the total, or named groups of them ("195 Republicans").
      const th = total.head ? stem(total.head.lemma) : undefined;
      if (!list.parts.every((q) => !q.head || (th && stem(q.head.lemma) === th) || UPPER_START.test(q.head.text))) continue;
    }
    if (sum === total.value || Math.abs(sum - total.value) < slack - 1e-9 * Math.abs(total.value)) continue;
    if ((partial || list.open || (allocation && list.verbs)) && sum <= total.value) continue;
    const first = list.parts[0], last = list.parts[list.parts.length - 1];
    const end = Math.max(last.end, tokens[last.headEnd].end);
    // A breakdown right after its total is reported on both: either may be the wrong figure.
    const start = breakdown ? total.start : first.start;
    ctx.report({
      offset: start,
      length: end - start,
      message: money
        ? `The parts add up to ${moneyText(doc, total, sum, v)} (${list.parts.map((q) => doc.text.slice(q.start, q.end)).join(' + ')}), not the ${doc.text.slice(total.start, total.end)} stated.`
        : `The parts add up to ${sum.toLocaleString('en-US')} (${list.parts.map((q) => q.value.toLocaleString('en-US')).join(' + ')}), not the ${doc.text.slice(total.start, total.end)} stated.`,
      fixes: money ? [] : partsFixes(doc, total, list.parts, v),
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
  /** A figure of the result, exact or rounded ("about 60.3 million votes"), not a bound ("more than"). */
  const resultFigure = (q: Quantity) => q.kind === 'count' && !q.quoted && !q.expectation && !q.number.words && (!q.qualifier || q.qualifier === 'approx');
  for (const m of model.quantities) {
    const bound = !!m.qualifier && m.qualifier !== 'approx' && m.kind === 'count' && !m.quoted && !m.expectation && appositiveMargin(doc, m);
    if (m.kind !== 'count' || m.quoted || m.expectation || (!exactInteger(m) && !resultFigure(m) && !bound)) continue;
    const before = tokens[m.qualFirst - 1], before2 = tokens[m.qualFirst - 2];
    const isMargin = before?.lower === 'by' || (before?.lower === 'of' && ['margin', 'majority', 'lead'].includes(before2?.lemma ?? ''));
    if (!isMargin || before.sentence !== m.sentence) continue;
    if (m.head?.lemma === 'point') continue; // percentage-point leads: checkPointMargins
    // the one result in the sentence: a tally ("432-202"), "18,904 to 18,492" or "about 60.3 million
    // votes to Bolsonaro's 58.2 million"
    let pairs = resultPairs(doc, model, m, m.sentence, resultFigure);
    // "Leave won 17,410,742 votes, or 51.9 percent, to 16,141,241 ... The margin of roughly 1.5
    // million votes ...": the margin opens the next sentence in the paragraph and refers back
    const s = doc.sentences[m.sentence], prev = doc.sentences[m.sentence - 1];
    if (!pairs.length && before.lower === 'of' && m.qualFirst - 3 === s.firstToken && tokens[s.firstToken].lower === 'the' && prev && prev.block === s.block) {
      pairs = resultPairs(doc, model, m, prev.index, resultFigure);
    }
    // ", a margin of ...": the two figures before it, joined by "and" ("17,410,742 votes for Leave and 16,141,241 for Remain")
    if (!pairs.length && appositiveMargin(doc, m)) {
      const ab = andPair(doc, model, m, resultFigure);
      if (ab) pairs.push({ a: ab[0].value, b: ab[1].value, start: ab[0].start, end: ab[1].end, exact: exactInteger(ab[0]) && exactInteger(ab[1]), qa: ab[0], qb: ab[1] });
    }
    if (pairs.length !== 1) continue;
    const p = pairs[0];
    const diff = Math.abs(p.a - p.b);
    if (diff === m.value || diff === 0) continue;
    if (!p.exact || !exactInteger(m)) {
      // rounded figures: the margin the rounding allows
      const [alo, ahi] = p.qa ? reach(p.qa) : [p.a, p.a];
      const [blo, bhi] = p.qb ? reach(p.qb) : [p.b, p.b];
      const lo = Math.max(0, Math.min(Math.abs(alo - bhi), Math.abs(ahi - blo))), hi = Math.max(Math.abs(ahi - blo), Math.abs(alo - bhi));
      const [mlo, mhi] = marginReach(m);
      if (mhi >= lo && mlo <= hi) continue;
    }
    const v = figuresVocabulary();
    const text = p.exact && exactInteger(m) ? writeLike(diff, m.number, v) : writeLike(diff, m.number, v, false);
    ctx.report({
      offset: m.start,
      length: m.end - m.start,
      message: `${doc.text.slice(p.start, p.end)} is a margin of ${p.exact ? diff.toLocaleString('en-US') : `about ${text ?? diff.toLocaleString('en-US')}${m.number.scale ? ' ' + m.number.scale.word : ''}`}, not ${doc.text.slice(tokens[m.qualFirst].start, m.end)}.`,
      fixes: text ? [{ title: `Change to ${text}`, edits: [{ offset: m.number.numStart, length: m.number.numEnd - m.number.numStart, newText: text }], preferred: true }] : [],
      related: [{ offset: p.start, length: p.end - p.start, message: 'the result' }],
    });
  }
}

type ResultPair = { a: number; b: number; start: number; end: number; exact: boolean; qa?: Quantity; qb?: Quantity };

/** The results of a sentence: tallies ("432-202") and "18,904 to 18,492" ("17,410,742 votes, or 51.9 percent, to 16,141,241"). */
function resultPairs(doc: Doc, model: FiguresModel, m: Quantity, si: number, resultFigure: (q: Quantity) => boolean): ResultPair[] {
  const tokens = doc.tokens;
  const pairs: ResultPair[] = [];
  for (const t of model.tallies) if (t.sentence === si && !t.quoted) pairs.push({ a: t.a, b: t.b, start: t.token.start, end: t.token.end, exact: true });
  for (const q of model.bySentence.get(si) ?? []) {
    if (q === m || !resultFigure(q)) continue;
    let k = tokens[q.last + 1]?.lower === 'to' ? q.last + 1 : Math.max(q.last, q.headEnd) + 1;
    // (past the figure's share set off by commas: ", or 51.9 percent,")
    if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'or') {
      const share = model.byQualFirst.get(k + 2) ?? model.byToken.get(k + 2);
      if (share && share.kind === 'percent' && tokens[share.last + 1]?.text === ',') k = share.last + 2;
    }
    if (tokens[k]?.lower !== 'to') continue;
    // (past the other side's name: "to Bolsonaro's 58.2 million", "to his 39.1 million")
    let j = k + 1;
    while (j < k + 4 && tokens[j] && tokens[j].sentence === si && !model.byQualFirst.has(j) && (UPPER_START.test(tokens[j].text) || tokens[j].text === "'s" || tokens[j].text === '’s' || ['his', 'her', 'its', 'their'].includes(tokens[j].lower))) j++;
    const r = model.byQualFirst.get(j) ?? model.byToken.get(j);
    if (r && r !== m && resultFigure(r) && r.qualFirst === j && (r.number.scale?.value ?? 1) === (q.number.scale?.value ?? 1)) {
      pairs.push({ a: q.value, b: r.value, start: q.start, end: r.end, exact: exactInteger(q) && exactInteger(r), qa: q, qb: r });
    }
  }
  return pairs;
}

/** ", a margin of ...", ", a lead of ...": a margin set off after the result it is of. */
function appositiveMargin(doc: Doc, m: Quantity): boolean {
  const t = doc.tokens;
  return t[m.qualFirst - 1]?.lower === 'of' && ['margin', 'lead', 'majority', 'gap', 'difference'].includes(t[m.qualFirst - 2]?.lemma ?? '')
    && ['a', 'an'].includes(t[m.qualFirst - 3]?.lower ?? '') && t[m.qualFirst - 4]?.text === ',' && t[m.qualFirst - 4].sentence === m.sentence;
}

/**
 * The two figures a margin set off after them is of: the last two of the clause's kind before the
 * comma, joined by "and" ("He received 20,743,128 votes and Le Pen 10,638,475, a margin of ..."),
 * the second within a few words of the comma (or "against": "52.1% against 47.9%").
 */
function andPair(doc: Doc, model: FiguresModel, m: Quantity, fits: (q: Quantity) => boolean): [Quantity, Quantity] | undefined {
  const t = doc.tokens;
  const before = (model.bySentence.get(m.sentence) ?? []).filter((q) => q.start < m.start && q !== m);
  const same = before.filter((q) => fits(q) && !q.isWhole && !q.whole && !q.change);
  if (same.length < 2) return undefined;
  const a = same[same.length - 2], b = same[same.length - 1];
  if ((a.number.scale?.value ?? 1) !== (b.number.scale?.value ?? 1) && !(a.number.decimals === 0 && b.number.decimals === 0 && !a.number.scale && !b.number.scale)) return undefined;
  const comma = m.qualFirst - 4;
  if (comma - Math.max(b.last, b.headEnd) > 4) return undefined;
  let and = false;
  for (let k = a.last + 1; k < b.qualFirst; k++) {
    if (t[k].lower === 'and' || t[k].lower === 'against' || t[k].lower === 'versus' || t[k].lower === 'vs.') and = true;
    if ([';', ':', '(', ')'].includes(t[k].text)) return undefined;
  }
  return and ? [a, b] : undefined;
}

/** What a margin allows: "more than 12 million" any margin above it, "nearly five" up to it and not far below. */
function marginReach(m: Quantity): [number, number] {
  const half = m.precision / 2, v = m.value;
  switch (m.qualifier) {
    case 'min': return [v - half, Infinity];
    case 'max': return [-Infinity, v + half];
    case 'below': return [v * 0.8 - half, v + half];
    default: return reach(m);
  }
}

const ABOVE: Array<{ words: string[]; sign: 1 | -1 }> = [
  { words: ['above'], sign: 1 }, { words: ['below'], sign: -1 }, { words: ['higher', 'than'], sign: 1 }, { words: ['lower', 'than'], sign: -1 },
  { words: ['taller', 'than'], sign: 1 }, { words: ['ahead', 'of'], sign: 1 }, { words: ['behind'], sign: -1 },
];

/**
 * A difference set between two figures of one measure: "The river peaked at 14.2 meters early
 * Tuesday, 1.6 meters above the previous record of 12.9 meters". The difference follows a comma
 * after the one figure of its kind and unit earlier in the sentence; the other figure ends the words
 * after "above" ("the previous record of"). All three figures' rounding is allowed for.
 */
function checkAbove(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const t = doc.tokens;
  for (const d of model.quantities) {
    if (d.quoted || d.qualifier || d.change || d.expectation || d.kind === 'percent' || d.kind === 'count' && !d.head) continue;
    if (t[d.qualFirst - 1]?.text !== ',' ) continue;
    let k = Math.max(d.last, d.headEnd) + 1;
    const rel = ABOVE.find((r) => r.words.every((w, i) => t[k + i]?.lower === w && t[k + i].sentence === d.sentence));
    if (!rel) continue;
    k += rel.words.length;
    const relEnd = t[k - 1].end;
    let b: Quantity | undefined;
    for (let n = 0; n < 6 && t[k] && t[k].sentence === d.sentence; n++, k++) {
      b = model.byQualFirst.get(k) ?? model.byToken.get(k);
      if (b) break;
      if (!['DET', 'ADJ', 'NOUN', 'ADP', 'PRON'].includes(t[k].pos) || t[k].text === ',') break;
    }
    const same = (q: Quantity) => q.kind === d.kind && (q.unit ?? '') === (d.unit ?? '') && (q.currency ?? '') === (d.currency ?? '') && (q.kind !== 'count' || !!q.head && stem(q.head.lemma) === stem(d.head!.lemma));
    if (!b || b.qualifier || b.quoted || b.sentence !== d.sentence || !same(b)) continue;
    const candidates = (model.bySentence.get(d.sentence) ?? []).filter((q) => q.start < d.start && q !== d && same(q) && !q.quoted);
    if (candidates.length !== 1 || candidates[0].qualifier || (candidates[0].change && !['to', 'current'].includes(candidates[0].change.role))) continue;
    const a = candidates[0];
    const diff = (a.value - b.value) * rel.sign;
    const tol = (a.precision + b.precision + d.precision) / 2 + 1e-9;
    if (Math.abs(diff - d.value) <= tol) continue;
    const v = figuresVocabulary();
    const factor = d.number.value ? d.value / d.number.value : 1;
    const text = diff > 0 ? writeLike(diff / factor, d.number, v, false) : undefined;
    const word = rel.words.join(' ');
    ctx.report({
      offset: d.start,
      length: relEnd - d.start,
      message: diff > 0
        ? `${doc.text.slice(a.start, a.end)} is ${text ? text + doc.text.slice(d.number.numEnd, d.end) : diff} ${word} ${doc.text.slice(b.start, b.end)}, not ${doc.text.slice(d.start, d.end)}.`
        : `${doc.text.slice(a.start, a.end)} is not ${word} ${doc.text.slice(b.start, b.end)}.`,
      fixes: text ? [{ title: `Change to ${text}`, edits: [{ offset: d.number.numStart, length: d.number.numEnd - d.number.numStart, newText: text }], preferred: true }] : [],
      related: [{ offset: a.start, length: a.end - a.start, message: 'the figure' }, { offset: b.start, length: b.end - b.start, message: 'the figure it is compared with' }],
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
    if (t0?.lower !== 'of') continue;
    const general = t1?.lower === 'the' && t2?.lower === 'total' || t1?.lower === 'that' || t1?.lower === 'this';
    // "Of the participants, 898 received the drug and 879 a placebo": a group named just before
    // (in this paragraph), split into parts.
    const named = !general && t1?.lower === 'the' && t2?.pos === 'NOUN' && t2.lower !== t2.lemma && tokens[s.firstToken + 3]?.text === ',';
    if (!general && !named) continue;
    let k = s.firstToken + 2;
    while (k < s.endToken && tokens[k].text !== ',' && k < s.firstToken + 5) k++;
    if (tokens[k]?.text !== ',') continue;
    const first = model.byToken.get(k + 1) ?? model.covering.get(k + 1);
    if (!first || (first.kind !== 'money' && first.kind !== 'count') || (named && first.kind !== 'count')) continue;
    const list = listAt(doc, model, k + 1, s.endToken, first.kind);
    if (!list || list.open || list.parts.length < (named ? 2 : 3) || list.parts.some((q) => q.qualifier || q.quoted)) continue;
    if (named && list.parts.some((q) => q.head && !list.parts.every((x) => x.head && stem(x.head.lemma) === stem(q.head!.lemma)))) continue;
    const sum = list.parts.reduce((a, q) => a + q.value, 0);
    const rounding = list.parts.reduce((a, q) => a + q.precision / 2, 0);
    const block = s.block;
    // (for a named group, only the figures of this paragraph's two sentences before and this one)
    const pool = named ? [s.index - 2, s.index - 1, s.index].flatMap((si) => model.bySentence.get(si) ?? []) : model.quantities;
    const earlier = pool.filter((q) => q.start < list.parts[0].start && q.kind === first.kind && q.currency === first.currency && !q.quoted && !q.expectation && !q.qualifier && !list.parts.includes(q)
      && (!named || (q.block === block && exactInteger(q) && !q.change)));
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

const BODIES = cues.bodies;
const ABSTAIN = cues.abstentions;

/**
 * A vote with more votes than the body has members: "The budget passed 7-2, with one member
 * abstaining ... The council has nine members" (7 + 2 + 1 = 10). The membership is the one the
 * draft gives for a council, board, court or other body ("has nine members", "the nine-member
 * council"); abstentions and absences in the tally's sentence are counted.
 */
function checkBodyVotes(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const tallies = model.tallies.filter((x) => x.vote && !x.quoted);
  if (!tallies.length) return;
  const sizes = new Map<number, Quantity>();
  const bodyOf = new Map<Quantity, string>();
  for (const q of model.quantities) {
    if (q.kind !== 'count' || q.quoted || q.qualifier || !q.head) continue;
    if (q.compound) {
      // "the nine-member council"
      if (q.unit === 'member' && BODIES.has(q.head.lemma)) { sizes.set(q.value, q); bodyOf.set(q, q.head.lemma); }
      continue;
    }
    // (all its members: "has nine members." — not "seven members from the county and two from the city")
    if (q.head.lemma !== 'member' || !['.', ';', '!', undefined].includes(t[q.headEnd + 1]?.sentence === q.sentence ? t[q.headEnd + 1].text : undefined)) continue;
    // "The council has nine members", "a board of 11 members"
    const before = t[q.qualFirst - 1], body = t[q.qualFirst - 2];
    if (before && body && before.sentence === q.sentence && ((before.lemma === 'have' && BODIES.has(body.lemma)) || (before.lower === 'of' && BODIES.has(body.lemma)))) { sizes.set(q.value, q); bodyOf.set(q, body.lemma); }
  }
  if (sizes.size !== 1) return;
  const [[size, sq]] = [...sizes];
  const body = bodyOf.get(sq)!;
  // the bodies the draft names: a tally is the sized body's when its sentence names it, or the draft names no other
  const named = new Set<string>();
  for (const x of t) if (BODIES.has(x.lemma) && x.pos === 'NOUN') named.add(x.lemma);
  for (const tally of tallies) {
    const s = doc.sentences[tally.sentence];
    const here = new Set<string>();
    for (let k = s.firstToken; k < s.endToken; k++) if (BODIES.has(t[k].lemma) && t[k].pos === 'NOUN') here.add(t[k].lemma);
    if (here.size ? !(here.size === 1 && here.has(body)) : !(named.size === 1 && named.has(body))) continue;
    if (tally.a + tally.b > size * 2) continue;
    let extra = 0, end = tally.token.end;
    const extras: Quantity[] = [];
    for (const q of model.bySentence.get(tally.sentence) ?? []) {
      if (q.kind !== 'count' || q.quoted || q.qualifier || q.compound) continue;
      let abstains = !!q.head && ABSTAIN.has(q.head.lower) ? q.headEnd : -1;
      for (let k = Math.max(q.last, q.headEnd) + 1; k <= Math.max(q.last, q.headEnd) + 2 && k < s.endToken && abstains < 0; k++) if (ABSTAIN.has(t[k].lower)) abstains = k;
      if (abstains >= 0) { extra += q.value; extras.push(q); end = Math.max(end, t[abstains].end); }
    }
    const total = tally.a + tally.b + extra;
    if (total <= size) continue;
    ctx.report({
      offset: tally.token.start,
      length: end - tally.token.start,
      message: `${[tally.a, tally.b, ...extras.map((q) => q.value)].join(' + ')} is ${total} votes${extras.length ? ' and abstentions' : ''}, more than the ${size} members the draft gives the body.`,
      related: [{ offset: sq.start, length: sq.end - sq.start, message: 'the membership' }],
    });
  }
}

/** The outcome of the verdict word nearest before a count of charges. */
function verdictOutcome(doc: Doc, q: Quantity): 'guilty' | 'acquitted' | 'open' | undefined {
  const t = doc.tokens;
  const s = doc.sentences[q.sentence];
  for (let k = q.qualFirst - 1; k >= s.firstToken; k--) {
    const x = t[k];
    const negated = () => { for (let j = k - 1; j >= Math.max(s.firstToken, k - 4); j--) if (t[j].lower === 'not' || t[j].lower === "n't" || t[j].lower === 'no') return true; return false; };
    if (x.lemma === 'convict' || x.lower === 'guilty') return x.lower === 'guilty' && negated() ? 'acquitted' : 'guilty';
    if (x.lemma === 'acquit' || x.lemma === 'clear') return 'acquitted';
    if (x.lemma === 'verdict' && negated() || ['deadlock', 'deadlocked', 'hung', 'mistrial', 'dismiss', 'undecided'].includes(x.lemma) || ['deadlocked', 'dismissed'].includes(x.lower)) return 'open';
  }
  return undefined;
}

/**
 * Verdicts that do not add up to the charges: "convicted ... on three counts of wire fraud and one
 * count of conspiracy. It acquitted her on four counts ..., and it could not reach a verdict on three
 * other counts" ... "Of the 12 counts she faced at trial" (11). The outcomes of one paragraph must
 * cover a conviction, an acquittal and counts left open (all the charges); the total is "the N
 * counts" (or charges) after it.
 */
function checkVerdicts(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const charge = (q: Quantity) => q.kind === 'count' && !q.quoted && !q.qualifier && !!q.head && (q.head.lemma === 'count' || q.head.lemma === 'charge');
  const byBlock = new Map<number, Array<{ q: Quantity; outcome: 'guilty' | 'acquitted' | 'open' }>>();
  // "guilty on five charges and not guilty on two": a count after "on" in a sentence of charges
  const elided = (q: Quantity) => q.kind === 'count' && !q.quoted && !q.qualifier && (!q.head || q.head.lower === 'others') && t[q.qualFirst - 1]?.lower === 'on'
    && (model.bySentence.get(q.sentence) ?? []).some((x) => x !== q && charge(x) && x.start < q.start);
  for (const q of model.quantities) {
    if (!(charge(q) || elided(q)) || q.definite) continue;
    const outcome = verdictOutcome(doc, q);
    if (!outcome) continue;
    const list = byBlock.get(q.block) ?? [];
    list.push({ q, outcome });
    byBlock.set(q.block, list);
  }
  if (!byBlock.size) return;
  for (const total of model.quantities) {
    if (!charge(total) || !(total.definite || t[total.qualFirst - 1]?.lower === 'the')) continue;
    // the last paragraph before the total that gives every outcome
    let parts: Array<{ q: Quantity; outcome: string }> | undefined;
    for (const [block, list] of byBlock) if (block < total.block && new Set(list.map((p) => p.outcome)).size === 3 && (!parts || block > parts[0].q.block)) parts = list;
    if (!parts) continue;
    const sum = parts.reduce((a, p) => a + p.q.value, 0);
    if (sum === total.value) continue;
    // another person's charges of that number in between ("Balwani was convicted on 12 counts"):
    // the total must name, or stand for by pronoun, the person of the verdicts
    const between = model.quantities.some((q) => charge(q) && q !== total && q.value === total.value && q.block > parts![0].q.block && q.start < total.start);
    if (between) {
      const words = (from: number, to: number) => { const out = new Set<string>(); for (let k = from; k < to; k++) out.add(t[k].lower); return out; };
      const b = doc.blocks[parts[0].q.block];
      const ps = doc.sentences.filter((x) => x.block === parts![0].q.block);
      const paragraph = words(ps[0].firstToken, ps[ps.length - 1].endToken);
      const ts = doc.sentences[total.sentence];
      const own = [...words(ts.firstToken, ts.endToken)];
      const female = paragraph.has('her') || paragraph.has('she'), male = paragraph.has('him') || paragraph.has('his') || paragraph.has('he');
      const same = own.some((w) => (w === 'she' && female && !male) || (w === 'he' && male && !female) || (/^[a-z]{3,}$/.test(w) && paragraph.has(w) && doc.tokens.some((x) => x.lower === w && x.pos === 'PROPN')));
      if (!b || !same) continue;
    }
    const by = (o: string) => parts!.filter((p) => p.outcome === o).reduce((a, p) => a + p.q.value, 0);
    ctx.report({
      offset: total.start,
      length: t[total.headEnd].end - total.start,
      message: `${by('guilty')} guilty, ${by('acquitted')} acquitted and ${by('open')} without a verdict make ${sum} counts, not ${total.number.value}.`,
      related: [{ offset: parts[0].q.start, length: parts[parts.length - 1].q.end - parts[0].q.start, message: 'the verdicts' }],
    });
  }
}

/**
 * A count followed by the list of what it counts, with another number of items: "won three awards,
 * for cinematography, visual effects, sound mixing and production design". The list follows ", for"
 * or a colon right after the counted noun, ends the sentence, and has short items (four words at
 * most) joined by commas and a final "and"; "including" or "such as" give a part, not the list.
 */
function checkListCount(ctx: RuleContext, model: FiguresModel, v: FiguresVocabulary): void {
  const { doc } = ctx;
  const t = doc.tokens;
  for (const q of model.quantities) {
    if (q.kind !== 'count' || !q.head || q.quoted || q.qualifier || q.compound || q.value < 2 || q.value > 12 || !Number.isInteger(q.value) || q.head.lower === q.head.lemma) continue;
    const s = doc.sentences[q.sentence];
    let k = q.headEnd + 1;
    if (t[k]?.text === ':') k++;
    else if (t[k]?.text === ',' && t[k + 1]?.lower === 'for') k += 2;
    else continue;
    const items: number[] = [];
    let words = 0, and = false, ok = true;
    for (; k < s.endToken; k++) {
      const x = t[k];
      if (x.text === '.' || x.text === '!' || x.text === '?') break;
      if (BARRIERS.has(x.text) || model.covering.has(k) || x.pos === 'VERB' || x.pos === 'AUX' || ['including', 'such', 'among', 'like'].includes(x.lower)) { ok = false; break; }
      if (x.text === ',' || x.lower === 'and' || x.lower === 'or') {
        if (x.lower === 'or') { ok = false; break; }
        if (words) items.push(words);
        words = 0;
        if (x.lower === 'and') and = true;
        else if (and) { ok = false; break; }
        continue;
      }
      words++;
      if (words > 4) { ok = false; break; }
    }
    if (words) items.push(words);
    if (!ok || !and || items.length < 2 || items.length === q.value) continue;
    const start = t[q.headEnd + 2].start;
    ctx.report({
      offset: q.start,
      length: t[k - 1].end - q.start,
      message: `${items.length} items are listed for ${doc.text.slice(q.start, t[q.headEnd].end)}.`,
      fixes: (() => { const text = writeLike(items.length, q.number, v); return text ? [{ title: `Change to ${text}`, edits: [{ offset: q.number.numStart, length: q.number.numEnd - q.number.numStart, newText: text }] }] : []; })(),
      related: [{ offset: start, length: t[k - 1].end - start, message: 'the list' }],
    });
  }
}

const DIVISION_NOUNS = cues.divisionNouns;
const SHARE_VERBS = cues.shareVerbs;
const TOTAL_WORDS = cues.totalNouns;

/**
 * A breakdown of money in one sentence that comes close to a total given earlier without matching
 * it: "a $412.6 million general fund budget" ... "Police will receive $128.4 million, the fire
 * department $71.9 million, parks and recreation $38.2 million, and street maintenance $54.7
 * million, with $109.4 million going to all other departments" (402.6). Three parts or more, each
 * set off by a comma or "and" (the last may follow ", with"), within 3% of one earlier amount that
 * is a budget, revenue, spending or other total, and not within the rounding of the figures.
 */
function checkBreakdown(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const t = doc.tokens;
  let totals: Quantity[] | undefined;
  /** The budgets, revenues and other totals of the draft, found the first time a breakdown needs them. */
  const totalsOf = () => {
    if (totals) return totals;
    const totalStems = new Set([...TOTAL_WORDS].map(stem));
    return (totals = model.quantities.filter((q) => q.kind === 'money' && !q.quoted && !q.expectation && !q.qualifier && !q.rate && q.high === undefined
      && (!q.change || q.change.role === 'to' || q.change.role === 'current') && [...anchorStems(doc, model, q)].some((x) => totalStems.has(x))));
  };
  for (const s of doc.sentences) {
    const qs = (model.bySentence.get(s.index) ?? []).filter((q) => q.kind === 'money');
    if (qs.length < 3) continue;
    // the longest run of parts set off by commas and "and"
    const parts: Quantity[] = [qs[0]];
    let done = false;
    for (let i = 1; i < qs.length && !done; i++) {
      const a = parts[parts.length - 1], b = qs[i];
      let sep = false, ok = b.currency === a.currency && !b.rate && !b.qualifier && !b.quoted && (!b.change || b.change.role === 'to') && b.qualFirst - Math.max(a.last, a.headEnd) <= 12;
      for (let k = Math.max(a.last, a.headEnd) + 1; k < b.qualFirst && ok; k++) {
        const x = t[k];
        if (x.text === ',' || x.lower === 'and' || x.lower === 'with') sep = true;
        if (BARRIERS.has(x.text) || model.covering.has(k) || x.lower === 'from' || x.lower === 'than' || x.lower === 'of') ok = false;
        if (x.lower === 'with') done = true;
      }
      if (!ok || !sep) { if (parts.length >= 3) break; parts.length = 0; parts.push(b); done = false; continue; }
      parts.push(b);
    }
    if (parts.length < 3 || parts.some((q) => q.qualifier || q.quoted || q.rate || q.expectation)) continue;
    // a division of the whole: parts named as divisions or departments (here or in the sentence
    // before), or a verb of receiving before the first part ("Police will receive", "brought in")
    let division = false;
    for (let si = s.index - 1; si <= s.index && !division; si++) {
      const x = doc.sentences[si];
      if (!x || x.block !== s.block) continue;
      for (let k = x.firstToken; k < (si === s.index ? parts[0].qualFirst : x.endToken); k++) {
        if (DIVISION_NOUNS.has(t[k].lemma) || (si === s.index && t[k].pos === 'VERB' && SHARE_VERBS.has(t[k].lemma))) { division = true; break; }
      }
    }
    if (!division) continue;
    const sum = parts.reduce((a, q) => a + q.value, 0);
    const rounding = parts.reduce((a, q) => a + q.precision / 2, 0);
    const earlier = totalsOf().filter((q) => q.start < parts[0].start && q.currency === parts[0].currency && !parts.includes(q) && q.value > Math.max(...parts.map((p) => p.value)));
    if (earlier.some((q) => Math.abs(q.value - sum) <= rounding + q.precision / 2)) continue;
    const near = earlier.filter((q) => Math.abs(q.value - sum) / q.value <= 0.03);
    if (new Set(near.map((q) => q.value)).size !== 1) continue;
    const total = near[near.length - 1];
    const z = parts[parts.length - 1];
    const v = figuresVocabulary();
    const sumText = moneyText(doc, total, sum, v);
    ctx.report({
      offset: z.start,
      length: z.end - z.start,
      message: `The parts (${parts.map((q) => doc.text.slice(q.start, q.end)).join(', ')}) add up to ${sumText}, not the ${doc.text.slice(total.start, total.end)} total.`,
      related: [{ offset: total.start, length: total.end - total.start, message: 'the total' }, { offset: parts[0].start, length: z.end - parts[0].start, message: 'the parts' }],
    });
  }
}

/** "59% to 27%, ... a lead of more than 40 points": the lead the two shares give; a gap "between" two shares of adjacent sentences. */
function checkPointMargins(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const m of model.quantities) {
    if (m.quoted || m.number.words && m.number.value < 2) continue;
    const points = m.kind === 'points' || (m.kind === 'measure' && (m.unit === 'points' || m.unit === 'point'));
    if (!points) continue;
    const before = tokens[m.qualFirst - 1], before2 = tokens[m.qualFirst - 2];
    const gap = before?.lower === 'of' && ['gap', 'difference'].includes(before2?.lemma ?? '') && tokens[m.last + 1]?.lower === 'between' && tokens[m.last + 1].sentence === m.sentence;
    if (!(before?.lower === 'by' || (before?.lower === 'of' && ['margin', 'lead'].includes(before2?.lemma ?? '')) || gap)) continue;
    // the two shares: "59% to 27%", "59% to Galvez's 27%"
    const pairs: Array<[Quantity, Quantity]> = [];
    // "The union is seeking raises of 40 percent. The companies have offered about 20 percent,
    // leaving a gap of 25 percentage points between the two sides": the one share before the gap in
    // its sentence, and the one share of the sentence before in the paragraph (a demand and an
    // offer: figures of what is sought are read too)
    if (gap) {
      const s = doc.sentences[m.sentence], prev = doc.sentences[m.sentence - 1];
      const shares = (si: number, end: number) => (model.bySentence.get(si) ?? []).filter((q) => q.kind === 'percent' && q.start < end && !q.quoted);
      const b = shares(m.sentence, m.start), a = prev && prev.block === s.block ? shares(prev.index, Infinity) : [];
      // (a share that is a change's own percentage, "raises of 40 percent", with no values to or from)
      const plain = (q: Quantity) => !q.change || (q.change.role === 'percent' && !q.change.change.from && !q.change.change.to && !q.change.change.current);
      if (a.length === 1 && b.length === 1 && plain(a[0]) && plain(b[0]) && a[0].high === undefined && b[0].high === undefined) pairs.push([a[0], b[0]]);
      if (pairs.length !== 1) continue;
    }
    for (const a of gap ? [] : model.bySentence.get(m.sentence) ?? []) {
      if (a.kind !== 'percent' || a.change) continue;
      if (tokens[a.last + 1]?.lower !== 'to') continue;
      for (let k = a.last + 2; k <= a.last + 5 && k < tokens.length; k++) {
        const b = model.byToken.get(k) ?? model.covering.get(k);
        if (b && b.kind === 'percent' && b.sentence === m.sentence) { pairs.push([a, b]); break; }
        if (b) break;
      }
    }
    if (!pairs.length && !gap && appositiveMargin(doc, m)) {
      const ab = andPair(doc, model, m, (q) => q.kind === 'percent' && !q.quoted && !q.expectation);
      if (ab) pairs.push(ab);
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
      message: gap
        ? `${doc.text.slice(tokens[a.qualFirst].start, a.end)} against ${doc.text.slice(tokens[b.qualFirst].start, b.end)} is a gap of ${formatPercent(diff)} points, not ${doc.text.slice(start, m.end)}.`
        : `${doc.text.slice(a.start, a.end)} to ${doc.text.slice(b.start, b.end)} is a lead of ${formatPercent(diff)} points, not ${doc.text.slice(start, m.end)}.`,
      related: [{ offset: a.start, length: b.end - a.start, message: 'the two shares' }],
    });
  }
}

/** The significant digits a figure is written with ("60.3": 3, "11": 2, "2,000": 1). */
function significantDigits(q: Quantity): number {
  if (q.number.words) return 1;
  let digits = String(q.number.value).replace('.', '').replace(/^0+/, '');
  if (q.number.decimals === 0) digits = digits.replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/**
 * The values a figure allows for a share's or a margin's arithmetic: its last digit rounded, and a
 * qualifier's usual reach — "about" a figure of one or two significant digits may be off by a unit of
 * its last digit or 5% ("about 6 million": 5 to 7 million), "about 60.3 million" by a unit of its
 * last digit; "more than 2.6 million" is at most 5% more, "nearly 33 million" at most 5% less.
 */
function reach(q: Quantity): [number, number] {
  const half = q.precision / 2, v = q.value;
  switch (q.qualifier) {
    case 'approx': {
      const slack = significantDigits(q) >= 3 ? q.precision : Math.max(q.precision, v * 0.05);
      return [v - slack, v + slack];
    }
    case 'min': return [v, v * 1.05 + half];
    case 'below': return [v * 0.95 - half, v];
    case 'max': return [v * 0.95 - half, v];
    default: return [v - half, v + half];
  }
}

/** What a count or measure is of, for comparing a part with its whole: the unit ("tons") or the noun. */
function unitOf(q: Quantity): string | undefined {
  if (q.kind === 'measure') return q.unit ? stem(q.unit) : undefined;
  if (q.kind === 'count' && q.head) return stem(q.head.lemma);
  if (q.kind === 'money') return `money ${q.currency}`;
  return undefined;
}

/**
 * A share of a base given in figures: "More than 2.6 million homes ... — about 40% of the state's
 * roughly 11 million customers" (the part before the percentage, the whole after it), and "about 6
 * million tons, or about 25%" of a total given just before ("nearly 33 million metric tons have been
 * shipped"). The percentage set off after the part is compared with the part over the whole.
 */
function checkShareOfBase(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const p of model.quantities) {
    if (p.kind !== 'percent' || p.quoted || p.change || p.expectation || p.high !== undefined || p.number.words) continue;
    // set off after the part: "..., about 40% of", "— about 40% of", ", or about 25%"
    let k = p.qualFirst - 1;
    if (tokens[k]?.lower === 'or') k--;
    if (!tokens[k] || ![',', '—', '–'].includes(tokens[k].text)) continue;
    // the part: the figure just before (no other figure between), in the sentence (or across a
    // break that is not one: no full stop, or a "sentence" glued to the one before, as in
    // "PowerOutage.us")
    let part: Quantity | undefined;
    for (let i = k - 1, n = 0; i >= 0 && n < 30; i--, n++) {
      const t = tokens[i];
      if (t.sentence !== tokens[i + 1].sentence) {
        const next = tokens[i + 1];
        const real = ['.', '!', '?'].includes(t.text) && next.space !== '';
        if (real || doc.sentences[t.sentence].block !== p.block) break;
      }
      if (BARRIERS.has(t.text) && t.text !== '—' && t.text !== '–') break;
      const q = model.covering.get(i);
      if (q) { part = q; break; }
    }
    if (!part || part.quoted || part.expectation || part.change || part.high !== undefined || !['count', 'money', 'measure'].includes(part.kind) || part.number.words) continue;
    const after = tokens[p.last + 1];
    let whole: Quantity | undefined;
    if (after?.lower === 'of' && after.sentence === p.sentence) {
      // "of the state's roughly 11 million electric customers"
      let j = p.last + 2;
      for (let n = 0; n < 4 && tokens[j] && tokens[j].sentence === p.sentence && !model.covering.has(j) && !model.byQualFirst.has(j); n++, j++) {
        const t = tokens[j];
        if (!(t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.text === "'s" || t.text === '’s')) { j = -1; break; }
      }
      const w = j >= 0 ? (model.byQualFirst.get(j) ?? model.byToken.get(j)) : undefined;
      if (!w || w.sentence !== p.sentence || w.quoted || w.high !== undefined || w.number.words) continue;
      const wu = unitOf(w), pu = unitOf(part);
      if (w.kind !== part.kind || (w.kind === 'money' && wu !== pu) || (w.kind === 'measure' && wu !== pu)) continue;
      whole = w;
    } else if (tokens[p.qualFirst - 1]?.lower === 'or' && (!after || after.sentence !== p.sentence || [',', '.', ';'].includes(after.text))) {
      // ", or about 25%": of the one larger figure of the same unit given in the sentences just before
      const pu = unitOf(part);
      if (!pu) continue;
      const values = new Set<number>();
      let last: Quantity | undefined;
      for (let si = part.sentence - 1; si >= Math.max(0, part.sentence - 3); si--) {
        for (const w of model.bySentence.get(si) ?? []) {
          if (w.quoted || w.expectation || w.change || w.high !== undefined || unitOf(w) !== pu || !(w.value > part.value)) continue;
          // another part with its own share ("about 8 million tons, or nearly a quarter") is not the whole
          if (tokens[w.headEnd + 1]?.text === ',' && tokens[w.headEnd + 2]?.lower === 'or') continue;
          if (doc.sentences[si].block < part.block - 1) continue;
          values.add(w.value);
          last ??= w;
        }
      }
      if (values.size !== 1) continue;
      whole = last;
    }
    if (!whole || !(whole.value > part.value)) continue;
    const [alo, ahi] = reach(part), [wlo, whi] = reach(whole);
    const lo = (alo / whi) * 100, hi = (ahi / wlo) * 100;
    const [plo, phi] = reach(p);
    if (phi >= lo - 0.5 && plo <= hi + 0.5) continue;
    const share = (part.value / whole.value) * 100;
    const start = tokens[p.qualFirst].start;
    ctx.report({
      offset: start,
      length: p.end - start,
      message: `${doc.text.slice(tokens[part.qualFirst].start, part.end)} of ${doc.text.slice(tokens[whole.qualFirst].start, whole.end)} is about ${formatPercent(share)}%, not ${doc.text.slice(start, p.end)}.`,
      related: [{ offset: part.start, length: part.end - part.start, message: 'the part' }, { offset: whole.start, length: whole.end - whole.start, message: 'the whole' }],
    });
  }
}

/** A figure's noun phrase as written ("crew members"), lower-case. */
function nounPhrase(doc: Doc, q: Quantity): string {
  if (!q.head) return '';
  const tokens = doc.tokens;
  return doc.text.slice(tokens[q.last + 1].start, tokens[q.headEnd].end).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * People aboard, counted by role and as a whole: "171 passengers and six crew members" ... "All 174
 * people aboard". Reported when the whole is neither the sum of the roles nor one of them.
 */
function checkAboard(ctx: RuleContext, model: FiguresModel, v: FiguresVocabulary): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  // (the noun's last word first: a cheap test before the phrase is read)
  const lastWords = (set: Set<string>) => new Set([...set].map((p) => p.split(/[ -]/).at(-1)!));
  const partWords = lastWords(v.aboardParts), wholeWords = lastWords(v.aboardWholes);
  const roles = (q: Quantity) => !!q.head && partWords.has(q.head.lower) && v.aboardParts.has(nounPhrase(doc, q));
  const groups: Array<{ parts: Quantity[]; sum: number }> = [];
  for (const q of model.quantities) {
    if (q.kind !== 'count' || !q.head || !partWords.has(q.head.lower)) continue;
    if (q.kind !== 'count' || !roles(q) || !exactInteger(q) || groups.some((g) => g.parts.includes(q))) continue;
    const list = listAt(doc, model, q.qualFirst, doc.sentences[q.sentence].endToken, 'count');
    if (!list || list.open || list.parts[0] !== q || !list.parts.every((p) => roles(p) && exactInteger(p))) continue;
    groups.push({ parts: list.parts, sum: list.parts.reduce((a, p) => a + p.value, 0) });
  }
  // one group of people aboard in the draft (two are two vehicles, or two counts)
  if (new Set(groups.map((g) => g.sum)).size !== 1) return;
  const group = groups[0];
  const whole = (w: Quantity) => w.kind === 'count' && !!w.head && wholeWords.has(w.head.lower) && exactInteger(w) && !w.selector && v.aboardWholes.has(nounPhrase(doc, w));
  // a whole the parts' own sentence gives is their total ("killing all 157 people aboard, 149
  // passengers and eight crew members"): a whole elsewhere is another vehicle's, or that sentence's
  // sum is checked only against it
  const own = new Set(group.parts.map((p) => p.sentence));
  const inOwn = model.quantities.some((w) => own.has(w.sentence) && whole(w));
  for (const w of model.quantities) {
    if (!whole(w) || (inOwn && !own.has(w.sentence))) continue;
    // "all 174 people aboard", "the 174 people on board"
    const before = tokens[w.qualFirst - 1];
    if (!before || before.sentence !== w.sentence || !['all', 'the'].includes(before.lower)) continue;
    if (!phraseAt(tokens, w.headEnd + 1, v.aboardWords, w.sentence)) continue;
    if (w.value === group.sum || group.parts.some((p) => p.value === w.value)) continue;
    const first = group.parts[0], last = group.parts[group.parts.length - 1];
    const text = writeLike(group.sum, w.number, v);
    ctx.report({
      offset: w.start,
      length: tokens[w.headEnd].end - w.start,
      message: `${doc.text.slice(first.start, tokens[last.headEnd].end)} make ${group.sum.toLocaleString('en-US')} people aboard, not ${w.value.toLocaleString('en-US')}.`,
      fixes: text ? [{ title: `Change to ${text}`, edits: [{ offset: w.number.numStart, length: w.number.numEnd - w.number.numStart, newText: text }] }] : [],
      related: [{ offset: first.start, length: tokens[last.headEnd].end - first.start, message: 'the people aboard by role' }],
    });
  }
}

/**
 * A total given right after its parts: "Linwood has 212 students and Ferris has 188. ... the 412
 * students at the two schools". The total is a definite reference that names the parts' count
 * ("the two schools", "both") and counts what they count.
 */
function checkTotalAfterParts(ctx: RuleContext, model: FiguresModel, v: FiguresVocabulary): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const total of model.quantities) {
    // (a definite reference to figures already given, even in a plan: "Under the plan, the 412 students ...")
    if (total.kind !== 'count' || !total.definite || !total.head || !exactInteger({ ...total, expectation: false }) || total.selector || total.isWhole || total.change) continue;
    // "at the two schools", "at both schools", "combined"
    let count: number | undefined;
    for (let k = total.headEnd + 1, n = 0; k < doc.sentences[total.sentence].endToken && n < 5; k++, n++) {
      const x = tokens[k];
      if (x.lower === 'both') { count = 2; break; }
      if (x.lower === 'combined' || x.lower === 'together') { count = 0; break; }
      if (x.lower === 'the' && v.cardinals.has(tokens[k + 1]?.lower ?? '')) { count = v.cardinals.get(tokens[k + 1].lower); break; }
      if (x.text === ',' || BARRIERS.has(x.text) || x.pos === 'VERB' || x.pos === 'AUX') break;
    }
    if (count === undefined) continue;
    const th = stem(total.head.lemma);
    // the parts: a list in the sentence before, in this paragraph or the one before
    const prev = doc.sentences[total.sentence - 1];
    if (!prev || prev.block < doc.sentences[total.sentence].block - 1) continue;
    for (const q of model.bySentence.get(prev.index) ?? []) {
      if (q.kind !== 'count' || !q.head || stem(q.head.lemma) !== th) continue;
      let k = q.qualFirst;
      while (k > prev.firstToken && k > q.qualFirst - 4 && !model.covering.has(k - 1) && (UPPER_START.test(tokens[k - 1].text) || tokens[k - 1].pos === 'VERB' || tokens[k - 1].pos === 'AUX')) k--;
      const list = listAt(doc, model, k, prev.endToken, 'count');
      if (!list || list.open || !list.parts.includes(q) || (count && list.parts.length !== count)) break;
      if (!list.parts.every((p) => exactInteger(p) && (!p.head || stem(p.head.lemma) === th))) break;
      reportCountSum(ctx, total, list.parts, v);
      break;
    }
  }
}

/**
 * A total given with "together" or "combined" before its parts, which the next sentence gives by
 * the names the total's sentence used: "Lindale Elementary and Brookhollow Elementary, which
 * together enroll 610 students, will close. Lindale has 340 students and Brookhollow 290."
 */
function checkTotalBeforeParts(ctx: RuleContext, model: FiguresModel, v: FiguresVocabulary): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const total of model.quantities) {
    if (total.kind !== 'count' || !total.head || total.qualifier || !exactInteger(total) || total.selector || total.isWhole || total.whole || total.change || total.quoted) continue;
    // "which together enroll 610 students", "a combined 610 students"
    const b1 = tokens[total.qualFirst - 1], b2 = tokens[total.qualFirst - 2];
    const together = (x: typeof b1) => !!x && x.sentence === total.sentence && (x.lower === 'together' || x.lower === 'combined');
    if (!together(b1) && !(together(b2) && (b1.pos === 'VERB' || b1.pos === 'AUX'))) continue;
    const s = doc.sentences[total.sentence], next = doc.sentences[total.sentence + 1];
    if (!next || next.block !== s.block) continue;
    const names = new Set<string>();
    for (let k = s.firstToken; k < total.qualFirst; k++) if (tokens[k].pos === 'PROPN' && UPPER_START.test(tokens[k].text)) names.add(tokens[k].lower);
    if (names.size < 2) continue;
    const th = stem(total.head.lemma);
    const first = (model.bySentence.get(next.index) ?? []).find((q) => q.kind === 'count');
    if (!first || !first.head || stem(first.head.lemma) !== th) continue;
    let k = first.qualFirst;
    while (k > next.firstToken && k > first.qualFirst - 4 && !model.covering.has(k - 1) && (UPPER_START.test(tokens[k - 1].text) || tokens[k - 1].pos === 'VERB' || tokens[k - 1].pos === 'AUX')) k--;
    const list = listAt(doc, model, k, next.endToken, 'count');
    if (!list || list.open || list.parts[0] !== first || list.parts.length < 2) continue;
    if (!list.parts.every((p) => exactInteger(p) && (!p.head || stem(p.head.lemma) === th))) continue;
    // each part is told by one of the total's names, just before it
    const named = (p: Quantity) => { for (let j = p.qualFirst - 1; j >= Math.max(next.firstToken, p.qualFirst - 3); j--) if (names.has(tokens[j].lower)) return true; return false; };
    if (!list.parts.every(named)) continue;
    reportCountSum(ctx, total, list.parts, v);
  }
}

/**
 * Counts that do not add up to their total, within a tenth of it (further apart, the parts are
 * likely of something else): reported on the total, with the sum as its fix.
 */
function reportCountSum(ctx: RuleContext, total: Quantity, parts: readonly Quantity[], v: FiguresVocabulary): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const sum = parts.reduce((a, p) => a + p.value, 0);
  if (sum === total.value || Math.abs(sum - total.value) > 0.1 * total.value) return;
  const first = parts[0], last = parts[parts.length - 1];
  const text = writeLike(sum, total.number, v);
  ctx.report({
    offset: total.start,
    length: tokens[total.headEnd].end - total.start,
    message: `${parts.map((p) => p.value.toLocaleString('en-US')).join(' + ')} is ${sum.toLocaleString('en-US')}, not ${doc.text.slice(total.start, total.end)}.`,
    fixes: text ? [{ title: `Change to ${text}`, edits: [{ offset: total.number.numStart, length: total.number.numEnd - total.number.numStart, newText: text }] }] : [],
    related: [{ offset: first.start, length: Math.max(last.end, tokens[last.headEnd].end) - first.start, message: 'the parts' }],
  });
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
    checkAbove(ctx, model);
    checkBreakdown(ctx, model);
    checkBodyVotes(ctx, model);
    checkVerdicts(ctx, model);
    checkListCount(ctx, model, v);
    checkPointMargins(ctx, model);
    checkTotalReference(ctx, model);
    checkShareOfBase(ctx, model);
    checkAboard(ctx, model, v);
    checkTotalAfterParts(ctx, model, v);
    checkTotalBeforeParts(ctx, model, v);
  },
);
