// figures/years-ago: "N years ago" (or "N years since") set beside the year of the same event —
// "in 1868, 141 years ago", "seven years ago, in 2014" — that the article date contradicts.
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Token } from '../../engine/nlp';
import { figuresModel, mentionIndex, type DateMention, type FiguresModel, type Quantity } from './model';
import { figuresVocabulary, cues } from './vocabulary';
import { apNumber } from './numbers';
import { elapsedYears, parseDay } from './dates';

interface EventTime {
  year: number;
  month?: number;
  day?: number;
  /** Only a month was written ("in April"). */
  monthOnly?: boolean;
  start: number;
  end: number;
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);
const SINCE_CONTEXT = new Set(['been', 'is', "'s", '’s', 'marks', 'mark']);
const YEAR_TOKEN = /^(1[7-9]\d\d|20\d\d)$/;
/** What may stand between "in YEAR" and the comma before "N years ago": a prepositional phrase or a name ("under Tony Blair"). */
const TRAILING_PHRASE = new Set(['ADP', 'DET', 'PRON', 'PROPN', 'NOUN', 'ADJ']);

function eventAt(model: FiguresModel, doc: Doc, token: Token | undefined, sentence: number, article?: { year: number; month: number }): EventTime | undefined {
  if (!token || token.sentence !== sentence) return undefined;
  // "in April": a month without a year, the latest one before the article date
  const v = figuresVocabulary();
  const index = mentionIndex(doc, model);
  const dates = index.dateAt.get(token.index) ?? [];
  const month = /^[A-Z]/.test(token.text) ? v.months.get(token.lower) : undefined;
  if (month !== undefined && article && doc.tokens[token.index - 1]?.lower === 'in' && !dates.some((p) => model.dates[p].monthToken === token)) {
    return { year: month > article.month ? article.year - 1 : article.year, month, start: token.start, end: token.end, monthOnly: true };
  }
  const yp = index.years.get(token.index)?.find((p) => model.years[p].token === token);
  const y = yp === undefined ? undefined : model.years[yp];
  if (y) return { year: y.year, start: token.start, end: token.end };
  const dp = dates.find((p) => { const x = model.dates[p]; return x.year !== undefined && (x.last === token.index || x.first === token.index || x.monthToken === token); });
  const d: DateMention | undefined = dp === undefined ? undefined : model.dates[dp];
  if (d && d.year !== undefined) return { year: d.year, month: d.month, day: d.day, start: d.start, end: d.end };
  return undefined;
}

/** The year written beside the figure: "in 2005, 12 years ago", "12 years ago, in 2005", "12 years since 2005". */
function eventFor(model: FiguresModel, doc: Doc, q: Quantity, article: { year: number; month: number }): EventTime | undefined {
  const t = doc.tokens;
  const si = q.sentence;
  const earlier = !q.ago && q.unit === 'year' && earlierThanNow(doc, q);
  if (q.ago || earlier) {
    // before: "... 2005, 12 years ago", "in April, nine months ago"
    if (t[q.qualFirst - 1]?.text === ',') {
      const e = eventAt(model, doc, t[q.qualFirst - 2], si, q.unit === 'month' ? article : undefined);
      if (e) return e;
      // "Labour's 2005 victory, 17 years ago": a year that modifies the noun before the comma
      if (q.unit !== 'month') {
        let k = q.qualFirst - 2;
        // (with a name and a quoted nickname between: "the 2009 H1N1 "swine flu" outbreak, 12 years ago")
        while (k > q.qualFirst - 10 && t[k] && t[k].sentence === si && (t[k].pos === 'NOUN' || t[k].pos === 'ADJ' || t[k].pos === 'PROPN' || QUOTE_MARKS.has(t[k].text)) && !model.covering.has(k)) k--;
        const det = t[k - 1];
        if (k < q.qualFirst - 2 && t[k] && t[k].type === 'number' && YEAR_TOKEN.test(t[k].text) && det && det.sentence === si && (det.pos === 'DET' || det.text === "'s" || det.text === '’s' || det.pos === 'PRON')) {
          const y = eventAt(model, doc, t[k], si);
          if (y && y.month === undefined) return y;
        }
      }
      // "came in 2005 under Tony Blair, 17 years ago": the year of a phrase "in YEAR" followed only
      // by a short prepositional phrase or name before the comma
      if (q.unit !== 'month') {
        for (let k = q.qualFirst - 3, n = 0; k > 0 && n < 6 && t[k].sentence === si; k--, n++) {
          const x = t[k];
          if (YEAR_TOKEN.test(x.text) && x.type === 'number') {
            if (t[k - 1]?.lower !== 'in' || t[k - 1].sentence !== si) break;
            const y = eventAt(model, doc, x, si);
            if (y && y.month === undefined) return y;
            break;
          }
          if (!TRAILING_PHRASE.has(x.pos) || model.covering.has(k)) break;
        }
      }
    }
    if (earlier) return undefined;
    // after: "12 years ago, in 2005" / "12 years ago in 2005"
    let k = q.last + 1;
    if (t[k]?.text === ',') k++;
    if (t[k]?.lower === 'in' || t[k]?.lower === 'on') {
      const e = eventAt(model, doc, t[k + 1], si) ?? eventAt(model, doc, t[k + 2], si);
      if (e) return e;
    }
    return undefined;
  }
  // "It has been 30 years since 1994"
  if (t[q.last + 1]?.lower !== 'since' || !SINCE_CONTEXT.has(t[q.qualFirst - 1]?.lower ?? '')) return undefined;
  for (let k = q.last + 2; k < q.last + 8 && t[k]?.sentence === si; k++) {
    if (model.covering.has(k)) return undefined;
    const e = eventAt(model, doc, t[k], si);
    if (e) return e;
  }
  return undefined;
}

