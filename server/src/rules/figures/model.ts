// The figures of a draft, read once per document and shared by the figures rules (doc.cached):
// quantities (a number with what it counts and how it is qualified), vote tallies, years, dates with
// their weekdays, and change statements ("rose 12% to $14.2 million from $13.1 million").
import type { Doc } from '../../engine/document';
import type { Token } from '../../engine/nlp';
import { figuresVocabulary, matchAt, phraseAt, phraseBefore, type FiguresVocabulary, type QualifierKind, cues } from './vocabulary';
import { parseNumberAt, roundingUnit, type ParsedNumber } from './numbers';

export type QuantityKind = 'money' | 'percent' | 'points' | 'count' | 'duration' | 'age' | 'measure' | 'other';

export interface Quantity {
  index: number;
  kind: QuantityKind;
  /** In base units: currency units, percent, items, days (durations), years (ages). */
  value: number;
  /** The upper end of a range ("four to 10 years"). */
  high?: number;
  /** The unit of the last written digit, in base units. */
  precision: number;
  qualifier?: QualifierKind;
  currency?: string;
  /** Duration or measure unit, or the noun of a hyphenated compound ("two-stroke": stroke). */
  unit?: string;
  /** "$2,000 a year", "$5.98 per share": the rate's noun. */
  rate?: string;
  number: ParsedNumber;
  /** Token indices of the figure, currency, percent sign and unit included, qualifier excluded. */
  first: number;
  last: number;
  /** First token of the qualifier ("more than"), or `first`. */
  qualFirst: number;
  start: number;
  end: number;
  /** Attributive: "a two-year emergency", "the $2,500 cap", "the 7% slide". */
  compound: boolean;
  /** The noun the figure counts or describes, and the last token of its phrase. */
  head?: Token;
  headEnd: number;
  /** "388,131 of the deliveries": deliveries. */
  ofHead?: Token;
  /** "396 of the 476 seats": 396's whole is 476. */
  whole?: Quantity;
  isWhole?: boolean;
  /** "32 short of", "one shot ahead of": a difference, not an amount of the thing. */
  difference?: boolean;
  /** "the 272 needed": a threshold. */
  threshold?: boolean;
  /** Preceded by "the": refers back to something the reader knows. */
  definite: boolean;
  /** "the other 27", "the 10 largest": selects a group rather than referring back. */
  selector: boolean;
  /** "N years ago". */
  ago: boolean;
  sentence: number;
  block: number;
  quoted: boolean;
  /** A forecast, a target, an expectation ("analysts had expected"), not a reported value. */
  expectation: boolean;
  /** Governed by a modal ("will cut 3,200 jobs", "would cost $5 billion"). */
  modal: boolean;
  change?: { change: Change; role: 'percent' | 'to' | 'from' | 'amount' | 'base' | 'current' };
}

export interface Tally {
  token: Token;
  a: number;
  b: number;
  sentence: number;
  quoted: boolean;
  /** The sentence talks about a vote (so the tally is yes-no, not a score). */
  vote: boolean;
}

export interface YearMention {
  token: Token;
  year: number;
}

export interface DateMention {
  first: number;
  last: number;
  start: number;
  end: number;
  year?: number;
  yearToken?: Token;
  month: number;
  day?: number;
  dayToken?: Token;
  monthToken: Token;
  /** "Friday, Aug. 13", "Aug. 13, a Friday": the weekday written with the date. */
  weekday?: { token: Token; day: number };
}

export interface WeekdayMention {
  token: Token;
  day: number;
}

export interface Change {
  /** The change word (rose, up, doubled, increase). */
  token: Token;
  direction: 'up' | 'down';
  /** For doubled/tripled/halved: the factor, and how it is qualified ("nearly doubled"). */
  factor?: number;
  factorQualifier?: QualifierKind;
  percent?: Quantity;
  amount?: Quantity;
  to?: Quantity;
  from?: Quantity;
  /** The value after the change when it is not introduced by "to" (the figure before the comma, or an earlier sentence's). */
  current?: Quantity;
  currentFrom?: 'apposition' | 'antecedent' | 'subject';
  sentence: number;
}

export interface FiguresModel {
  quantities: Quantity[];
  tallies: Tally[];
  years: YearMention[];
  dates: DateMention[];
  weekdays: WeekdayMention[];
  changes: Change[];
  /** Token index -> the quantity whose figure starts there (qualifier excluded). */
  byToken: Map<number, Quantity>;
  /** Token index -> the quantity whose figure covers it. */
  covering: Map<number, Quantity>;
  /** Token index -> the first quantity whose qualifier (or figure) starts there. */
  byQualFirst: Map<number, Quantity>;
  /** Sentence index -> its quantities, in order. */
  bySentence: Map<number, Quantity[]>;
  /** A whole ("476 seats") -> the first quantity that is a part of it ("396 of the 476 seats"). */
  partOf: Map<Quantity, Quantity>;
}

/** Nouns for a level a figure gives, read through "of" after "from"/"to" ("from its record close of 29,551.42"). */
const LEVEL_NOUNS = cues.levelNouns;
/** Nouns a price is given for, whatever the tagger makes of them ("$54.20 a share"). */
const RATE_NOUNS = cues.rateNouns;
const CLAUSE_BARRIERS = new Set([';', ':', '—', '–', '(', ')']);
/** The words that open the base after "double" used as an adjective ("double its 2014 tally"). */
/** Possessive determiners: "its", "their" ... */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);
/** Prepositions of a time phrase set off by commas inside a change ("..., in the three months ended June 30, from ..."). */
const TIME_ASIDE = new Set(['in', 'during', 'for', 'over', 'on']);
const CHANGE_POS = new Set(['VERB', 'ADV', 'ADP', 'ADJ', 'PART', 'X']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'a', 'an']);
const PRONOUN_SUBJECTS = new Set(['that', 'this', 'it', 'those', 'these', 'which']);
const YEAR = /^(1[7-9]\d\d|20\d\d|2100)$/;
/** A four-digit year followed by a two-digit one: "2024-25". */
const YEAR_RANGE = /^(1[7-9]\d\d|20\d\d)-\d\d$/;
const TIME_DETERMINERS = new Set(['last', 'next', 'this', 'previous', 'past', 'that']);
const TIME_NOUNS = new Set(['year', 'month', 'week', 'day', 'quarter', 'half', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season',
  'night', 'morning', 'afternoon', 'evening', 'weekend', 'decade', 'century', 'term', 'session']);
/** Words that open a noun phrase before a compound modifier ("the 16-point lead", "Labour's 25-point lead"). */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', "'s", '’s', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** A unit of measure in one form for "acre", "acres" and "-acre" (the lemma when it is a unit itself). */
function measureUnit(t: Token, v: FiguresVocabulary): string {
  return t.lemma !== t.lower && v.measures.has(t.lemma) ? t.lemma : t.lower;
}

