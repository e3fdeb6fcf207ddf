// The figures vocabulary (server/data/figures.yaml, compiled by scripts/data/figures.mjs), loaded
// once and indexed for the extractor.
import data from '../../../generated/figures.json';
import type { Token } from '../../engine/nlp';

export type QualifierKind = 'approx' | 'below' | 'min' | 'max';
export type Phrase = readonly string[];

export interface FiguresVocabulary {
  cardinals: Map<string, number>;
  scales: Map<string, number>;
  scaleAbbreviations: Map<string, number>;
  ordinals: Map<string, number>;
  currencySymbols: Map<string, string>;
  currencyWords: Map<string, [string, number]>;
  percentWords: PhraseSet;
  pointWords: PhraseSet;
  /** Unit word (singular or plural) -> length in days. */
  durations: Map<string, number>;
  measures: Set<string>;
  qualifiersBefore: Array<{ words: Phrase; kind: QualifierKind }>;
  qualifiersAfter: Array<{ words: Phrase; kind: QualifierKind }>;
  up: Set<string>;
  down: Set<string>;
  upNouns: Set<string>;
  downNouns: Set<string>;
  multiples: Map<string, number>;
  /** Surface forms of the multiple verbs (doubled, tripling), for a quick test. */
  multipleForms: Map<string, number>;
  expectationVerbs: PhraseSet;
  expectationNouns: PhraseSet;
  modals: Set<string>;
  voteTally: Set<string>;
  voteAgainst: PhraseSet;
  voteFor: PhraseSet;
  selectors: Set<string>;
  timesPast: PhraseSet;
  timesPresent: PhraseSet;
  timesFuture: PhraseSet;
  sumParts: PhraseSet;
  sumPartial: PhraseSet;
  /** The nouns of people aboard by role ("crew members") and as a whole ("people"), as written; the words that say "aboard". */
  aboardParts: Set<string>;
  aboardWholes: Set<string>;
  aboardWords: PhraseSet;
  /** Weekday form -> day of the week (0 = Sunday). */
  weekdays: Map<string, number>;
  weekdayNames: string[];
  /** Month form -> month (1-12). */
  months: Map<string, number>;
  monthNames: string[];
  monthAp: string[];
  birth: Set<string>;
  ageUnits: PhraseSet;
  identifiers: Set<string>;
  figureNouns: Set<string>;
  /** A noun a figure is referred back to by -> the words an earlier mention may use instead ("purchase": buy). */
  references: Map<string, string[]>;
  /** Reference nouns for an event that happens once ("purchase"): time words beside it say when. */
  eventNouns: Set<string>;
  /** Number words by value (1 -> "one"), for fixes written in words. */
  numberWords: Map<number, string>;
  /** Every cardinal, weekday and month form: a word not in it starts no figure, date or weekday. */
  figureWords: Set<string>;
  /** Every change verb and multiple (up, down, multiples, multipleForms): a token whose text and lemma are not in it (and that does not end in "fold") states no change. */
  changeWords: Set<string>;
  /** upNouns and downNouns together. */
  changeNouns: Set<string>;
}

/** The word lists the rules read as cues about a figure (figures.yaml `cues`). */
export type CueList = 'ownVerbs' | 'requestVerbs' | 'voteVerbs' | 'deathWords' | 'deathNouns' | 'personHeads' | 'tollVerbs' | 'levelNouns' | 'rateNouns' | 'bodies' | 'abstentions' | 'divisionNouns' | 'shareVerbs' | 'totalNouns' | 'rest' | 'winVerbs' | 'organisationParts' | 'foundingVerbs' | 'beginVerbs' | 'levelVerbs' | 'valueNouns' | 'irregularPlurals';

/** The cue lists as sets, built when this module loads (the rules keep them as module constants). */
export const cues: Readonly<Record<CueList, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries((data as unknown as { cues: Record<CueList, string[]> }).cues).map(([name, words]) => [name, new Set(words)]),
) as unknown as Record<CueList, ReadonlySet<string>>;

let vocabulary: FiguresVocabulary | undefined;

const map = <V>(o: Record<string, V>) => new Map(Object.entries(o));