const PERFECT = new Set(['had', "'d", '’d']);

/**
 * "since Geoff Hurst did it for England in 1966, 52 years earlier": "N years earlier" at the end of
 * a clause, measured from the time the text is at — the article's, when neither its sentence nor
 * the sentence before it in the paragraph names another year, and the sentence is not told in the
 * past perfect ("had").
 */
function earlierThanNow(doc: Doc, q: Quantity): boolean {
  const t = doc.tokens;
  const after = t[q.last + 1], end = t[q.last + 2];
  if (after?.lower !== 'earlier' || after.sentence !== q.sentence || (end && end.sentence === q.sentence && !['.', ',', ';'].includes(end.text))) return false;
  const s = doc.sentences[q.sentence];
  let years = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (t[i].type === 'number' && YEAR_TOKEN.test(t[i].text)) years++;
    if (PERFECT.has(t[i].lower)) return false;
  }
  if (years !== 1) return false;
  const prev = doc.sentences[q.sentence - 1];
  return !(prev && prev.block === s.block && sentenceHasYear(doc, q.sentence - 1));
}

function consistent(n: number, qualifier: Quantity['qualifier'], lo: number, hi: number, decades: boolean): boolean {
  if (decades) {
    switch (qualifier) {
      case 'min': return hi > n - 1;
      case 'max': return lo < n + 1;
      case 'below': return lo < n && hi > n - 10;
      default: return hi >= n - 5 && lo <= n + 5;
    }
  }
  switch (qualifier) {
    case 'min': return hi > n;
    case 'max': return lo < n;
    case 'below': return lo < n && hi >= n - 1;
    case 'approx': return hi >= n - Math.max(1, n * 0.1) && lo <= n + Math.max(1, n * 0.1);
    default: {
      // "N years ago": N is the elapsed time rounded down or to the nearest year.
      const allowed = new Set<number>();
      for (let k = Math.floor(lo); k <= Math.floor(hi); k++) allowed.add(k);
      for (let k = Math.round(lo); k <= Math.round(hi); k++) allowed.add(k);
      return allowed.has(n);
    }
  }
}

/** "in April, nine months ago": months measured to the article date. */
function checkMonths(doc: Doc, q: Quantity, e: EventTime, article: { year: number; month: number; day: number }, report: RuleContext['report']): void {
  if (e.month === undefined || !q.ago) return;
  const [lo, hi] = elapsedYears(e, article).map((y) => y * 12);
  const n = q.number.value;
  if (consistent(n, q.qualifier, lo, hi, false)) return;
  const months = Math.round((lo + hi) / 2);
  const v = figuresVocabulary();
  const start = doc.tokens[q.qualFirst].start;
  const fixText = `${apNumber(months, v)} ${months === 1 ? 'month' : 'months'} ago`;
  report({
    offset: start,
    length: q.end - start,
    message: `${doc.text.slice(e.start, e.end)}${e.monthOnly ? ` ${e.year}` : ''} was about ${months} ${months === 1 ? 'month' : 'months'} before the article's date, not ${doc.text.slice(start, q.number.numEnd)}.`,
    fixes: [{ title: `Change to "${fixText}"`, edits: [{ offset: start, length: q.end - start, newText: fixText }] }],
    related: [{ offset: e.start, length: e.end - e.start, message: 'the event\'s date' }],
  });
}