export function figuresModel(doc: Doc): FiguresModel {
  return doc.cached('figures/model', () => new Extractor(doc, figureMentions(doc)).changes());
}

/**
 * The figures model without its change statements (`changes` empty and no quantity's `change` set
 * yet): the quantities, tallies, years, dates and weekdays. For a rule outside the family that
 * needs only those (consistency's dates and percentages); figuresModel completes the same object.
 */
export function figureMentions(doc: Doc): FiguresModel {
  return doc.cached('figures/mentions', () => new Extractor(doc).mentions());
}

class Extractor {
  readonly v: FiguresVocabulary = figuresVocabulary();
  readonly tokens: readonly Token[];
  readonly model: FiguresModel;

  constructor(readonly doc: Doc, model?: FiguresModel) {
    this.tokens = doc.tokens;
    this.model = model ?? {
      quantities: [], tallies: [], years: [], dates: [], weekdays: [], changes: [],
      byToken: new Map(), covering: new Map(), byQualFirst: new Map(), bySentence: new Map(), partOf: new Map(),
    };
  }

  /** Every sentence's figures, dates and weekdays. */
  mentions(): FiguresModel {
    for (const s of this.doc.sentences) this.sentence(s.index, s.firstToken, s.endToken);
    return this.model;
  }

  /** Then the change statements, once every sentence's figures are known. */
  changes(): FiguresModel {
    for (const s of this.doc.sentences) this.changesIn(s.index, s.firstToken, s.endToken);
    return this.model;
  }

  private isSymbol(t: Token | undefined): string | undefined {
    if (!t) return undefined;
    const sym = this.v.currencySymbols.get(t.text);
    if (sym) return sym;
    if (t.type === 'currency') return t.text.endsWith('$') ? (t.lower === 'us$' ? 'USD' : t.text.toUpperCase()) : t.text;
    return undefined;
  }

