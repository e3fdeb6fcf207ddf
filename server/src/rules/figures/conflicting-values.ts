// figures/conflicting-values: one quantity of one thing given two values in a draft.
//
// Two figures are only compared when the draft shows they are the same thing:
//  - a definite reference back ("the 405,728 deliveries", "the $2,500 cap", "the two-year
//    emergency", "the 7% slide") whose noun matches an earlier figure's, when no earlier figure
//    has the same value in any form ("$48.6 million" / "the $48,600,000 spending plan");
//  - a repeat that differs by a typing slip (3,200 jobs / 2,300 jobs; 405,278 / 405,728);
//  - vote tallies that share one side (230-197 / 230-198), and a count of "no votes" against the
//    tally of the vote.
// Figures in quotations, forecasts, figures for other times ("a year earlier", "in 2019") or
// other subjects, and approximate figures that fit ("nearly $400 million" / "$391 million") are
// not compared.
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Fix } from '../../engine/types';
import { anchorStems, figuresModel, sameValue, stem, type FiguresModel, type Quantity, type Tally } from './model';
import { figuresVocabulary, phraseAt, type FiguresVocabulary } from './vocabulary';
import { typoLike, writeLike } from './numbers';

const YEAR = /^(1[7-9]\d\d|20\d\d)$/;

/** Time words, years, months, weekdays and quarters near a figure (its clause, up to six words either side). */
function timeMarks(doc: Doc, model: FiguresModel, q: Quantity, v: FiguresVocabulary): Set<string> {
  const out = new Set<string>();
  const tokens = doc.tokens;
  const s = doc.sentences[q.sentence];
  const look = (i: number) => {
    const t = tokens[i];
    if (YEAR.test(t.text) && t.type === 'number') out.add(`y${t.text}`);
    else if (v.months.has(t.lower) && /^[A-Z]/.test(t.text)) out.add(`m${v.months.get(t.lower)}`);
    else if (v.weekdays.has(t.lower) && /^[A-Z]/.test(t.text)) out.add(`d${v.weekdays.get(t.lower)}`);
    else if ((t.lemma === 'quarter' || t.lemma === 'half') && i > s.firstToken) {
      const o = v.ordinals.get(tokens[i - 1].lower) ?? (/^(\d)(st|nd|rd|th)$/.exec(tokens[i - 1].lower)?.[1] ? +tokens[i - 1].lower[0] : undefined);
      if (o !== undefined) out.add(`${t.lemma}${o}`);
      else if (['previous', 'last', 'prior', 'year-earlier'].includes(tokens[i - 1].lower)) out.add('past');
    } else if (/^Q[1-4]$/.test(t.text)) out.add(`quarter${t.text[1]}`);
    if (phraseAt(tokens, i, v.timesPast, q.sentence)) out.add('past');
    else if (phraseAt(tokens, i, v.timesFuture, q.sentence)) out.add('future');
  };
  // An opening time phrase covers the sentence: "In April, the 1,520 cars it made ..."
  let comma = s.firstToken;
  while (comma < s.endToken && comma < s.firstToken + 6 && tokens[comma].text !== ',') comma++;
  const opening = tokens.slice(s.firstToken, comma);
  if (tokens[comma]?.text === ',' && comma < q.qualFirst && opening.length && !opening.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && (opening[0].pos === 'ADP' || opening[0].pos === 'DET' || opening[0].pos === 'ADJ')) {
    for (let i = s.firstToken; i < comma; i++) look(i);
  }
  for (let i = q.qualFirst - 1, n = 0; i >= s.firstToken && n < 6; i--, n++) {
    if ([';', ':', '—', '(', ')', ','].includes(tokens[i].text) || tokens[i].pos === 'CCONJ' || tokens[i].pos === 'SCONJ') break;
    const other = model.covering.get(i);
    if (other && other !== q) break;
    look(i);
  }
  for (let i = q.last + 1, n = 0; i < s.endToken && n < 6; i++, n++) {
    if ([';', ':', '—', '(', ')', ','].includes(tokens[i].text) || tokens[i].pos === 'CCONJ' || tokens[i].pos === 'SCONJ') break;
    const other = model.covering.get(i);
    if (other && other !== q) break;
    look(i);
  }
  return out;
}