const CLAUSE_END = new Set([',', ';', ':', '—', '–', '(', ')']);
// A thing's owner before "its first ... in N years" (a person's "his" or "her" is not a team's or country's).
const OWNER_POSSESSIVES = new Set(['its', 'their']);
const WIN = cues.winVerbs;

/** The headline's words, as lower-case lemmas. */
function headlineWords(doc: Doc): Set<string> {
  return doc.cached('figures/headline-words', () => {
    const out = new Set<string>();
    for (const t of doc.tokens) {
      const b = doc.blocks[doc.sentences[t.sentence].block];
      if (b && (b.headline === true || b.kind === 'title')) { out.add(t.lemma.toLowerCase()); out.add(t.lower); }
    }
    return out;
  });
}

/** Does another sentence of the draft name the noun with a year other than the article's? */
function datedElsewhere(doc: Doc, lemma: string, own: number): boolean {
  const year = doc.date.slice(0, 4);
  const t = doc.tokens;
  const seen = new Set<number>([own]);
  for (const x of t) {
    if (x.lemma.toLowerCase() !== lemma || seen.has(x.sentence)) continue;
    seen.add(x.sentence);
    const s = doc.sentences[x.sentence];
    for (let i = s.firstToken; i < s.endToken; i++) if (t[i].type === 'number' && YEAR_TOKEN.test(t[i].text) && t[i].text !== year) return true;
  }
  return false;
}

/** Does the sentence name a year anywhere? */
function sentenceHasYear(doc: Doc, si: number): boolean {
  const s = doc.sentences[si];
  for (let i = s.firstToken; i < s.endToken; i++) if (doc.tokens[i].type === 'number' && YEAR_TOKEN.test(doc.tokens[i].text)) return true;
  return false;
}

/**
 * "The invasion came six years after Russia annexed Crimea in 2014": the years between the
 * article's own event and an earlier one dated in the clause after "after". The subject is the
 * article's event: "the" (or "this", "today's") and a noun the headline uses, with "came" or
 * "comes"; the sentence names no other year before the figure.
 */
function eventAfter(model: FiguresModel, doc: Doc, q: Quantity): EventTime | undefined {
  const t = doc.tokens;
  const si = q.sentence;
  const s = doc.sentences[si];
  if (t[q.last + 1]?.lower !== 'after' || q.ago || q.qualifier === 'min' || q.qualifier === 'max') return undefined;
  const verb = t[q.qualFirst - 1];
  if (!verb || verb.lemma !== 'come' || verb.sentence !== si) return undefined;
  // the subject: "The invasion", "The strike", "Today's vote"
  const words = t.slice(s.firstToken, verb.index);
  if (words.length < 2 || words.length > 3 || !['the', 'this', 'today'].includes(words[0].lower)) return undefined;
  const noun = words[words.length - 1];
  if (noun.pos !== 'NOUN' || !headlineWords(doc).has(noun.lemma.toLowerCase())) return undefined;
  if (words.slice(1, -1).some((w) => !(w.text === "'s" || w.text === '’s' || w.pos === 'ADJ' || w.pos === 'NOUN'))) return undefined;
  // a draft that dates the subject to another year ("the invasion in February 2022", written in
  // 2024) looks back at it: its year is not the article's
  if (datedElsewhere(doc, noun.lemma.toLowerCase(), si)) return undefined;
  // the earlier event's year: "in 2014" in the clause after "after"
  for (let k = q.last + 2, n = 0; k < s.endToken && n < 14; k++, n++) {
    if (CLAUSE_END.has(t[k].text) || (model.covering.has(k) && model.covering.get(k) !== q)) return undefined;
    if (t[k].lower === 'in' && t[k + 1] && YEAR_TOKEN.test(t[k + 1].text)) {
      const e = eventAt(model, doc, t[k + 1], si);
      return e && e.month === undefined ? e : undefined;
    }
  }
  return undefined;
}

/**
 * "giving Argentina its first World Cup title in 38 years": the last time, found where the draft
 * says when the same owner won the same named thing ("Argentina, which also won the World Cup in
 * 1978 and 1986"). The named thing is capitalised; the sentence of the figure names no year; the
 * owner is the name before "its" (or "their") or before "'s".
 */