  private sentence(si: number, first: number, end: number): void {
    const { tokens, v } = this;
    const startCount = this.model.quantities.length;
    const startTallies = this.model.tallies.length;
    for (let i = first; i < end; i++) {
      const t = tokens[i];
      if (t.type !== 'number' && (t.type !== 'word' || !v.figureWords.has(t.lower))) continue;
      // Dates: "Aug. 13", "Aug. 13, 2022", "June 2016", "13 August 2021".
      const month = this.monthAt(i);
      if (month) {
        const d = this.dateFromMonth(i, month, end);
        if (d) { this.model.dates.push(d); i = d.last; continue; }
      }
      const wd = v.weekdays.get(t.lower);
      if (wd !== undefined && (t.pos === 'PROPN' || /^[A-Z]/.test(t.text)) && (t.lower.length > 4 || t.text[0] === t.text[0].toUpperCase())) {
        this.model.weekdays.push({ token: t, day: wd });
        continue;
      }
      if (t.type !== 'number' && !v.cardinals.has(t.lower)) continue;
      if (t.type === 'number') {
        if (/^\d+-\d+$/.test(t.text) && !(tokens[i + 1]?.text === '%')) {
          const [a, b] = t.text.split('-').map(Number);
          // a year range, not a tally: "the 2024-25 school year"
          if (YEAR_RANGE.test(t.text)) continue;
          this.model.tallies.push({ token: t, a, b, sentence: si, quoted: this.doc.isQuoted(t.start, t.end), vote: false });
          continue;
        }
        if (YEAR.test(t.text) && !this.isSymbol(tokens[i - 1]) && !(tokens[i + 1]?.text === '%') && !v.scales.has(tokens[i + 1]?.lower ?? '')) {
          // "13 August 2021" is read by dateFromDay.
          const d = this.dateFromDay(i, end);
          if (!d) this.model.years.push({ token: t, year: Number(t.text) });
          continue;
        }
        const d = this.dateFromDay(i, end);
        if (d) { this.model.dates.push(d); i = d.last; continue; }
      }
      const q = this.quantityAt(i, end);
      if (q) {
        const m = this.model;
        m.quantities.push(q);
        for (let k = q.first; k <= q.last; k++) m.covering.set(k, q);
        m.byToken.set(q.number.first, q);
        if (!m.byQualFirst.has(q.qualFirst)) m.byQualFirst.set(q.qualFirst, q);
        const list = m.bySentence.get(q.sentence);
        if (list) list.push(q);
        else m.bySentence.set(q.sentence, [q]);
        i = q.last;
      }
    }
    // Wholes: "396 of the 476 seats".
    const qs = this.model.quantities;
    for (let k = startCount; k < qs.length; k++) {
      const q = qs[k];
      let j = q.last + 1;
      if (tokens[j]?.lower !== 'of') continue;
      j++;
      if (tokens[j] && DETERMINERS.has(tokens[j].lower)) j++;
      // "of the county's 30 precincts"
      for (let k = j; k < j + 3 && tokens[k] && tokens[k].sentence === si; k++) {
        if (tokens[k].text === "'s" || tokens[k].text === '’s') { j = k + 1; break; }
        if (!(tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN')) break;
      }
      const w = this.startingAt(j);
      if (w && w.sentence === si) {
        q.whole = w;
        w.isWhole = true;
        if (!this.model.partOf.has(w)) this.model.partOf.set(w, q);
        if (!q.head && w.head) q.ofHead = w.head;
      }
    }
    // Vote tallies: the sentence talks about a vote.
    // (this sentence's tallies are the ones added since it started)
    const tallies = this.model.tallies.slice(startTallies);
    if (tallies.length) {
      let vote = false;
      for (let i = first; i < end && !vote; i++) if (v.voteTally.has(tokens[i].lemma) || v.voteTally.has(tokens[i].lower)) vote = true;
      for (const x of tallies) x.vote = vote;
    }
  }

  /** The quantity whose figure (or qualifier) starts at token `j`. */
  startingAt(j: number): Quantity | undefined {
    const direct = this.model.byToken.get(j) ?? this.model.covering.get(j);
    if (direct && (direct.first === j || direct.qualFirst === j || direct.number.first === j)) return direct;
    for (let k = j; k <= j + 3; k++) {
      const q = this.model.byToken.get(k);
      if (q && q.qualFirst <= j) return q;
    }
    return undefined;
  }

  private monthAt(i: number): number | undefined {
    const t = this.tokens[i];
    // "may" and "march" are also words: a month is capitalised.
    const c = t.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) return undefined;
    return this.v.months.get(t.lower);
  }

  private dateFromMonth(i: number, month: number, end: number): DateMention | undefined {
    const { tokens } = this;
    const m = tokens[i];
    const n = tokens[i + 1];
    if (!n || i + 1 >= end) return undefined;
    if (n.type === 'number' && /^\d{1,2}$/.test(n.text) && +n.text >= 1 && +n.text <= 31) {
      const d: DateMention = { first: i, last: i + 1, start: m.start, end: n.end, month, day: +n.text, dayToken: n, monthToken: m };
      const c = tokens[i + 2], y = tokens[i + 3];
      if (c?.text === ',' && y && i + 3 < end && YEAR.test(y.text)) { d.year = +y.text; d.yearToken = y; d.last = i + 3; d.end = y.end; }
      else if (c && i + 2 < end && YEAR.test(c.text)) { d.year = +c.text; d.yearToken = c; d.last = i + 2; d.end = c.end; }
      this.attachWeekday(d, end);
      return d;
    }
    if (n.type === 'number' && YEAR.test(n.text)) {
      return { first: i, last: i + 1, start: m.start, end: n.end, month, year: +n.text, yearToken: n, monthToken: m };
    }
    return undefined;
  }

  /** "13 August 2021" (day first). */
  private dateFromDay(i: number, end: number): DateMention | undefined {
    const { tokens } = this;
    const n = tokens[i];
    if (!/^\d{1,2}$/.test(n.text) || +n.text < 1 || +n.text > 31 || i + 1 >= end) return undefined;
    const month = this.monthAt(i + 1);
    if (!month) return undefined;
    const m = tokens[i + 1];
    const d: DateMention = { first: i, last: i + 1, start: n.start, end: m.end, month, day: +n.text, dayToken: n, monthToken: m };
    const y = tokens[i + 2];
    if (y && i + 2 < end && YEAR.test(y.text)) { d.year = +y.text; d.yearToken = y; d.last = i + 2; d.end = y.end; }
    this.attachWeekday(d, end);
    return d;
  }

  /** "Friday, Aug. 13", "Friday (Aug. 13)", "Friday 13 August", "Aug. 13, a Friday". */
  private attachWeekday(d: DateMention, end: number): void {
    const { tokens, v } = this;
    let k = d.first - 1;
    if (tokens[k] && (tokens[k].text === ',' || tokens[k].text === '(') && tokens[k].sentence === tokens[d.first].sentence) k--;
    const w = tokens[k];
    if (w && w.sentence === tokens[d.first].sentence && v.weekdays.has(w.lower) && /^[A-Z]/.test(w.text)) {
      d.weekday = { token: w, day: v.weekdays.get(w.lower)! };
      d.start = w.start;
      return;
    }
    // "Aug. 13, a Friday"
    let j = d.last + 1;
    if (tokens[j]?.text === ',' && ['a', 'an'].includes(tokens[j + 1]?.lower ?? '') && j + 2 < end) {
      const x = tokens[j + 2];
      if (v.weekdays.has(x.lower) && /^[A-Z]/.test(x.text)) d.weekday = { token: x, day: v.weekdays.get(x.lower)! };
    }
  }

  private quantityAt(i: number, sentenceEnd: number): Quantity | undefined {
    const { tokens, v } = this;
    const t = tokens[i];
    const si = t.sentence;
    const prev = tokens[i - 1];
    const symbol = prev && prev.sentence === si && prev.end === t.start ? this.isSymbol(prev) : undefined;
    const n = parseNumberAt(tokens, i, v, !!symbol);
    if (!n || n.end > sentenceEnd) return undefined;
    // "one" as a pronoun ("one of them", "no one", "the one").
    if (n.words && n.value === 1 && !n.scale) {
      const next = tokens[n.end];
      const hyphen = next?.text === '-' && next.space === '';
      if (!hyphen && (next?.lower === 'of' || (prev && ['no', 'the', 'each', 'any', 'every', 'some', 'someone', 'this', 'that', 'which'].includes(prev.lower)) || !next || next.pos === 'PUNCT' || next.pos === 'VERB' || next.pos === 'AUX')) return undefined;
    }
    if (n.words && n.value === 0) return undefined;
    // Identifiers: "Model 3", "No. 1", "Phase 2".
    if (!n.words && prev && prev.sentence === si && v.identifiers.has(prev.lower) && (/^[A-Z]/.test(prev.text) || prev.lower === 'no.')) return undefined;
    let kind: QuantityKind = 'count';
    let currency = symbol;
    let value = n.value, precision = n.precision;
    let unit: string | undefined;
    let compound = false;
    let ago = false;
    let first = symbol ? i - 1 : i;
    let j = n.end; // next token to read
    const at = (k: number) => (k < sentenceEnd ? tokens[k] : undefined);
    if (at(j)?.text === '%' && at(j)!.start === tokens[j - 1].end) { kind = 'percent'; j++; }
    else if (!currency && phraseAt(tokens, j, v.percentWords, si)) { kind = 'percent'; j += phraseAt(tokens, j, v.percentWords, si); }
    else if (!currency && phraseAt(tokens, j, v.pointWords, si)) { kind = 'points'; j += phraseAt(tokens, j, v.pointWords, si); }
    else if (!currency && at(j) && v.currencyWords.has(at(j)!.lower)) {
      const [code, factor] = v.currencyWords.get(at(j)!.lower)!;
      kind = 'money'; currency = code; value *= factor; precision *= factor; j++;
    } else if (currency) kind = 'money';
    else if (at(j)?.text === '-' && at(j + 1) && tokens[j - 1].end === at(j)!.start && at(j)!.end === at(j + 1)!.start) {
      // Hyphenated compounds: "two-year", "48-month", "two-stroke", "5-year-old".
      const w = at(j + 1)!;
      const days = v.durations.get(w.lower);
      if (days !== undefined && at(j + 2)?.text === '-' && at(j + 3)?.lower === 'old') { kind = 'age'; unit = 'year'; j += 4; }
      else if (v.currencyWords.has(w.lower)) {
        // "a 69-cent profit", "a 5-dollar fee"
        const [code, factor] = v.currencyWords.get(w.lower)!;
        kind = 'money'; currency = code; value *= factor; precision *= factor; compound = true; j += 2;
      }
      else if (days !== undefined) { kind = 'duration'; unit = w.lemma; value *= days; precision *= days; compound = true; j += 2; }
      else if (w.pos === 'NOUN' && !v.measures.has(w.lower)) { kind = 'count'; unit = w.lemma; compound = true; j += 2; }
      else if (v.measures.has(w.lower)) { kind = 'measure'; unit = measureUnit(w, v); compound = true; j += 2; }
      else kind = 'other';
    } else if (at(j) && v.durations.has(at(j)!.lower)) {
      const w = at(j)!;
      const days = v.durations.get(w.lower)!;
      if (at(j + 1)?.lower === 'old') { kind = 'age'; unit = 'year'; j += 2; }
      else {
        kind = 'duration'; unit = w.lemma; value *= days; precision *= days; j++;
        if (at(j)?.lower === 'ago') { ago = true; j++; }
      }
    } else if (at(j) && v.measures.has(at(j)!.lower)) { kind = 'measure'; unit = measureUnit(at(j)!, v); j++; }
    else if (at(j) && (at(j)!.lower === 'square' || at(j)!.lower === 'cubic') && at(j + 1) && v.measures.has(at(j + 1)!.lower)) {
      // "19 square miles": a unit of its own, never the miles of a distance
      kind = 'measure'; unit = `${at(j)!.lower} ${measureUnit(at(j + 1)!, v)}`; j += 2;
    }
    if (kind === 'money' && at(j) && v.scaleAbbreviations.has(at(j)!.lower) && !n.scale && tokens[j - 1].end === at(j)!.start) {
      // "$3bn" read after the symbol
      const f = v.scaleAbbreviations.get(at(j)!.lower)!;
      value *= f; precision *= f; j++;
    }
    // A range: "four to 10 years", "10 to 15%".
    let high: number | undefined;
    if (!unit && kind === 'count' && at(j)?.lower === 'to' && tokens[first - 1]?.lower !== 'from') {
      const m = parseNumberAt(tokens, j + 1, v);
      const u = m && at(m.end);
      if (m && u && v.durations.has(u.lower) && m.value > n.value) {
        const days = v.durations.get(u.lower)!;
        kind = 'duration'; unit = u.lemma; value = n.value * days; high = m.value * days; precision = days; j = m.end + 1;
      }
    }
    const last = j - 1;
    // Rates: "$2,000 a year", "$5.98 per share".
    let rate: string | undefined;
    if ((at(j)?.lower === 'a' || at(j)?.lower === 'an' || at(j)?.lower === 'per') && at(j + 1) && (at(j + 1)!.pos === 'NOUN' || v.durations.has(at(j + 1)!.lower))
      && !['earlier', 'ago', 'later', 'before', 'after', 'prior', 'since'].includes(at(j + 2)?.lower ?? '')) {
      rate = at(j + 1)!.lemma;
    } else if ((at(j)?.lower === 'a' || at(j)?.lower === 'per') && RATE_NOUNS.has(at(j + 1)?.lower ?? '')) rate = at(j + 1)!.lemma;
    // "$52.40 in cash for each share": a rate after "for each" ("in cash" between); read as "a share"
    let rateEnd = rate ? j + 1 : -1;
    if (!rate && kind === 'money') {
      let r = j;
      if (at(r)?.lower === 'in' && at(r + 1)?.lower === 'cash') r += 2;
      if (at(r)?.lower === 'for' && (at(r + 1)?.lower === 'each' || at(r + 1)?.lower === 'every') && at(r + 2) && (at(r + 2)!.pos === 'NOUN' || RATE_NOUNS.has(at(r + 2)!.lower))) {
        rate = at(r + 2)!.lemma;
        rateEnd = r + 2;
      }
    }
    // Qualifiers before ("more than", "nearly") and after ("or more").
    let qualifier: QualifierKind | undefined;
    let qualFirst = first;
    for (const q of v.qualifiersBefore) {
      if (matchAt(tokens, first - q.words.length, q.words, si)) { qualifier = q.kind; qualFirst = first - q.words.length; break; }
    }
    let k = rate ? rateEnd + 1 : j;
    for (const q of v.qualifiersAfter) {
      if (matchAt(tokens, k, q.words, si)) { qualifier ??= q.kind; k += q.words.length; break; }
    }
    // The noun it counts or describes: "405,278 vehicles", "87,000 new agents", "the $2,500 cap",
    // "three no votes", "a 15% minimum tax".
    let head: Token | undefined;
    let headEnd = last;
    let selector = false;
    if (!rate) {
      let h = j;
      for (let steps = 0; steps < 4 && h < sentenceEnd; steps++, h++) {
        const x = tokens[h];
        if (x.space.includes('\n')) break;
        if ((x.lower === 'no' || x.lower === 'yes') && ['vote', 'votes'].includes(tokens[h + 1]?.lower ?? '')) continue;
        if (x.text === '-' && x.space === '' && tokens[h + 1]?.space === '') continue;
        // "$7.2 billion last spring", "12% this year": a time phrase, not what the figure counts
        if (!head && TIME_DETERMINERS.has(x.lower) && tokens[h + 1] && TIME_NOUNS.has(tokens[h + 1].lemma)) break;
        // "a 16-point lead": right after a compound modifier, a word in its base form is the noun it
        // modifies, whatever the tagger says
        const nounAfterCompound = steps === 0 && compound && x.pos === 'VERB' && x.lower === x.lemma && /^[a-z]+$/.test(x.text) && !!tokens[first - 1] && NOUN_PHRASE_OPENERS.has(tokens[first - 1].lower);
        if (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ' || nounAfterCompound) {
          if (this.v.months.has(x.lower) && /^[A-Z]/.test(x.text)) break;
          // "engineers last year": an adjective after the noun starts another phrase.
          if (x.pos === 'ADJ' && head) break;
          if (v.selectors.has(x.lower) || (x.pos === 'ADJ' && /est$/.test(x.lower))) selector = true;
          // "the 58 homes lost": a counted plural noun ends the phrase (the number agrees with it)
          if (head && kind === 'count' && !compound && head.lower !== head.lemma && head.lower.endsWith('s')) break;
          if (x.pos !== 'ADJ') { head = x; headEnd = h; }
          if (x.pos === 'ADJ' && compound && !head && !(tokens[h + 1] && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[h + 1].pos))) { head = x; headEnd = h; }
          continue;
        }
        break;
      }
    }
    if (unit && !compound && kind !== 'count') head = undefined;
    // "the $5.59 analysts had forecast": a plural noun followed by a verb is the subject of a
    // relative clause, not what the amount describes.
    if (head && (kind === 'money' || kind === 'percent') && head.lower !== head.lemma && ['VERB', 'AUX'].includes(tokens[headEnd + 1]?.pos ?? '')) { head = undefined; headEnd = last; }
    const before = tokens[qualFirst - 1];
    const definite = !!before && before.sentence === si && before.lower === 'the';
    if (before && before.sentence === si && v.selectors.has(before.lower)) selector = true;
    const after = tokens[Math.max(headEnd, last) + 1];
    const difference = !!after && after.sentence === si && (matchAt(tokens, after.index, ['short', 'of'], si) || matchAt(tokens, after.index, ['ahead', 'of'], si) || matchAt(tokens, after.index, ['more', 'than'], si) || matchAt(tokens, after.index, ['fewer', 'than'], si) || matchAt(tokens, after.index, ['less', 'than'], si) || after.lower === 'behind');
    const threshold = !!after && after.sentence === si && ['need', 'require'].includes(after.lemma);
    const span = { start: tokens[first].start, end: tokens[last].end };
    // Every quantity has every field (an absent one is undefined): one object shape for all of them.
    const q: Quantity = {
      index: this.model.quantities.length,
      kind, value, high,
      precision,
      qualifier: qualifier || undefined,
      currency: currency || undefined,
      unit: unit || undefined,
      rate: rate || undefined,
      number: n, first, last, qualFirst, start: span.start, end: span.end, compound,
      head, headEnd: head ? headEnd : last,
      ofHead: undefined, whole: undefined, isWhole: undefined,
      difference: difference || undefined, threshold: threshold || undefined,
      definite, selector, ago, sentence: si, block: this.doc.sentences[si].block,
      quoted: this.doc.isQuoted(span.start, span.end),
      expectation: false,
      modal: false,
      change: undefined,
    };
    if (!compound && head && kind !== 'count' && head.index === last + 1 && (kind === 'money' || kind === 'percent')) q.compound = true;
    q.expectation = this.isExpectation(q);
    q.modal = this.isModal(q);
    return q;
  }