function timesConflict(a: Set<string>, b: Set<string>, articleYear: string): boolean {
  for (const prefix of ['y', 'm', 'd', 'quarter', 'half']) {
    const x = [...a].filter((k) => k.startsWith(prefix) && (prefix !== 'd' || /^d\d$/.test(k)));
    const y = [...b].filter((k) => k.startsWith(prefix) && (prefix !== 'd' || /^d\d$/.test(k)));
    if (x.length && y.length && !x.some((k) => y.includes(k))) return true;
    // A figure with no year is about the article's time: "the 71% turnout in 2020" is another time.
    if (prefix === 'y' && x.length + y.length > 0 && (!x.length || !y.length) && [...x, ...y].every((k) => k.slice(1) < articleYear)) return true;
  }
  for (const k of ['past', 'future']) if (a.has(k) !== b.has(k)) return true;
  return false;
}

/** Capitalised names near a figure: two figures about different named subjects are different things. */
function subjects(doc: Doc, q: Quantity, v: FiguresVocabulary): Set<string> {
  const out = new Set<string>();
  const tokens = doc.tokens;
  const s = doc.sentences[q.sentence];
  for (let i = Math.max(s.firstToken, q.qualFirst - 8); i <= Math.min(s.endToken - 1, q.headEnd + 4); i++) {
    const t = tokens[i];
    if (t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text) || i === s.firstToken) continue;
    if (v.months.has(t.lower) || v.weekdays.has(t.lower)) continue;
    out.add(t.lower);
  }
  return out;
}

function subjectsConflict(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
}

const figureText = (doc: Doc, q: Quantity) => doc.text.slice(q.start, q.end);

function replaceFix(doc: Doc, q: Quantity, other: Quantity, v: FiguresVocabulary): Fix[] {
  if (q.kind !== other.kind) return [];
  if (q.kind === 'duration' && q.unit !== other.unit) {
    if (!q.compound || !other.compound) return [];
    return [{ title: `Use the earlier figure (${figureText(doc, other)})`, edits: [{ offset: q.start, length: q.end - q.start, newText: figureText(doc, other).toLowerCase() }] }];
  }
  const factor = q.number.value ? q.value / q.number.value : 1;
  const text = writeLike(other.value / factor, q.number, v);
  if (!text) return [];
  return [{ title: `Use the earlier figure (${figureText(doc, other)})`, edits: [{ offset: q.number.numStart, length: q.number.numEnd - q.number.numStart, newText: text }] }];
}

function candidateKind(q: Quantity): boolean {
  return ['count', 'money', 'percent', 'duration'].includes(q.kind) && !q.quoted && q.high === undefined && !q.ago;
}

function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.rate && b.rate && a.rate !== b.rate) return false;
  if (a.kind === 'money') return a.currency === b.currency;
  return true;
}

/** Relatively close, or one typing slip apart. */
function nearMiss(doc: Doc, a: Quantity, b: Quantity): boolean {
  const x = a.value, y = b.value;
  if (x === y) return false;
  const rel = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
  const da = doc.text.slice(a.number.numStart, a.number.numEnd), db = doc.text.slice(b.number.numStart, b.number.numEnd);
  if (a.number.words || b.number.words) return false;
  const digits = Math.min(da.replace(/\D/g, '').length, db.replace(/\D/g, '').length);
  if (digits >= 3 && typoLike(da, db) && rel < 0.5) return true;
  return digits >= 4 && rel <= 0.02;
}