export function figuresVocabulary(): FiguresVocabulary {
  if (vocabulary) return vocabulary;
  const durations = new Map<string, number>();
  for (const [w, days] of Object.entries(data.durations)) {
    durations.set(w, days);
    durations.set(w === 'century' ? 'centuries' : w + 's', days);
  }
  const weekdays = new Map<string, number>();
  data.weekdays.forEach((d, i) => d.forms.forEach((f) => weekdays.set(f, i)));
  const months = new Map<string, number>();
  data.months.forEach((m, i) => m.forms.forEach((f) => months.set(f, i + 1)));
  const numberWords = new Map<number, string>();
  for (const [w, v] of Object.entries(data.cardinals)) if (w !== 'dozen' && !numberWords.has(v)) numberWords.set(v, w);
  const q = data.qualifiers as Array<{ words: string[]; kind: QualifierKind; after: boolean }>;
  vocabulary = {
    cardinals: map(data.cardinals),
    scales: map(data.scales),
    scaleAbbreviations: map(data.scaleAbbreviations),
    ordinals: map(data.ordinals),
    currencySymbols: map(data.currencies.symbols as Record<string, string>),
    currencyWords: map(data.currencies.words as unknown as Record<string, [string, number]>),
    percentWords: new PhraseSet(data.percentWords),
    pointWords: new PhraseSet(data.pointWords),
    durations,
    measures: new Set(data.measures),
    qualifiersBefore: q.filter((x) => !x.after),
    qualifiersAfter: q.filter((x) => x.after),
    up: new Set(data.changes.up),
    down: new Set(data.changes.down),
    upNouns: new Set(data.changes.upNouns),
    downNouns: new Set(data.changes.downNouns),
    multiples: map(data.multiples),
    multipleForms: new Map(Object.entries(data.multiples).flatMap(([w, f]) => {
      const stem = w.endsWith('e') ? w.slice(0, -1) : w;
      return [w, `${w}s`, `${stem}ed`, `${stem}ing`, `${w}d`].map((x) => [x, f] as [string, number]);
    })),
    expectationVerbs: new PhraseSet(data.expectations.verbs),
    expectationNouns: new PhraseSet(data.expectations.nouns),
    modals: new Set(data.expectations.modals),
    voteTally: new Set(data.votes.tally),
    voteAgainst: new PhraseSet(data.votes.against),
    voteFor: new PhraseSet(data.votes.for),
    selectors: new Set(data.selectors),
    timesPast: new PhraseSet(data.times.past),
    timesPresent: new PhraseSet(data.times.present),
    timesFuture: new PhraseSet(data.times.future),
    sumParts: new PhraseSet(data.sums.parts),
    sumPartial: new PhraseSet(data.sums.partial),
    aboardParts: new Set(data.sums.aboardParts),
    aboardWholes: new Set(data.sums.aboardWholes),
    aboardWords: new PhraseSet(data.sums.aboardWords),
    weekdays,
    weekdayNames: data.weekdays.map((d) => d.name),
    months,
    monthNames: data.months.map((m) => m.name),
    monthAp: data.months.map((m) => m.ap),
    birth: new Set(data.birth),
    ageUnits: new PhraseSet(data.ageUnits),
    identifiers: new Set(data.identifiers),
    figureNouns: new Set(data.figureNouns),
    references: map((data as { references?: Record<string, string[]> }).references ?? {}),
    eventNouns: new Set((data as { eventNouns?: string[] }).eventNouns ?? []),
    numberWords,
    figureWords: new Set([...Object.keys(data.cardinals), ...weekdays.keys(), ...months.keys()]),
    changeWords: new Set<string>(),
    changeNouns: new Set([...data.changes.upNouns, ...data.changes.downNouns]),
  };
  for (const w of [...vocabulary.up, ...vocabulary.down, ...vocabulary.multiples.keys(), ...vocabulary.multipleForms.keys()]) vocabulary.changeWords.add(w);
  return vocabulary;
}

/** Phrases indexed by their first word, so a token is checked against the few that can start there. */
export class PhraseSet {
  private readonly byFirst = new Map<string, Phrase[]>();
  readonly all: readonly Phrase[];
  constructor(list: readonly Phrase[]) {
    this.all = list;
    for (const p of list) {
      const l = this.byFirst.get(p[0]) ?? [];
      l.push(p);
      this.byFirst.set(p[0], l);
    }
  }
  candidates(t: Token): readonly Phrase[] {
    const a = this.byFirst.get(t.lower);
    const b = t.lemma !== t.lower ? this.byFirst.get(t.lemma) : undefined;
    return a && b ? [...a, ...b] : a ?? b ?? [];
  }
  /** The longest phrase starting with token `i` (by its text or its lemma) that matches there, as its length. */
  longestAt(tokens: readonly Token[], i: number, sentence?: number): number {
    const t = tokens[i];
    let best = 0;
    const a = this.byFirst.get(t.lower);
    if (a) for (const p of a) if (p.length > best && matchAt(tokens, i, p, sentence)) best = p.length;
    if (t.lemma !== t.lower) {
      const b = this.byFirst.get(t.lemma);
      if (b) for (const p of b) if (p.length > best && matchAt(tokens, i, p, sentence)) best = p.length;
    }
    return best;
  }
  has(word: string): boolean {
    return this.byFirst.has(word);
  }
}

/** Does the phrase match the tokens starting at `i` (each word equal to a token's lower text or lemma)? */
export function matchAt(tokens: readonly Token[], i: number, words: Phrase, sentence?: number): boolean {
  if (i < 0 || i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (sentence !== undefined && t.sentence !== sentence) return false;
    if (t.lower !== words[k] && t.lemma !== words[k]) return false;
  }
  return true;
}

/** The longest phrase of `list` matching at `i`, as its length in tokens (0: none). */
export function phraseAt(tokens: readonly Token[], i: number, list: readonly Phrase[] | PhraseSet, sentence?: number): number {
  if (i < 0 || i >= tokens.length) return 0;
  if (list instanceof PhraseSet) return list.longestAt(tokens, i, sentence);
  let best = 0;
  for (const p of list) if (p.length > best && matchAt(tokens, i, p, sentence)) best = p.length;
  return best;
}

/** The longest phrase of `list` ending just before token `end` (exclusive), as its length. */
export function phraseBefore(tokens: readonly Token[], end: number, list: readonly Phrase[] | PhraseSet, sentence?: number): number {
  let best = 0;
  for (const p of list instanceof PhraseSet ? list.all : list) if (p.length > best && matchAt(tokens, end - p.length, p, sentence)) best = p.length;
  return best;
}