  /** Words of forecast, target or hypothesis in the figure's clause. */
  private isExpectation(q: Quantity): boolean {
    const { tokens, v } = this;
    const s = this.doc.sentences[q.sentence];
    const at = (i: number) => {
      const t = tokens[i];
      if (phraseAt(tokens, i, v.expectationNouns, q.sentence) && t.pos !== 'VERB') return true;
      return phraseAt(tokens, i, v.expectationVerbs, q.sentence) > 0 && (t.pos === 'VERB' || t.pos === 'AUX');
    };
    for (let i = q.qualFirst - 1, n = 0; i >= s.firstToken && n < 9; i--, n++) {
      if (CLAUSE_BARRIERS.has(tokens[i].text)) break;
      if (at(i)) return true;
    }
    for (let i = q.headEnd + 1, n = 0; i < s.endToken && n < 4; i++, n++) {
      if (CLAUSE_BARRIERS.has(tokens[i].text) || tokens[i].text === ',') break;
      if (at(i)) return true;
    }
    return false;
  }

  private isModal(q: Quantity): boolean {
    const s = this.doc.sentences[q.sentence];
    for (let i = q.qualFirst - 1, n = 0; i >= s.firstToken && n < 4; i--, n++) {
      if (CLAUSE_BARRIERS.has(this.tokens[i].text)) break;
      if (this.v.modals.has(this.tokens[i].lower)) return true;
    }
    return false;
  }