function lastTime(model: FiguresModel, doc: Doc, q: Quantity, articleYear: number): EventTime | undefined {
  const t = doc.tokens;
  const si = q.sentence;
  if (q.ago || t[q.qualFirst - 1]?.lower !== 'in' || q.qualifier) return undefined;
  let k = q.qualFirst - 2;
  const named: Token[] = [];
  while (k > q.qualFirst - 8 && t[k] && t[k].sentence === si && t[k].lower !== 'first' && (t[k].pos === 'PROPN' || t[k].pos === 'NOUN' || t[k].pos === 'ADJ')) {
    if (t[k].pos === 'PROPN' && /^[A-Z]/.test(t[k].text)) named.unshift(t[k]);
    else if (named.length) break;
    k--;
  }
  if (t[k]?.lower !== 'first' || !named.length) return undefined;
  // contiguous capitalised words: "World Cup"
  for (let i = 1; i < named.length; i++) if (named[i].index !== named[i - 1].index + 1) return undefined;
  const pos = t[k - 1];
  let ownerEnd: number;
  if (pos && OWNER_POSSESSIVES.has(pos.lower)) ownerEnd = k - 2;
  else if (pos && (pos.text === "'s" || pos.text === '’s')) ownerEnd = k - 2;
  else return undefined;
  const owner = t[ownerEnd];
  if (!owner || owner.sentence !== si || owner.pos !== 'PROPN') return undefined;
  if (sentenceHasYear(doc, si)) return undefined;
  const phrase = named.map((x) => x.text);
  // every "OWNER ... won the PHRASE in YEAR (and YEAR)" of the draft
  let best: EventTime | undefined;
  for (let i = 0; i + phrase.length < t.length; i++) {
    if (t[i].text !== phrase[0] || t[i].sentence === si) continue;
    let ok = true;
    for (let j = 1; j < phrase.length && ok; j++) ok = t[i + j]?.text === phrase[j];
    if (!ok || doc.isQuoted(t[i].start, t[i].end)) continue;
    const sentence = t[i].sentence;
    // "won the World Cup": a verb of winning just before, the owner before that
    let w = i - 1;
    if (t[w]?.lower === 'the') w--;
    if (!t[w] || t[w].sentence !== sentence || !(WIN.has(t[w].lower) || WIN.has(t[w].lemma))) continue;
    let hasOwner = false;
    for (let o = w - 1; o >= 0 && o >= w - 6 && t[o].sentence === sentence; o--) if (t[o].text === owner.text) hasOwner = true;
    if (!hasOwner) continue;
    let j = i + phrase.length;
    if (t[j]?.lower !== 'in') continue;
    j++;
    while (t[j] && t[j].sentence === sentence && t[j].type === 'number' && YEAR_TOKEN.test(t[j].text)) {
      const y = +t[j].text;
      if (y < articleYear && (!best || y > best.year)) best = { year: y, start: t[j].start, end: t[j].end };
      if ((t[j + 1]?.text === ',' || t[j + 1]?.lower === 'and') && t[j + 2]?.type === 'number') j += 2;
      else if (t[j + 1]?.text === ',' && t[j + 2]?.lower === 'and' && t[j + 3]?.type === 'number') j += 3;
      else break;
    }
  }
  return best;
}

const PARTS = cues.organisationParts;
const ONE_TIME = cues.foundingVerbs;

/**
 * "founded 21 years ago" where another sentence says "Holmes founded Theranos in 2003": the year
 * of a once-only event (a founding) that the draft dates elsewhere, when every dated mention of
 * that verb in the draft gives the same year and the figure's sentence names no year.
 */