export const conflictingValues = defineRule(
  {
    id: 'figures/conflicting-values',
    category: 'figures',
    defaultSeverity: 'warning',
    description: 'The same quantity of the same thing given two different values.',
    fixable: true,
  },
  (ctx) => {
    const { doc } = ctx;
    const model = figuresModel(doc);
    const v = figuresVocabulary();
    const reported = new Set<Quantity>();
    const marks = new Map<Quantity, Set<string>>();
    const timeOf = (q: Quantity) => { let m = marks.get(q); if (!m) { m = timeMarks(doc, model, q, v); marks.set(q, m); } return m; };
    const subj = new Map<Quantity, Set<string>>();
    const subjectOf = (q: Quantity) => { let m = subj.get(q); if (!m) { m = subjects(doc, q, v); subj.set(q, m); } return m; };
    const anchors = new Map<Quantity, Set<string>>();
    const anchorOf = (q: Quantity) => { let m = anchors.get(q); if (!m) { m = anchorStems(doc, model, q); anchors.set(q, m); } return m; };
    const usable = (e: Quantity, q: Quantity) =>
      candidateKind(e) && !e.expectation && !e.selector && e.change?.role !== 'from' && e.change?.role !== 'base' && !e.difference && !e.threshold && !e.isWhole
      && comparable(e, q) && !timesConflict(timeOf(e), timeOf(q), doc.date.slice(0, 4)) && !subjectsConflict(subjectOf(e), subjectOf(q));

    const quantities = model.quantities.filter(candidateKind);
    for (const q of quantities) {
      if (q.selector || reported.has(q)) continue;
      // A forecast may differ from the figure reported; a definite reference still points back.
      if (q.expectation && !q.definite) continue;
      // Only definite references and repeats that may carry a typing slip are compared.
      const typoCandidate = !q.qualifier && (q.kind === 'count' ? !!q.head && q.value >= 1000 : q.kind === 'money');
      if (!q.definite && !typoCandidate) continue;
      const earlier = quantities.filter((e) => e.start < q.start && comparable(e, q));
      if (!earlier.length) continue;
      // Written before in another form ("$48.6 million" ... "the $48,600,000 plan"): no conflict.
      if (earlier.some((e) => !e.expectation && sameValue(e, q, true))) continue;

      // 1. A definite reference back: "the 405,728 deliveries", "the $2,500 cap", "the two-year emergency".
      if (q.definite && q.head && !q.qualifier && !q.difference && !q.threshold) {
        const h = q.head;
        const hs = stem(h.lemma);
        const direction = v.upNouns.has(h.lemma) ? 'up' : v.downNouns.has(h.lemma) ? 'down' : undefined;
        const property = q.kind !== 'count' || q.compound;
        const matches = earlier.filter((e) => {
          if (!usable(e, q)) return false;
          if (direction && e.change && e.change.role === 'percent' && e.change.change.direction === direction && q.kind === 'percent') return true;
          if (!property) {
            const eh = e.head ?? e.ofHead;
            if (eh && stem(eh.lemma) === hs) return true;
            // "delivered 405,278 vehicles" for "the 405,728 deliveries"
            const verb = doc.tokens[e.qualFirst - 1];
            return !!verb && verb.pos === 'VERB' && stem(verb.lemma) === hs;
          }
          // "the 10-year note" is itself a reference to a kind of thing, not an antecedent
          if (e.definite && e.compound) return false;
          // "a 25% tariff on steel" / "the 10% tariff on aluminum": the same noun for different things
          const pe = headObject(doc, e), pq = headObject(doc, q);
          if (pe && pq && pe !== pq) return false;
          return anchorOf(e).has(hs);
        });
        if (matches.length) {
          const near = matches.filter((e) => nearMiss(doc, e, q));
          const values = new Set(matches.map((e) => e.value));
          let other: Quantity | undefined;
          if (near.length) other = near[near.length - 1];
          else if (property && values.size === 1 && !(q.head.lower !== q.head.lemma && q.kind !== 'percent')) other = matches[matches.length - 1];
          if (other) {
            reportConflict(ctx, q, other, `the ${headPhrase(doc, q)}`);
            reported.add(q);
            continue;
          }
        }
      }

      // 1b. A definite reference by what it is for: "about $61 billion for Ukraine" ... "the $16
      // billion for Ukraine".
      if (q.definite && !q.head && !q.qualifier && (q.kind === 'money' || q.kind === 'count')) {
        const pp = purpose(doc, q);
        if (pp) {
          const matches = earlier.filter((e) => usable(e, q) && purpose(doc, e) === pp);
          if (matches.length && new Set(matches.map((e) => e.value)).size === 1 && !matches.some((e) => sameValue(e, q, true))) {
            const t = doc.tokens;
            reportConflict(ctx, q, matches[matches.length - 1], `the money ${doc.text.slice(t[q.last + 1].start, t[q.last + (t[q.last + 2] && ['the', 'a', 'an'].includes(t[q.last + 2].lower) ? 3 : 2)].end)}`.replace(/^the money/, q.kind === 'money' ? 'the money' : 'the number'));
            reported.add(q);
            continue;
          }
        }
      }

      // 2. A repeat one typing slip away: "3,200 jobs" ... "2,300 jobs"; "$54.20 a share" ... "$52.40 a share".
      if (!q.qualifier && (q.kind === 'count' ? !!q.head && q.value >= 1000 : q.kind === 'money')) {
        const same = (e: Quantity) => {
          if (q.kind === 'count') return !!e.head && stem(e.head.lemma) === stem(q.head!.lemma);
          if (e.rate && q.rate) return e.rate === q.rate;
          const qa = anchorOf(q);
          return [...anchorOf(e)].some((x) => qa.has(x) && x.length > 3);
        };
        const other = earlier.filter((e) => usable(e, q) && !e.qualifier && e.sentence !== q.sentence && typoLike(doc.text.slice(e.number.numStart, e.number.numEnd), doc.text.slice(q.number.numStart, q.number.numEnd)) && nearMiss(doc, e, q) && same(e)).pop();
        if (other) {
          reportConflict(ctx, q, other, q.head ? headPhrase(doc, q) : 'the same figure');
          reported.add(q);
        }
      }
    }
    checkTallies(ctx, model);
  },
);