  // ── Change statements ──

  private direction(t: Token): 'up' | 'down' | undefined {
    const { v } = this;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return undefined;
    if (v.up.has(t.lemma) || v.up.has(t.lower)) return 'up';
    if (v.down.has(t.lemma) || v.down.has(t.lower)) return 'down';
    return undefined;
  }

  private nounDirection(t: Token): 'up' | 'down' | undefined {
    if (t.pos !== 'NOUN') return undefined;
    if (this.v.upNouns.has(t.lemma) || this.v.upNouns.has(t.lower)) return 'up';
    if (this.v.downNouns.has(t.lemma) || this.v.downNouns.has(t.lower)) return 'down';
    return undefined;
  }

  private multiple(t: Token): number | undefined {
    const m = this.v.multipleForms.get(t.lower) ?? this.v.multiples.get(t.lemma);
    if (m !== undefined && t.pos !== 'NOUN' && t.pos !== 'ADJ') return m;
    // "52 seats, nearly double its 2014 tally of 44": the adjective before its base
    if (m !== undefined && t.pos === 'ADJ' && t.lower === t.lemma && POSSESSIVE_DETERMINERS.has(this.tokens[t.index + 1]?.lower ?? '')) return m;
    if (t.lower.endsWith('fold')) return this.v.cardinals.get(t.lower.slice(0, -4));
    return undefined;
  }

  private changesIn(si: number, first: number, end: number): void {
    const { tokens } = this;
    for (let k = first; k < end; k++) {
      const t = tokens[k];
      // Changes are verbs, adverbs and particles ("rose", "up", "higher", "doubled").
      if (!CHANGE_POS.has(t.pos) || this.model.covering.has(k)) continue;
      if (!this.v.changeWords.has(t.lower) && !this.v.changeWords.has(t.lemma) && !t.lower.endsWith('fold')) continue;
      const factor = this.multiple(t);
      const dir = factor !== undefined ? (factor >= 1 ? 'up' : 'down') : this.direction(t);
      if (!dir) continue;
      // "up"/"down" report a change only before a figure, "from" or "by" ("up 24%", "down from 303").
      if (['up', 'down', 'higher', 'lower'].includes(t.lower)) {
        const n = tokens[k + 1];
        if (!n || n.sentence !== si || !(this.startingAt(k + 1) || n.lower === 'from' || n.lower === 'by')) continue;
        if (this.startingAt(k + 1)?.qualifier === 'max' && n.lower === 'to') continue;
      }
      const c: Change = { token: t, direction: dir, sentence: si };
      // "a 15% cut in parks spending, from ... to ...": the tagger's verb is the noun the percentage describes
      const before = this.model.covering.get(k - 1);
      if (before && before.kind === 'percent' && before.last === k - 1 && !before.change && factor === undefined
        && (before.head === t || (t.lower === t.lemma && ['a', 'an', 'the'].includes(tokens[before.qualFirst - 1]?.lower ?? '')))) c.percent = before;
      if (factor !== undefined) {
        c.factor = factor;
        for (const q of this.v.qualifiersBefore) if (matchAt(tokens, k - q.words.length, q.words, si)) { c.factorQualifier = q.kind; break; }
      }
      this.scanChange(c, k + 1, end);
      if (c.from && c.to) this.shareUnit(c.from, c.to);
      if (factor !== undefined && !c.to && !c.from) {
        // "nearly doubling its 2019 tally of 52": the object is the base.
        const base = this.objectQuantity(k + 1, end);
        if (base) { c.from = base; }
      }
      if (!c.percent && !c.amount && !c.to && !c.from && factor === undefined) continue;
      if (!c.to && (c.from || c.percent || c.amount)) this.findCurrent(c, k, first);
      for (const [role, q] of [['percent', c.percent], ['amount', c.amount], ['to', c.to], ['from', c.from]] as const) {
        if (q && !q.change) q.change = { change: c, role: factor !== undefined && role === 'from' ? 'base' : role };
      }
      if (c.current && !c.current.change) c.current.change = { change: c, role: 'current' };
      this.model.changes.push(c);
    }
    // Noun forms: "a 150% increase", "an increase of 5%", "a loss of 73 seats".
    for (let k = first; k < end; k++) {
      const t = tokens[k];
      if (t.pos !== 'NOUN' || (!this.v.changeNouns.has(t.lemma) && !this.v.changeNouns.has(t.lower))) continue;
      const dir = this.nounDirection(t);
      if (!dir) continue;
      const prevQ = this.model.covering.get(k - 1);
      if (prevQ && prevQ.kind === 'percent' && prevQ.head === t) {
        if (prevQ.change) continue;
        const c: Change = { token: t, direction: dir, sentence: si, percent: prevQ };
        this.scanChange(c, k + 1, end);
        prevQ.change = { change: c, role: 'percent' };
        this.model.changes.push(c);
        continue;
      }
      if (tokens[k + 1]?.lower === 'of') {
        const q = this.startingAt(k + 2);
        if (!q || q.change || q.sentence !== si) continue;
        // Attached to an earlier change by apposition (", a loss of 73 seats") in scanChange.
        const c: Change = { token: t, direction: dir, sentence: si };
        if (q.kind === 'percent') c.percent = q; else c.amount = q;
        this.scanChange(c, q.headEnd + 1, end);
        for (const [role, x] of [['percent', c.percent], ['amount', c.amount], ['to', c.to], ['from', c.from]] as const) if (x && !x.change) x.change = { change: c, role };
        this.model.changes.push(c);
      }
    }
  }