function datedVerb(model: FiguresModel, doc: Doc, q: Quantity): EventTime | undefined {
  const t = doc.tokens;
  const si = q.sentence;
  if (!q.ago) return undefined;
  let verb: Token | undefined;
  for (let k = q.qualFirst - 1, n = 0; k >= 0 && n < 4 && t[k].sentence === si; k--, n++) {
    if (t[k].pos === 'VERB') { if (ONE_TIME.has(t[k].lemma.toLowerCase())) verb = t[k]; break; }
    if (!['DET', 'NOUN', 'PROPN', 'ADJ'].includes(t[k].pos) || model.covering.has(k)) break;
  }
  if (!verb || sentenceHasYear(doc, si)) return undefined;
  // the article's own subject: the figure's sentence names nothing the headline does not, nor a part of it
  const headline = headlineWords(doc);
  const s = doc.sentences[si];
  for (let k = s.firstToken; k < s.endToken; k++) {
    if (t[k].pos === 'PROPN' && !headline.has(t[k].lower)) return undefined;
    if (PARTS.has(t[k].lemma)) return undefined;
  }
  let found: EventTime | undefined;
  for (const x of t) {
    if (x.sentence === si || x.lemma !== verb.lemma || x.pos !== 'VERB' || doc.isQuoted(x.start, x.end)) continue;
    for (let k = x.index + 1; k < x.index + 8 && t[k] && t[k].sentence === x.sentence; k++) {
      if (CLAUSE_END.has(t[k].text) && t[k].text !== ',') break;
      if (t[k].lower === 'in' && t[k + 1] && YEAR_TOKEN.test(t[k + 1].text)) {
        // what was founded: a name the headline uses, after the verb or before "was founded"
        const named = [t[x.index + 1], t[x.index + 2], t[x.index - 2], t[x.index - 3]].some((n) => n && n.sentence === x.sentence && n.pos === 'PROPN' && headline.has(n.lower));
        if (!named) return undefined;
        const e = eventAt(model, doc, t[k + 1], x.sentence);
        if (!e || e.month !== undefined) return undefined;
        if (found && found.year !== e.year) return undefined;
        found ??= e;
        break;
      }
    }
  }
  return found;
}

/**
 * "The last national strike, against GM in 2019, lasted 40 days. That walkout, six years ago,
 * involved 48,000 workers": an event referred back to at the start of the next sentence ("That"
 * or "This" and its noun, or "The" and a noun of the sentence before), set off by commas around
 * "N years ago", dated by the one year ("in 2019") of the sentence before in the paragraph.
 */
function referredBack(model: FiguresModel, doc: Doc, q: Quantity): EventTime | undefined {
  const t = doc.tokens;
  const si = q.sentence;
  const s = doc.sentences[si];
  if (!q.ago || t[q.qualFirst - 1]?.text !== ',' || t[q.last + 1]?.text !== ',') return undefined;
  const det = t[s.firstToken];
  const noun = t[q.qualFirst - 2];
  if (!noun || noun.pos !== 'NOUN' || !['that', 'this', 'the'].includes(det.lower) || q.qualFirst - 2 - s.firstToken > 2) return undefined;
  for (let k = s.firstToken + 1; k < q.qualFirst - 2; k++) if (t[k].pos !== 'ADJ' && t[k].pos !== 'NOUN') return undefined;
  if (sentenceHasYear(doc, si)) return undefined;
  const prev = doc.sentences[si - 1];
  if (!prev || prev.block !== s.block) return undefined;
  let year: Token | undefined;
  let same = false;
  for (let k = prev.firstToken; k < prev.endToken; k++) {
    if (t[k].type === 'number' && YEAR_TOKEN.test(t[k].text)) { if (year) return undefined; year = t[k]; }
    if (t[k].lemma === noun.lemma) same = true;
  }
  if (!year || t[year.index - 1]?.lower !== 'in' || (det.lower === 'the' && !same)) return undefined;
  const e = eventAt(model, doc, year, prev.index);
  return e && e.month === undefined ? e : undefined;
}

const BEGIN = cues.beginVerbs;

/**
 * "She returned to the same stretch in 1998, 25 years after her first survey", where the sentence
 * before in the paragraph says "Her long-term study ... began in 1977": the years between the
 * sentence's own year and the start the paragraph dates. The figure follows "in YEAR," and is
 * followed by "after ... first"; one year of beginning in the paragraph's earlier sentences.
 */
function afterFirst(model: FiguresModel, doc: Doc, q: Quantity): { from: EventTime; to: EventTime } | undefined {
  const t = doc.tokens;
  if (q.ago || q.qualifier || t[q.last + 1]?.lower !== 'after' || t[q.qualFirst - 1]?.text !== ',') return undefined;
  let first = false;
  for (let k = q.last + 2; k <= q.last + 4 && t[k]?.sentence === q.sentence; k++) if (t[k].lower === 'first') first = true;
  if (!first) return undefined;
  const to = eventAt(model, doc, t[q.qualFirst - 2], q.sentence);
  if (!to || to.month !== undefined || t[q.qualFirst - 3]?.lower !== 'in') return undefined;
  const block = doc.sentences[q.sentence].block;
  const years = new Map<number, EventTime>();
  for (let si = q.sentence - 1; si >= 0 && si >= q.sentence - 2 && doc.sentences[si].block === block; si--) {
    const s = doc.sentences[si];
    for (let k = s.firstToken; k < s.endToken; k++) {
      if (!BEGIN.has(t[k].lemma) || t[k].pos !== 'VERB' || doc.isQuoted(t[k].start, t[k].end)) continue;
      for (let j = k + 1; j < k + 5 && j < s.endToken; j++) {
        if (t[j].lower === 'in' && t[j + 1] && YEAR_TOKEN.test(t[j + 1].text)) {
          const e = eventAt(model, doc, t[j + 1], si);
          if (e && e.month === undefined) years.set(e.year, e);
          break;
        }
      }
    }
  }
  if (years.size !== 1) return undefined;
  const from = [...years.values()][0];
  return from.year < to.year ? { from, to } : undefined;
}