/** "tariff on steel": the object of a preposition right after a figure's noun. */
function headObject(doc: Doc, q: Quantity): string | undefined {
  if (!q.head) return undefined;
  const t = doc.tokens;
  let k = q.headEnd + 1;
  if (!t[k] || !['on', 'for', 'in', 'of', 'against'].includes(t[k].lower) || t[k].sentence !== q.sentence) return undefined;
  const prep = t[k].lower;
  const words: string[] = [];
  for (k++; k < q.headEnd + 6 && t[k] && t[k].sentence === q.sentence; k++) {
    if (['the', 'a', 'an'].includes(t[k].lower)) continue;
    if (!(t[k].pos === 'NOUN' || t[k].pos === 'PROPN' || t[k].pos === 'ADJ')) break;
    words.push(t[k].lemma);
  }
  return words.length ? `${prep} ${words.join(' ')}` : undefined;
}

/** "for Ukraine", "in damages": what a figure without a noun of its own is for. */
function purpose(doc: Doc, q: Quantity): string | undefined {
  const t = doc.tokens;
  let k = q.last + 1;
  const prep = t[k];
  if (!prep || !['for', 'in', 'to'].includes(prep.lower) || prep.sentence !== q.sentence) return undefined;
  k++;
  if (t[k] && ['the', 'a', 'an'].includes(t[k].lower)) k++;
  const n = t[k];
  if (!n || n.sentence !== q.sentence || !(n.pos === 'NOUN' || n.pos === 'PROPN')) return undefined;
  return `${prep.lower} ${n.lemma}`;
}

function headPhrase(doc: Doc, q: Quantity): string {
  if (!q.head) return 'figure';
  return doc.text.slice(doc.tokens[q.last + 1]?.start ?? q.head.start, q.head.end).replace(/^[-\s]+/, '') || q.head.text;
}

function reportConflict(ctx: RuleContext, q: Quantity, other: Quantity, what: string): void {
  const { doc } = ctx;
  const v = figuresVocabulary();
  ctx.report({
    offset: q.start,
    length: q.end - q.start,
    message: `${figureText(doc, q)} for ${what} here, but ${figureText(doc, other)} earlier in the draft.`,
    fixes: replaceFix(doc, q, other, v),
    related: [{ offset: other.start, length: other.end - other.start, message: `the same ${q.head?.text ?? 'figure'} given as ${figureText(doc, other)}` }],
  });
}