  /** Reads the figures after a change word: the percentage, "by" an amount, "to" and "from" values. */
  private scanChange(c: Change, k: number, end: number): void {
    const { tokens } = this;
    const si = c.sentence;
    const startK = k;
    for (let n = 0; k < end && n < 30; n++) {
      const t = tokens[k];
      if (CLAUSE_BARRIERS.has(t.text)) return;
      if (t.text === ',') {
        const nx = tokens[k + 1];
        if (!nx || nx.sentence !== si) return;
        if (nx.lower === 'to' || nx.lower === 'from') { k++; continue; }
        if (nx.lower === 'or') {
          // ", or $5.98 per share," — an alternative expression of the same figure.
          let j = k + 2;
          while (j < end && j < k + 12 && tokens[j].text !== ',') j++;
          if (tokens[j]?.text !== ',') return;
          k = j;
          continue;
        }
        // "to $212 million, in the three months ended June 30, from $251 million": a time phrase
        // with no figure of its own, set off before the change's "from" or "to"
        if (TIME_ASIDE.has(nx.lower)) {
          let j = k + 2;
          // (a length of time may be in it: "in the three months ended June 30")
          const figure = (x: number) => { const q = this.model.byToken.get(x) ?? this.model.covering.get(x); return !!q && q.kind !== 'duration'; };
          while (j < end && j < k + 12 && tokens[j].text !== ',' && !CLAUSE_BARRIERS.has(tokens[j].text) && !figure(j)) j++;
          if (tokens[j]?.text === ',' && j > k + 2 && (tokens[j + 1]?.lower === 'from' || tokens[j + 1]?.lower === 'to') && tokens[j + 1].sentence === si) { k = j; continue; }
        }
        // ", a 5% decline"
        const pq = (nx.lower === 'a' || nx.lower === 'an') ? this.startingAt(k + 2) : undefined;
        if (pq && pq.kind === 'percent' && pq.head && this.nounDirection(pq.head) === c.direction && pq.head.index === pq.last + 1) {
          c.percent ??= pq;
          k = pq.headEnd + 1;
          continue;
        }
        if ((nx.lower === 'a' || nx.lower === 'an') && tokens[k + 2] && this.nounDirection(tokens[k + 2]) === c.direction && tokens[k + 3]?.lower === 'of') {
          const q = this.startingAt(k + 4);
          if (q && q.sentence === si) {
            if (q.kind === 'percent') c.percent ??= q; else if (!c.amount) c.amount = q;
            k = q.headEnd + 1;
            continue;
          }
        }
        return;
      }
      if (k > startK && (this.direction(t) || this.multiple(t) !== undefined) && !this.model.covering.has(k)) return;
      if (k > startK && this.nounDirection(t) && t.index !== c.token.index) return;
      if (t.lower === 'and' && tokens[k + 1] && ['VERB', 'AUX'].includes(tokens[k + 1].pos)) return;
      if (t.lower === 'to' || t.lower === 'from') {
        const q = this.afterPreposition(k + 1, end);
        if (q === 'year') { k++; continue; }
        if (q) {
          if (t.lower === 'to' && !c.to) c.to = q;
          else if (t.lower === 'from' && !c.from) c.from = q;
          k = Math.max(q.headEnd, q.last) + 1;
          continue;
        }
        k++;
        continue;
      }
      if (t.lower === 'by') {
        const q = this.startingAt(k + 1);
        if (q && q.sentence === si) {
          if (q.kind === 'percent') c.percent ??= q; else c.amount ??= q;
          k = Math.max(q.headEnd, q.last) + 1;
          continue;
        }
      }
      const q = this.startingAt(k);
      if (q && q.sentence === si) {
        // A percentage that describes a noun of its own ("the 7% slide") belongs to that noun.
        if (q.kind === 'percent' && q.head && this.nounDirection(q.head)) return;
        if (q.kind === 'percent' && !c.percent) c.percent = q;
        else if (k === startK && !c.amount && (q.kind === 'count' || q.kind === 'money') && c.factor === undefined) c.amount = q;
        k = Math.max(q.headEnd, q.last) + 1;
        continue;
      }
      k++;
    }
  }

  /** "from 8.2 to 8.9 mills", "from 4.1 to 4.6%": a bare figure takes the unit written once after the other. */
  private shareUnit(a: Quantity, b: Quantity): void {
    const bare = (q: Quantity) => q.kind === 'count' && !q.head && !q.number.scale && !q.number.words && !q.compound;
    const [x, y] = bare(a) ? [a, b] : [b, a];
    if (!bare(x) || (y.kind !== 'measure' && y.kind !== 'percent') || !y.number.value || y.number.scale) return;
    if (Math.abs(x.last - y.first) > 3) return;
    const factor = y.value / y.number.value;
    x.kind = y.kind;
    x.value = x.number.value * factor;
    x.precision *= factor;
    if (y.unit) x.unit = y.unit;
  }