export const yearsAgo = defineRule(
  {
    id: 'figures/years-ago',
    category: 'figures',
    defaultSeverity: 'warning',
    description: '"N years ago" (or months ago) that does not match the date given for the same event.',
    fixable: true,
  },
  ({ doc, report }) => {
    const model = figuresModel(doc);
    const article = parseDay(doc.date);
    if (!article) return;
    const v = figuresVocabulary();
    for (const q of model.quantities) {
      if (q.kind !== 'duration' || !['year', 'decade', 'month'].includes(q.unit ?? '') || q.compound || q.high !== undefined) continue;
      if (q.quoted) continue;
      let e = eventFor(model, doc, q, article);
      let elapsed: 'after' | 'since' | undefined;
      if (!e && q.unit === 'year') {
        e = eventAfter(model, doc, q);
        if (e) elapsed = 'after';
        else { e = lastTime(model, doc, q, article.year); if (e) elapsed = 'since'; }
        e ??= datedVerb(model, doc, q);
        e ??= referredBack(model, doc, q);
      }
      if (!e && q.unit === 'year') {
        const span = afterFirst(model, doc, q);
        if (span) {
          const years = span.to.year - span.from.year;
          const n = q.number.value;
          if (n !== years && n !== years - 1) {
            const start = doc.tokens[q.qualFirst].start;
            report({
              offset: start,
              length: doc.tokens[q.last + 1].end - start,
              message: `${span.to.year} is ${years} ${years === 1 ? 'year' : 'years'} after ${span.from.year}, which the paragraph gives as the start, not ${doc.text.slice(start, q.number.numEnd)}.`,
              fixes: [{ title: `Change to ${apNumber(years, v)}`, edits: [{ offset: q.number.numStart, length: q.number.numEnd - q.number.numStart, newText: apNumber(years, v) }], preferred: true }],
              related: [{ offset: span.from.start, length: span.from.end - span.from.start, message: `the start, ${span.from.year}` }],
            });
          }
          continue;
        }
      }
      if (!e || e.year > article.year) continue;
      if (q.unit === 'month') {
        checkMonths(doc, q, e, article, report);
        continue;
      }
      const decades = q.unit === 'decade';
      const n = q.number.value * (decades ? 10 : 1);
      const [lo, hi] = elapsedYears(e, article);
      if (consistent(n, q.qualifier, lo, hi, decades)) continue;
      const years = e.day ? Math.floor(hi) : e.month ? Math.floor((lo + hi) / 2) : article.year - e.year;
      const what = e.day || e.month ? doc.text.slice(e.start, e.end) : String(e.year);
      const start = doc.tokens[q.qualFirst].start;
      const fixText = `${apNumber(years, v)} ${years === 1 ? 'year' : 'years'}${q.ago ? ' ago' : ''}`;
      report({
        offset: start,
        length: q.end - start,
        message: elapsed === 'since'
          ? `The draft gives the last one as ${what}, ${years} ${years === 1 ? 'year' : 'years'} before the article's date (${doc.date.slice(0, 4)}), not ${doc.text.slice(start, q.number.numEnd)} years.`
          : `${what} was ${years} ${years === 1 ? 'year' : 'years'} before the article's date (${doc.date.slice(0, 4)}), not ${doc.text.slice(start, q.number.numEnd)} ${decades ? 'decades' : 'years'}.`,
        fixes: decades ? [] : [{ title: `Change to "${fixText}"`, edits: [{ offset: start, length: q.end - start, newText: fixText }], preferred: true }],
        related: [{ offset: e.start, length: e.end - e.start, message: `the event's date, ${what}` }],
      });
    }
  },
);