/** Content words of a tally's clause. */
function tallyContext(doc: Doc, t: Tally): Set<string> {
  const out = new Set<string>();
  const tokens = doc.tokens;
  const s = doc.sentences[t.sentence];
  const v = figuresVocabulary();
  for (let i = s.firstToken; i < s.endToken; i++) {
    const x = tokens[i];
    if (i === t.token.index) continue;
    if ((x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ') && !v.voteTally.has(x.lemma) && /\p{L}{3}/u.test(x.text)) out.add(stem(x.lemma));
  }
  return out;
}

/**
 * Vote tallies: two tallies sharing one side whose other side differs slightly, about the same
 * measure (230-197 and 230-198 for "the abuse-of-power article"); and "the three no votes" against
 * a 5-2 vote.
 */
function checkTallies(ctx: RuleContext, model: FiguresModel): void {
  const { doc } = ctx;
  const v = figuresVocabulary();
  const tallies = model.tallies.filter((t) => t.vote && !t.quoted);
  const contexts = new Map<Tally, Set<string>>();
  const ctxOf = (t: Tally) => { let c = contexts.get(t); if (!c) { c = tallyContext(doc, t); contexts.set(t, c); } return c; };
  for (let j = 1; j < tallies.length; j++) {
    const q = tallies[j];
    if (Math.max(q.a, q.b) < 10 || q.a === q.b) continue;
    let best: Tally | undefined, bestShared = 0;
    for (let i = 0; i < j; i++) {
      const e = tallies[i];
      if (e.a === q.a && e.b === q.b) { best = undefined; bestShared = Infinity; break; }
      if (e.sentence === q.sentence) continue;
      const close = (x: number, y: number) => Math.abs(x - y) <= 3 || typoLike(String(x), String(y));
      const oneSide = (e.a === q.a && close(e.b, q.b)) || (e.b === q.b && close(e.a, q.a));
      if (!oneSide) continue;
      const a = ctxOf(e), b = ctxOf(q);
      const shared = [...a].filter((x) => b.has(x)).length;
      if (shared > bestShared) { best = e; bestShared = shared; }
    }
    if (!best || bestShared < 2) continue;
    ctx.report({
      offset: q.token.start,
      length: q.token.end - q.token.start,
      message: `The vote is given as ${q.token.text} here but ${best.token.text} earlier in the draft.`,
      fixes: [{ title: `Use the earlier tally (${best.token.text})`, edits: [{ offset: q.token.start, length: q.token.end - q.token.start, newText: best.token.text }] }],
      related: [{ offset: best.token.start, length: best.token.end - best.token.start, message: `the same vote given as ${best.token.text}` }],
    });
  }
  // A definite reference to an earlier result: "won 4-2 in a penalty shootout" ... "the 4-3 shootout win".
  const all = model.tallies.filter((t) => !t.quoted);
  for (const q of all) {
    const tokens = doc.tokens;
    const before = tokens[q.token.index - 1], noun = tokens[q.token.index + 1];
    if (before?.lower !== 'the' || !noun || noun.pos !== 'NOUN' || noun.sentence !== q.sentence || q.a === q.b) continue;
    const earlierTallies = all.filter((e) => e.token.start < q.token.start && e.sentence !== q.sentence);
    if (earlierTallies.some((e) => (e.a === q.a && e.b === q.b) || (e.a === q.b && e.b === q.a))) continue;
    const about = earlierTallies.filter((e) => {
      for (let k = Math.max(0, e.token.index - 5); k < e.token.index + 6; k++) if (k !== e.token.index && tokens[k]?.sentence === e.sentence && tokens[k].lemma === noun.lemma) return true;
      return false;
    });
    if (about.length !== 1) continue;
    const e = about[0];
    ctx.report({
      offset: q.token.start,
      length: noun.end - q.token.start,
      message: `The ${noun.text} is given as ${q.token.text} here but ${e.token.text} earlier in the draft.`,
      fixes: [{ title: `Use the earlier result (${e.token.text})`, edits: [{ offset: q.token.start, length: q.token.end - q.token.start, newText: e.token.text }] }],
      related: [{ offset: e.token.start, length: e.token.end - e.token.start, message: `the same ${noun.text} given as ${e.token.text}` }],
    });
  }
  // "The three no votes" / "the 198 votes against": the side of a tally.
  if (!tallies.length) return;
  const tokens = doc.tokens;
  for (const q of model.quantities) {
    if (q.kind !== 'count' || !q.definite || q.quoted || q.qualifier) continue;
    let side: 'against' | 'for' | undefined;
    const k = q.last + 1;
    if (phraseAt(tokens, k, v.voteAgainst, q.sentence)) side = 'against';
    else if (phraseAt(tokens, k, v.voteFor, q.sentence)) side = 'for';
    else if (q.head && ['vote', 'votes'].includes(q.head.lower)) {
      const after = q.headEnd + 1;
      if (phraseAt(tokens, after, [['against']], q.sentence)) side = 'against';
      else if (phraseAt(tokens, after, [['in', 'favor'], ['in', 'favour'], ['for']], q.sentence)) side = 'for';
    }
    if (!side) continue;
    const before = tallies.filter((t) => t.token.start < q.start);
    if (!before.length) continue;
    const sideOf = (t: Tally) => (side === 'against' ? Math.min(t.a, t.b) : Math.max(t.a, t.b));
    if (before.some((t) => sideOf(t) === q.value)) continue;
    // Only one vote to refer to.
    if (new Set(before.map((t) => `${t.a}-${t.b}`)).size !== 1) continue;
    const t = before[before.length - 1];
    const end = tokens[q.headEnd]?.end ?? q.end;
    ctx.report({
      offset: q.start,
      length: Math.max(end, q.end) - q.start,
      message: `The ${t.token.text} vote had ${sideOf(t)} ${side === 'against' ? 'against' : 'in favor'}, not ${figureText(doc, q)}.`,
      fixes: fixSide(q, sideOf(t), v),
      related: [{ offset: t.token.start, length: t.token.end - t.token.start, message: `the vote, ${t.token.text}` }],
    });
  }
}

function fixSide(q: Quantity, n: number, v: FiguresVocabulary): Fix[] {
  const text = writeLike(n, q.number, v);
  return text ? [{ title: `Change to ${text}`, edits: [{ offset: q.number.numStart, length: q.number.numEnd - q.number.numStart, newText: text }] }] : [];
}