  /** The figure after "to"/"from", skipping "the", "its", "the current year's" (at most four words). */
  private afterPreposition(k: number, end: number): Quantity | 'year' | undefined {
    const { tokens } = this;
    for (let n = 0; n < 5 && k < end; n++, k++) {
      const t = tokens[k];
      const q = this.startingAt(k);
      if (q) return q;
      if (t.type === 'number' && YEAR.test(t.text)) return 'year';
      // "from its record close of 29,551.42"
      if (t.lower === 'of' && n > 0 && LEVEL_NOUNS.has(tokens[k - 1].lemma)) continue;
      if (!(DETERMINERS.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PART' || t.text === "'s" || t.text === '’s')) return undefined;
    }
    return undefined;
  }

  /** "doubling its 2019 tally of 52": the first figure of the object. */
  private objectQuantity(k: number, end: number): Quantity | undefined {
    const { tokens } = this;
    for (let n = 0; n < 7 && k < end; n++, k++) {
      const t = tokens[k];
      const q = this.startingAt(k);
      if (q) return q.kind === 'count' || q.kind === 'money' ? q : undefined;
      if (CLAUSE_BARRIERS.has(t.text) || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return undefined;
    }
    return undefined;
  }

  /**
   * The value after a change that has no "to": the figure the change is set off from by a comma
   * ("$22.6 billion in revenue, up 427% from $5.4 billion"), or, for a subject that names the
   * thing ("Deliveries rose 31% from 308,600") or a pronoun ("That was down from 303 seats"), the
   * one figure of the previous sentence it can refer to.
   */
  private findCurrent(c: Change, k: number, sentenceFirst: number): void {
    const { tokens } = this;
    const ref = c.from ?? c.amount;
    // Apposition.
    let j = k - 1;
    while (j >= sentenceFirst && (tokens[j].pos === 'ADV' && tokens[j].lower !== 'up' && tokens[j].lower !== 'down')) j--;
    if (j >= sentenceFirst && tokens[j].text === ',') {
      for (let i = j - 1; i >= sentenceFirst && i >= j - 14; i--) {
        let q = this.model.covering.get(i);
        if (!q) { if (CLAUSE_BARRIERS.has(tokens[i].text) || tokens[i].text === ',') break; continue; }
        // past eight words, only a figure of the same noun ("124 measles cases since the outbreak
        // began in January, up 35% from 96 cases")
        if (i < j - 8 && !(ref?.head && q.head && stem(q.head.lemma) === stem(ref.head.lemma))) return;
        if (q.isWhole) q = this.model.partOf.get(q) ?? q;
        if (q.change && q.change.role !== 'current') break;
        if (!ref || compatible(q, ref)) { c.current = q; c.currentFrom = 'apposition'; }
        return;
      }
      return;
    }
    if (!ref) return;
    // The subject: from the clause start to the change word, with no figure in it.
    const subject: Token[] = [];
    for (let i = k - 1; i >= sentenceFirst; i--) {
      const t = tokens[i];
      if (CLAUSE_BARRIERS.has(t.text)) break;
      if (this.model.covering.has(i)) {
        // "The Alliance's 58 seats were up from 47": the subject's own figure, before a form of "be"
        const own = this.model.covering.get(i)!;
        if (subject.length && subject.length <= 3 && c.from && subject.every((x) => x.index <= own.headEnd || x.lemma === 'be' || x.pos === 'ADV')
          && subject.some((x) => x.lemma === 'be' && x.index > own.headEnd) && ['up', 'down', 'higher', 'lower'].includes(c.token.lower)
          && !own.change && !own.quoted && !own.expectation && !own.qualifier && compatible(own, ref)
          && (c.direction === 'up' ? own.value > c.from.value : own.value < c.from.value)) {
          c.current = own;
          c.currentFrom = 'subject';
          return;
        }
        // "Deliveries rose 31% from 308,600 ... and were up 24% from 343,830": the second change
        // shares the first one's subject.
        // (this sentence's changes are the last ones found so far)
        let earlier: Change | undefined;
        const changes = this.model.changes;
        for (let x = changes.length - 1; x >= 0 && changes[x].sentence === c.sentence; x--) if (changes[x].token.index < k) { earlier = changes[x]; break; }
        if (earlier?.current && subject.some((x) => x.lower === 'and') && compatible(earlier.current, ref)) {
          if (c.from && !(c.direction === 'up' ? earlier.current.value > c.from.value : earlier.current.value < c.from.value)) return;
          c.current = earlier.current;
          c.currentFrom = earlier.currentFrom;
        }
        return;
      }
      subject.unshift(t);
    }
    if (!subject.length) return;
    const sIndex = c.sentence;
    const prevSentence = this.doc.sentences[sIndex - 1];
    if (!prevSentence) return;
    const thisBlock = this.doc.sentences[sIndex].block;
    if (prevSentence.block !== thisBlock && prevSentence.block !== thisBlock - 1) return;
    const candidates = (this.model.bySentence.get(sIndex - 1) ?? []).filter((q) => !q.quoted && !q.expectation && !q.isWhole && !q.difference && !q.threshold && !q.change && compatible(q, ref));
    const nouns = subject.filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !GENERIC.has(t.lemma));
    let chosen: Quantity[] = [];
    const firstWord = subject.find((t) => t.pos !== 'CCONJ' && t.pos !== 'ADV');
    if (firstWord && PRONOUN_SUBJECTS.has(firstWord.lower) && nouns.length === 0) {
      chosen = candidates.filter((q) => q.kind !== 'count' || (ref.head ? !!(q.head ?? q.ofHead) && stem((q.head ?? q.ofHead)!.lemma) === stem(ref.head.lemma) : !q.head));
    } else if (nouns.length) {
      const stems = new Set(nouns.map((t) => stem(t.lemma)));
      chosen = candidates.filter((q) => [...anchorStems(this.doc, this.model, q)].some((s) => stems.has(s)));
    }
    if (chosen.length !== 1) return;
    const x = chosen[0];
    // The direction must agree, or the antecedent is not the one meant.
    if (c.from && !(c.direction === 'up' ? x.value > c.from.value : x.value < c.from.value)) return;
    c.current = x;
    c.currentFrom = 'antecedent';
  }
}

/** The year and date mentions of a model by token index (positions in model.years and model.dates, in order). */
export interface MentionIndex {
  /** Token index -> the year mentions on that token. */
  years: Map<number, number[]>;
  /** Token index -> the dates that start there. */
  dateFirst: Map<number, number[]>;
  /** Token index -> the dates that start or end there, or have their month there. */
  dateAt: Map<number, number[]>;
}

/** The mention index of a document's figures model, built on first use. */
export function mentionIndex(doc: Doc, model: FiguresModel): MentionIndex {
  return doc.cached('figures/mention-index', () => {
    const add = (map: Map<number, number[]>, key: number, position: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    };
    const index: MentionIndex = { years: new Map(), dateFirst: new Map(), dateAt: new Map() };
    model.years.forEach((y, p) => add(index.years, y.token.index, p));
    model.dates.forEach((d, p) => {
      add(index.dateFirst, d.first, p);
      for (const k of [d.first, d.last, d.monthToken.index].sort((a, b) => a - b)) add(index.dateAt, k, p);
    });
    return index;
  });
}

/** Same kind of figure (money in the same currency, or counts). */
export function compatible(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money') return a.currency === b.currency && (a.rate ?? '') === (b.rate ?? '');
  if (a.kind === 'duration' || a.kind === 'measure') return a.kind !== 'measure' || a.unit === b.unit;
  return true;
}

/** Lemmas too general to tell two things apart. */
export const GENERIC = new Set(['be', 'have', 'do', 'say', 'year', 'month', 'week', 'day', 'percent', 'million', 'billion', 'thousand', 'number', 'total', 'amount', 'figure', 'time', 'more', 'less', 'about', 'make', 'get', 'take', 'give', 'also', 'other', 'which', 'that', 'this', 'it', 'its', 'some', 'many', 'much', 'new', 'first', 'last', 'per', 'share', 'cent', 'dollar', 'will', 'would', 'could', 'can', 'may']);

const LETTER = /\p{L}/u;

/** /\p{L}/u.test(text), answered from character codes while they are ASCII. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER.test(text);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}
const stems = new Map<string, string>();

/** A crude stem, so "deliveries", "delivery" and "delivered" meet (remembered: the same lemmas recur). */
export function stem(word: string): string {
  let w = stems.get(word);
  if (w !== undefined) return w;
  w = word.toLowerCase().replace(/[’']s$/, '');
  if (w.length > 5) w = w.replace(/(ies|y|ied|ying)$/, '').replace(/(ing|ed|es|s|ly)$/, '');
  else if (w.length > 3) w = w.replace(/s$/, '');
  if (stems.size >= 20_000) stems.clear();
  stems.set(word, w);
  return w;
}

/**
 * What a figure is about: the stems of its noun phrase ("cap on out-of-pocket costs") and of the
 * words before it in its clause back to the previous figure, and, for a figure in a change
 * statement, the subject of the change ("Revenue for the first quarter ... rose 262% to $26.04 billion").
 */
export function anchorStems(doc: Doc, model: FiguresModel, q: Quantity): Set<string> {
  const tokens = doc.tokens;
  const out = new Set<string>();
  const add = (t: Token) => {
    if ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADJ') && !GENERIC.has(t.lemma) && hasLetter(t.text)) out.add(stem(t.lemma));
  };
  const s = doc.sentences[q.sentence];
  for (let i = q.last + 1; i <= q.headEnd; i++) add(tokens[i]);
  if (q.ofHead) add(q.ofHead);
  // "of out-of-pocket costs" after the head
  let j = q.headEnd + 1;
  if (tokens[j] && ['of', 'on', 'in', 'for'].includes(tokens[j].lower) && j < s.endToken) {
    for (let k = j + 1, n = 0; k < s.endToken && n < 6; k++, n++) {
      const t = tokens[k];
      if (model.covering.has(k) || CLAUSE_BARRIERS.has(t.text) || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') break;
      add(t);
    }
  }
  for (let i = q.qualFirst - 1, n = 0; i >= s.firstToken && n < 14; i--, n++) {
    const t = tokens[i];
    if (CLAUSE_BARRIERS.has(t.text)) break;
    const other = model.covering.get(i);
    // another figure ends what this one is about; a time ("nine months ago") does not, nor the
    // figure this one restates ("$84 million, or 96 cents a share")
    if (other && other !== q && !other.ago) {
      const restated = tokens[other.last + 1]?.text === ',' && tokens[other.last + 2]?.lower === 'or' && other.last + 3 === q.qualFirst;
      if (!restated) break;
      i = other.qualFirst;
      continue;
    }
    add(t);
  }
  const c = q.change?.change;
  if (c && c.token.sentence === q.sentence) {
    for (let i = c.token.index - 1, n = 0; i >= s.firstToken && n < 16; i--, n++) {
      const t = tokens[i];
      if (CLAUSE_BARRIERS.has(t.text)) break;
      if (model.covering.has(i)) break;
      add(t);
    }
  }
  return out;
}

/** The interval a figure allows, given its qualifier and the precision it is written to. */
export function interval(q: Quantity, generous = false, ignoreQualifier = false): [number, number] {
  // Generous: a figure with a scale word ("$14.2 million") is rounded to its last digit, one ending
  // in two or more zeros ("308,600") may be rounded to its last non-zero digit; others are exact.
  let unit = q.precision;
  if (generous && !q.number.scale) {
    const digits = q.number.decimals === 0 ? String(Math.round(q.number.value)) : '';
    unit = /[1-9]00+$/.test(digits) ? roundingUnit(q.value, q.precision) : 0;
    // ... but not by more than 1% ("2,000" is not "somewhere between 1,500 and 2,500").
    while (unit > q.precision && unit > Math.abs(q.value) / 100) unit /= 10;
  }
  const half = unit / 2;
  const lo = q.value, hi = q.high ?? q.value;
  switch (ignoreQualifier ? undefined : q.qualifier) {
    case 'approx': return [lo * 0.85 - half, hi * 1.15 + half];
    case 'below': return [lo * 0.8 - half, hi + half];
    case 'min': return [lo - half, Infinity];
    case 'max': return [0, hi + half];
    default: return [lo - half, hi + half];
  }
}

/** Could the two figures be the same value, written differently ("100,000" and "100 thousand")? */
export function sameValue(a: Quantity, b: Quantity, ignoreQualifiers = false): boolean {
  const [alo, ahi] = interval(a, false, ignoreQualifiers), [blo, bhi] = interval(b, false, ignoreQualifiers);
  if (a.value === b.value && (a.high ?? a.value) === (b.high ?? b.value)) return true;
  // Durations are exact ("48-month" is "four-year"; "six-month" is not "one-year").
  if (a.kind === 'duration' && b.kind === 'duration' && !a.qualifier && !b.qualifier) {
    return Math.abs(a.value - b.value) <= 0.02 * Math.max(a.value, b.value) && Math.abs((a.high ?? a.value) - (b.high ?? b.value)) <= 0.02 * Math.max(a.value, b.value);
  }
  // Intervals that only touch are different figures ("one-year" and "two-year").
  const eps = 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value), 1);
  return alo < bhi - eps && blo < ahi - eps;
}
