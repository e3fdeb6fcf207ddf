// Reported speech: who says what. For every reporting verb in the writer's narrative ("said",
// "told", "believes", "according to", "slammed") this finds its source (the subject: a name, a
// pronoun, a title, an organisation, or a vague group) and the content it reports. Quotations
// get their speaker from the reports around them. Rules ask this model whether a span is the
// writer's own voice or somebody's reported words.
import { isDictionaryWord, type Token, type Sentence } from './nlp';
import type { Quotation } from './quotations';
import type { Block } from './layout';

export type ReportingKind = 'speech' | 'cognition' | 'writing' | 'estimate' | 'directive';

export interface SpeechVocabulary {
  /** Reporting verbs by lemma. */
  verbs: ReadonlyMap<string, ReportingKind>;
  /** Inflected forms -> lemma, for tokens the lemmatizer gets wrong ("griped"). */
  forms: ReadonlyMap<string, string>;
  /** Verbs that report a view only when passive ("is seen as", "is regarded as"). */
  passiveOnly: ReadonlySet<string>;
  /** Multi-word attributions read as one reporting phrase, lower case ("according to"). */
  phrases: readonly string[];
}

export type SourceKind = 'name' | 'pronoun' | 'nominal';

export interface Source {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  kind: SourceKind;
  text: string;
}

export interface Report {
  sentence: number;
  /** The reporting verb, or the first token of a reporting phrase. */
  verb: Token;
  verbEnd: number;
  lemma: string;
  kind: ReportingKind;
  /**
   * Who says it: the subject, or for a passive its "by" agent. Absent for agentless passives
   * ("it is believed", "the company is expected to") and when no subject could be read.
   */
  source?: Source;
  /** The grammatical subject of a passive ("it" in "it is believed"; "the company" in "the company is expected to"). */
  subject?: Source;
  /** What is reported. */
  content: { start: number; end: number; kind: 'clause' | 'object' | 'quote' };
  /** The verb is passive ("is believed", "was told", "is expected to"). */
  passive: boolean;
}

const SKIP_BEFORE_VERB = new Set(['also', 'later', 'then', 'previously', 'repeatedly', 'again', 'once', 'recently', 'often', 'has', 'had', 'have', 'will', 'would', 'could', 'did', 'does', 'do', 'not', "n't", 'may', 'might', 'should', 'must', 'can', 'further', 'publicly', 'privately', 'separately', 'still', 'already', 'first', 'earlier', 'last', 'quickly', 'since', 'now', 'just', 'never', 'openly', 'angrily', 'initially', 'reportedly']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„']);
// Words that continue a noun phrase to the right: "a report by the police", "officials in Kyiv".
const NP_LINKS = new Set(['of', 'and', 'by', 'for', 'at', 'from', 'in', 'with', '&']);
// Words that open the clause or object after a verb of saying or believing.
// Prepositions that attach a phrase to a source noun directly: "observers in Seoul".
const PP_HEADS = new Set(['in', 'at', 'from', 'with', 'of', 'for', 'on', 'inside', 'across']);
const OBJECT_STARTS = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'it', 'they', 'he', 'she', 'we', 'there']);
// Verbs whose object is followed by a bare infinitive: "help scientists understand".
const CAUSATIVES = new Set(['help', 'let', 'make', 'have', 'see', 'watch', 'hear', 'allow', 'enable', 'force']);
const PARTITIVES = new Set(['some', 'many', 'few', 'most', 'others', 'several', 'those', 'all']);
const PARTICLES = new Set(['for', 'off', 'up', 'in', 'back', 'out', 'at', 'into', 'over', 'around', 'away', 'down']);
const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our', 'my', 'your']);
const NOT_NAMES = new Set(['VERB', 'PRON', 'AUX', 'SCONJ', 'CCONJ', 'ADP', 'ADV', 'PART', 'DET', 'INTJ']);
// Verbs of seeing that report a view when active with "as": "see X as Y", "view X as Y".
const VIEW_VERBS = new Set(['see', 'view', 'regard']);
// Verbs of trying and wanting before an infinitive verb of saying: the subject is theirs.
const TRYING = new Set(['seek', 'try', 'attempt', 'want', 'aim', 'hope', 'move', 'rush', 'scramble', 'struggle', 'work', 'plan', 'intend', 'need', 'continue', 'begin', 'start']);
// Verbs of saying that take a person as object before the clause: "assured investors that …".
const OBJECT_THAT = new Set(['tell', 'assure', 'reassure', 'inform', 'remind', 'warn', 'promise', 'convince', 'persuade', 'notify', 'advise', 'caution', 'brief']);
const CLAUSE_STARTERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

export function isQuoteMark(t: Token | undefined): boolean {
  return !!t && QUOTE_MARKS.has(t.text);
}

/** Whether a word starts with a capital letter (ASCII checked without a regular expression). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/**
 * Proper noun-like: capitalised, and either not the sentence's first word or, as its first word,
 * not an ordinary English word ("Critics", "Political" open sentences; "Goldman" is a name).
 */
export function isNameToken(t: Token, sentenceStart: number): boolean {
  if (t.type !== 'word' || !startsUpper(t.text) || t.pos === 'PRON' || t.pos === 'DET') return false;
  if (t.index === sentenceStart && isDictionaryWord(t.text)) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X';
}

export class SpeechModel {
  readonly reports: Report[] = [];
  /** The report each quotation is attributed to, by quotation index (undefined: none found). */
  readonly speakers: Array<Report | undefined> = [];

  private readonly phraseWords: string[][];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly sentences: readonly Sentence[],
    private readonly blocks: readonly Block[],
    private readonly quotations: readonly Quotation[],
    private readonly vocab: SpeechVocabulary,
    private readonly quotationAt: (offset: number) => Quotation | undefined,
  ) {
    this.phraseWords = vocab.phrases.map((p) => p.split(' '));
    for (const s of sentences) this.readSentence(s);
    this.attributeQuotations();
  }

  private readSentence(s: Sentence) {
    const { tokens } = this;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i];
      if (t.type !== 'word' || this.quotationAt(t.start)) continue;
      const phrase = this.phraseAt(i, s);
      if (phrase) {
        this.readAccordingTo(s, i, phrase);
        i = phrase.endToken - 1;
        continue;
      }
      let lemma = this.vocab.verbs.has(t.lemma) ? t.lemma : this.vocab.forms.get(t.lower);
      let kind = lemma ? this.vocab.verbs.get(lemma) : undefined;
      // Verbs that report a view only in the passive: "is seen as", "is widely regarded as".
      if (!kind && this.vocab.passiveOnly.has(t.lemma) && this.afterBe(i, s)) [lemma, kind] = [t.lemma, 'cognition'];
      // ... and in the active, "see/view/regard X as Y": a view ("Many on Wall Street now see a recession as likely").
      if (!kind && VIEW_VERBS.has(t.lemma) && t.pos === 'VERB' && this.asFollows(i, s)) [lemma, kind] = [t.lemma, 'cognition'];
      if (!kind || !lemma) continue;
      // The tagger sometimes reads a verb before "that" as a noun ("Investors fear that ...").
      const prev = this.tokens[i - 1], next = this.tokens[i + 1];
      const nounAsVerb = t.pos === 'NOUN' && i > s.firstToken && ['NOUN', 'PROPN', 'PRON'].includes(prev.pos) && !POSSESSIVES.has(prev.lower) && !!next && OBJECT_STARTS.has(next.lower);
      if (t.pos !== 'VERB' && t.pos !== 'AUX' && !nounAsVerb) continue;
      // "a conference call", "the phone call": a base form after a determiner and a singular noun
      // is a noun compound, not a verb ("the analysts say" agrees: plural).
      // ("Some in the industry see the rule as overdue": a verb of viewing with "as" is a verb.)
      if (t.lower === t.lemma && prev && i - 2 >= s.firstToken && this.tokens[i - 2].pos === 'DET' && prev.pos === 'NOUN' && !/s$/.test(prev.lower) && !VIEW_VERBS.has(lemma)) continue;
      // "called for help", "called off the talks", "called in the army" are not speech.
      if (lemma === 'call' && PARTICLES.has(this.tokens[i + 1]?.lower ?? '')) continue;
      this.readVerb(s, i, kind, lemma);
    }
  }

  private phraseAt(i: number, s: Sentence): { lemma: string; endToken: number } | undefined {
    const first = this.tokens[i].lower;
    for (let n = 0; n < this.phraseWords.length; n++) {
      const words = this.phraseWords[n];
      if (words[0] !== first) continue;
      const p = this.vocab.phrases[n];
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        const t = this.tokens[i + k];
        if (!t || i + k >= s.endToken || t.lower !== words[k]) { ok = false; break; }
      }
      if (ok) return { lemma: p, endToken: i + words.length };
    }
    return undefined;
  }

  /**
   * "as" after the verb's object, within the clause, opening a description, not a clause of time
   * ("see the win as a turning point", not "saw the goal as it happened").
   */
  private asFollows(i: number, s: Sentence): boolean {
    for (let k = i + 2; k < s.endToken && k <= i + 10; k++) {
      const t = this.tokens[k - 1];
      if (t.text === ',' || t.text === ';' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.lower === 'that') return false;
      if (this.tokens[k].lower !== 'as') continue;
      for (let m = k + 1; m < s.endToken && m <= k + 4; m++) {
        const x = this.tokens[m];
        if (x.text === ',' || x.text === '.' || x.text === ';') break;
        if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PRON') return false;
      }
      return true;
    }
    return false;
  }

  /** A form of "be" before the token, past adverbs: "is (widely) seen". */
  private afterBe(i: number, s: Sentence): boolean {
    for (let k = i - 1; k >= s.firstToken && k >= i - 4; k--) {
      const t = this.tokens[k];
      if (BE.has(t.lower)) return true;
      if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
    }
    return false;
  }

  /** "according to NP": the source follows; the content is the rest of the sentence. */
  private readAccordingTo(s: Sentence, i: number, phrase: { lemma: string; endToken: number }) {
    const source = this.nounPhraseRight(phrase.endToken, s, true);
    const verb = this.tokens[i];
    const afterSource = source ? source.endToken : phrase.endToken;
    let content: Report['content'];
    if (i <= this.firstWord(s) + 1) content = { start: this.tokens[afterSource]?.start ?? s.end, end: s.end, kind: 'clause' };
    else content = { start: s.start, end: verb.start, kind: 'clause' };
    this.reports.push({ sentence: s.index, verb, verbEnd: this.tokens[phrase.endToken - 1].end, lemma: phrase.lemma, kind: 'speech', source, content, passive: false });
  }

  private firstWord(s: Sentence): number {
    let i = s.firstToken;
    while (i < s.endToken && this.tokens[i].type !== 'word') i++;
    return i;
  }

  private readVerb(s: Sentence, v: number, kind: ReportingKind, lemma: string) {
    const { tokens } = this;
    const verb = tokens[v];
    // Walk left over adverbs and auxiliaries to the subject.
    let j = v - 1;
    let sawBe = false;
    while (j >= s.firstToken && (SKIP_BEFORE_VERB.has(tokens[j].lower) || (tokens[j].pos === 'ADV' && tokens[j].lower.endsWith('ly')) || BE.has(tokens[j].lower))) {
      if (BE.has(tokens[j].lower)) sawBe = true;
      j--;
    }
    // "sought to reassure them that …", "tried to assure investors": the subject of the verb of trying.
    if (j - 1 > s.firstToken && tokens[j].lower === 'to' && TRYING.has(tokens[j - 1].lemma) && tokens[j - 1].pos === 'VERB') {
      j -= 2;
      while (j >= s.firstToken && (SKIP_BEFORE_VERB.has(tokens[j].lower) || (tokens[j].pos === 'ADV' && tokens[j].lower.endsWith('ly')))) j--;
    }
    const passive = sawBe && !verb.lower.endsWith('ing');
    const afterQuote = j >= s.firstToken && (tokens[j].text === ',' || isQuoteMark(tokens[j])) && (isQuoteMark(tokens[j]) || isQuoteMark(tokens[j - 1]) || !!this.quotationAt(tokens[j - 1]?.start ?? -1));
    let source: Source | undefined;
    let subject: Source | undefined;
    let content: Report['content'] | undefined;
    // "…, though the sentence is likely to be shorter, said Pamela Okafor-Lindgren, a former
    // prosecutor": a speech verb after a comma, then a name, ending the sentence's attribution.
    const inverted = !afterQuote && j > s.firstToken && tokens[j].text === ',' && kind === 'speech' && !passive && /ed$|^said$|^told$/.test(verb.lower) && tokens[v + 1]?.pos === 'PROPN' && startsUpper(tokens[v + 1].text) && !this.endsQuote(j);
    const invertedSource = inverted ? this.nounPhraseRight(v + 1, s) : undefined;
    if (invertedSource) {
      source = invertedSource;
      content = { start: s.start, end: tokens[j].start, kind: 'clause' };
    } else if (afterQuote || j < s.firstToken || (tokens[j].text === ',' && this.endsQuote(j))) {
      // `,” said Harold Fenn` or `,” Fenn said`: the source follows the verb when it is not before it.
      source = this.nounPhraseRight(v + 1, s);
      const q = this.quotationEndingBefore(verb.start);
      if (q) content = { start: q.start, end: q.end, kind: 'quote' };
    } else if (j > s.firstToken && (tokens[j].lower === 'and' || tokens[j].lower === 'but')) {
      // "condemned Russia's move and said they would ...": the earlier verb's subject, else the
      // sentence's subject ("Truss, speaking outside Downing Street, wished Sunak well and said").
      source = [...this.reports].reverse().find((r) => r.sentence === s.index && r.source)?.source ?? this.sentenceSubject(s, v);
    } else {
      source = this.nounPhraseLeft(this.skipRelativeClause(j, s), s);
      // "would help scientists understand", "let voters decide": the noun is the object of a
      // causative verb, and the verb after it is not finite — not a report.
      const before = source ? tokens[source.firstToken - 1] : undefined;
      if (before && before.sentence === s.index && CAUSATIVES.has(before.lemma) && (before.pos === 'VERB' || before.pos === 'AUX')) return;
      if (source && this.isQuoteBefore(source.firstToken, s)) {
        const q = this.quotationEndingBefore(source.start);
        if (q) content = { start: q.start, end: q.end, kind: 'quote' };
      }
    }
    if (passive) {
      // In the passive the subject is what is reported on; the source is a "by" agent, if any.
      subject = source;
      source = tokens[v + 1]?.lower === 'by' ? this.nounPhraseRight(v + 2, s) : undefined;
    }
    if (!content) content = this.contentAfter(passive && source ? source.endToken - 1 : v, s, passive ? undefined : source);
    this.reports.push({ sentence: s.index, verb, verbEnd: verb.end, lemma, kind, source, ...(subject ? { subject } : {}), content, passive });
  }

  /**
   * "Officials, who spoke on condition of anonymity, said" and "The Democratic Unionist Party, the
   * largest unionist party in Northern Ireland, said": the subject is before the relative clause
   * or the appositive.
   */
  private skipRelativeClause(j: number, s: Sentence): number {
    const { tokens } = this;
    if (tokens[j]?.text !== ',') return j;
    // A relative clause, which may hold commas of its own: "Linda Yaccarino, who took over seven
    // weeks ago, on June 5, wrote".
    for (let k = j - 1; k > s.firstToken && j - k < 60; k--) {
      if (isQuoteMark(tokens[k])) break;
      if ((tokens[k].lower === 'who' || tokens[k].lower === 'which') && tokens[k - 1].text === ',') return k - 2;
    }
    for (let k = j - 1; k > s.firstToken && j - k < 60; k--) {
      if (isQuoteMark(tokens[k])) break;
      // The comma of a date ("June 24, 1987") is not the appositive's.
      if (this.dateComma(k)) continue;
      // An appositive or parenthetical between two commas: "Ukraine's foreign minister, Dmytro
      // Kuleba, wrote", "Garry Tan, chief executive of Y Combinator, called", "Jackson, in a
      // separate dissent, wrote".
      if (tokens[k].text === ',' && k - 1 >= s.firstToken && (NP_POS.has(tokens[k - 1].pos) || /^\p{Lu}/u.test(tokens[k - 1].text))) {
        let inner = tokens.slice(k + 1, j).filter((t) => !this.dateComma(t.index));
        // "Messi, born in Rosario on June 24, 1987, had said", "Smith, asked about the plan,
        // said": a participial phrase describing the subject.
        if (inner.length > 1 && inner[0].pos === 'VERB' && inner[0].lower !== inner[0].lemma && /(?:ed|en|wn|rn)$/.test(inner[0].lower)) inner = inner.slice(1);
        // "Brando Benifei, an Italian lawmaker who helped steer the law, said": a noun phrase
        // with a relative clause of its own.
        const relative = inner.findIndex((t, n) => n > 0 && (t.lower === 'who' || t.lower === 'which' || t.lower === 'whose'));
        if (relative > 0 && (inner[0].pos === 'DET' || inner[0].pos === 'NUM' || NP_POS.has(inner[0].pos))) inner = inner.slice(0, relative);
        const nominal = (t: Token) => NP_POS.has(t.pos) || t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'CCONJ' || t.text === '-' || /^\p{Lu}/u.test(t.text) || t.lower === "'s" || t.lower === '’s';
        if (inner.length && inner.length <= 15 && inner.every(nominal) && (relative > 0 || j - k <= 16)) return k - 1;
      }
      if (tokens[k].text === ',') break;
    }
    return j;
  }

  /** A comma between a day and a year: "June 24, 1987". */
  private dateComma(k: number): boolean {
    const { tokens } = this;
    return tokens[k]?.text === ',' && /^\d{1,2}$/.test(tokens[k - 1]?.text ?? '') && MONTHS.has(tokens[k - 2]?.lower ?? '') && /^\d{4}$/.test(tokens[k + 1]?.text ?? '');
  }

  private endsQuote(commaIndex: number): boolean {
    const prev = this.tokens[commaIndex - 1];
    return !!prev && isQuoteMark(prev);
  }

  private isQuoteBefore(tokenIndex: number, s: Sentence): boolean {
    let k = tokenIndex - 1;
    while (k >= s.firstToken && this.tokens[k].text === ',') k--;
    return k >= s.firstToken && isQuoteMark(this.tokens[k]);
  }

  private quotationEndingBefore(offset: number): Quotation | undefined {
    let best: Quotation | undefined;
    for (const q of this.quotations) if (q.end <= offset && offset - q.end <= 3) best = q;
    return best;
  }

  /** The clause a verb reports: from after the verb (and "that") to the end of the sentence. */
  private contentAfter(v: number, s: Sentence, source: Source | undefined): Report['content'] {
    const { tokens } = this;
    let k = v + 1;
    if (source && source.firstToken > v) k = source.endToken;
    while (k < s.endToken && (tokens[k].text === ',' || tokens[k].text === ':' || tokens[k].pos === 'SPACE')) k++;
    // "assured investors that …", "reassured them that …": the person told is not what is reported.
    if (OBJECT_THAT.has(tokens[v]?.lemma ?? '') && !(source && source.firstToken > v)) {
      for (let m = k + 1; m < s.endToken && m <= k + 4; m++) {
        if (tokens[m].lower === 'that') { k = m; break; }
        if (!NP_POS.has(tokens[m].pos) && tokens[m].pos !== 'PRON') break;
      }
    }
    const start = tokens[k]?.start ?? s.end;
    // A trailing attribution ("..., Fenn said.") reports the clause before it.
    if (source && source.firstToken < v && this.endsSentence(v, s)) {
      const before = source.firstToken - 1;
      if (before > s.firstToken && tokens[before].text === ',' && !isQuoteMark(tokens[before - 1])) {
        return { start: s.start, end: tokens[before].start, kind: 'clause' };
      }
    }
    return { start, end: s.end, kind: this.complementKind(k, s) };
  }

  /**
   * What follows a reporting verb: a clause ("said that …", "said the bill was flawed", "urged
   * Russia to abandon …", "called Russia's actions reckless") — somebody's reported words — or a
   * plain object ("conceded few boundaries", "reported a blowout quarter") — the writer's words.
   */
  private complementKind(k: number, s: Sentence): Report['content']['kind'] {
    const { tokens } = this;
    const t = tokens[k];
    if (!t || k >= s.endToken) return 'object';
    if (CLAUSE_STARTERS.has(t.lower)) return 'clause';
    if (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return 'clause';
    // A noun phrase, then what it is followed by.
    let m = k;
    if (t.pos === 'PRON' && PRONOUNS.has(t.lower)) m++;
    else {
      // "on Russia to …", "for calm": a preposition may open a directive's object.
      if (t.pos === 'ADP' && m + 1 < s.endToken) m++;
      const np = m;
      while (m < s.endToken && (NP_POS.has(tokens[m].pos) || tokens[m].lower === "'s" || tokens[m].lower === '’s' || tokens[m].pos === 'PART' && /^['’]s$/.test(tokens[m].lower) || (m > np && startsUpper(tokens[m].text) && !NOT_NAMES.has(tokens[m].pos)))) m++;
      if (m === np) return 'object';
    }
    // Skip adverbs before the next word ("the bill was clearly flawed" -> was).
    while (m < s.endToken && tokens[m].pos === 'ADV') m++;
    const next = tokens[m];
    if (!next || m >= s.endToken) return 'object';
    if (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.lower))) return 'clause'; // "said the bill was flawed", "said Russia opposes"
    if (next.lower === 'to' && tokens[m + 1]?.pos === 'VERB') return 'clause'; // "urged Russia to abandon"
    if (next.pos === 'ADJ') return 'clause'; // "called Russia's actions reckless"
    return 'object';
  }

  /** The first noun phrase of a sentence (after an introductory phrase ending in a comma), before `limit`. */
  private sentenceSubject(s: Sentence, limit: number): Source | undefined {
    const { tokens } = this;
    let i = s.firstToken;
    while (i < limit && tokens[i].type !== 'word') i++;
    if (tokens[i]?.pos === 'ADP' || tokens[i]?.pos === 'SCONJ') {
      while (i < limit && tokens[i].text !== ',') i++;
      i++;
    }
    if (i >= limit) return undefined;
    const np = this.nounPhraseRight(i, s);
    return np && np.endToken <= limit ? np : undefined;
  }

  /** Nothing but a short adjunct follows the verb: "..., he said on Tuesday." */
  private endsSentence(v: number, s: Sentence): boolean {
    let words = 0;
    for (let k = v + 1; k < s.endToken; k++) {
      const t = this.tokens[k];
      if (isQuoteMark(t) || CLAUSE_STARTERS.has(t.lower) || t.text === ':') return false;
      if (t.type === 'word' && ++words > 6) return false;
    }
    return true;
  }

  private nounPhraseLeft(j: number, s: Sentence): Source | undefined {
    const { tokens } = this;
    if (j < s.firstToken) return undefined;
    if (tokens[j].pos === 'PRON' && PRONOUNS.has(tokens[j].lower)) return this.source(j, j + 1, 'pronoun');
    let end = j + 1;
    let start = end;
    const take = (k: number) => {
      const t = tokens[k];
      if (NP_POS.has(t.pos) || t.lower === "'s" || t.lower === '’s' || t.text === '-' || (t.pos === 'PART' && /^['’]s$/.test(t.lower))) return true;
      // "his own party", "their supporters": a possessive opens the noun phrase.
      if (POSSESSIVES.has(t.lower) && k + 1 < end && NP_POS.has(tokens[k + 1].pos)) return true;
      if ((t.lower === 'of' || t.lower === 'and' || t.lower === '&' || t.lower === 'for') && k > s.firstToken && k + 1 < end && (NP_POS.has(tokens[k - 1].pos)) && NP_POS.has(tokens[k + 1].pos)) return true;
      if (t.type === 'word' && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.pos)) return true;
      // Right after a closing quotation (`,” Grant said`) a capitalised word is a name whatever its tag.
      if (t.type === 'word' && /^\p{Lu}/u.test(t.text) && k - 1 >= s.firstToken && (isQuoteMark(tokens[k - 1]) || (tokens[k - 1].text === ',' && isQuoteMark(tokens[k - 2])))) return true;
      return false;
    };
    while (start - 1 >= s.firstToken && take(start - 1)) start--;
    // A part of a group: "some in the business community", "many among the protesters".
    if (start - 2 >= s.firstToken && ['in', 'among', 'within', 'at', 'on'].includes(tokens[start - 1].lower) && PARTITIVES.has(tokens[start - 2].lower)) start -= 2;
    // A post-modified noun: "a person familiar with the matter", "analysts polled by FactSet",
    // "observers in Seoul", "analysts at Goldman Sachs".
    for (let hops = 0; hops < 2; hops++) {
      const prep = start - 1;
      if (prep - 1 < s.firstToken || tokens[prep].pos !== 'ADP') break;
      let head = prep - 1;
      if (['ADJ', 'VERB'].includes(tokens[head].pos) && head - 1 >= s.firstToken) head--;
      else if (!PP_HEADS.has(tokens[prep].lower)) break;
      if (!['NOUN', 'PROPN'].includes(tokens[head].pos)) break;
      start = head;
      while (start - 1 >= s.firstToken && take(start - 1)) start--;
    }
    // Appositive: "Fenn, 71, a retired machinist, said" / "Kress, the finance chief, said".
    for (let hops = 0; hops < 2 && start < end; hops++) {
      const comma = start - 1;
      if (comma - 1 < s.firstToken || tokens[comma].text !== ',') break;
      const first = tokens[start];
      const beforeComma = tokens[comma - 1];
      if (!(first.pos === 'DET' || first.pos === 'NUM') || !(isNameToken(beforeComma, s.firstToken) || beforeComma.pos === 'NUM')) break;
      let k = comma;
      while (k - 1 >= s.firstToken && take(k - 1)) k--;
      if (k === comma) break;
      start = k;
    }
    if (start >= end) return undefined;
    // Trim leading determiners-only or adverbial junk.
    while (start < end && tokens[start].type !== 'word') start++;
    if (start >= end) return undefined;
    return this.source(start, end, this.hasName(start, end, s) ? 'name' : 'nominal');
  }

  /** `headFirst`: the phrase must be a noun phrase, so its first word counts whatever its tag ("according to police"). */
  private nounPhraseRight(k: number, s: Sentence, headFirst = false): Source | undefined {
    const { tokens } = this;
    while (k < s.endToken && tokens[k].pos === 'SPACE') k++;
    if (k >= s.endToken) return undefined;
    if (tokens[k].pos === 'PRON' && PRONOUNS.has(tokens[k].lower)) return this.source(k, k + 1, 'pronoun');
    const start = k;
    // "said their granddaughter, Keisha Gaines-Mott": a possessive opens the noun phrase.
    if (POSSESSIVES.has(tokens[k].lower)) k++;
    while (k < s.endToken) {
      const t = tokens[k];
      const name = t.type === 'word' && /^\p{Lu}/u.test(t.text);
      if (NP_POS.has(t.pos) || name || t.lower === "'s" || t.lower === '’s' || t.text === '-') { k++; continue; }
      if (headFirst && k === start && t.type === 'word' && (t.pos === 'VERB' || t.pos === 'ADV')) { k++; continue; }
      if (NP_LINKS.has(t.lower) && k + 1 < s.endToken && (NP_POS.has(tokens[k + 1].pos) || /^\p{Lu}/u.test(tokens[k + 1].text)) && k > start) { k++; continue; }
      break;
    }
    if (k === start) return undefined;
    return this.source(start, k, this.hasName(start, k, s) ? 'name' : 'nominal');
  }

  private hasName(start: number, end: number, s: Sentence): boolean {
    for (let k = start; k < end; k++) if (isNameToken(this.tokens[k], s.firstToken)) return true;
    // A lone capitalised singular subject opening the sentence is a surname even when it is also a
    // word ("Bush said", "Rice told"); plurals are groups ("Critics said").
    const t = this.tokens[start];
    return end - start === 1 && t.index === s.firstToken && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text) && !/s$/.test(t.text);
  }

  private source(firstToken: number, endToken: number, kind: SourceKind): Source {
    const start = this.tokens[firstToken].start, end = this.tokens[endToken - 1].end;
    const text = this.tokens.slice(firstToken, endToken).map((t, n) => (n ? t.space : '') + t.text).join('');
    return { start, end, firstToken, endToken, kind, text };
  }

  private attributeQuotations() {
    const { quotations, sentences, tokens } = this;
    const reportsBySentence = new Map<number, Report[]>();
    for (const r of this.reports) {
      const list = reportsBySentence.get(r.sentence) ?? [];
      list.push(r);
      reportsBySentence.set(r.sentence, list);
    }
    const sentenceAt = (offset: number) => {
      let lo = 0, hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid].end < offset) lo = mid + 1;
        else if (sentences[mid].start > offset) hi = mid - 1;
        else return mid;
      }
      return Math.min(lo, sentences.length - 1);
    };
    const withSource = (list: Report[] | undefined) => list?.find((r) => r.source);
    for (const q of quotations) {
      let speaker: Report | undefined;
      if (sentences.length) {
        const first = sentenceAt(q.start), last = sentenceAt(Math.max(q.start, q.end - 1));
        // 1. A report in the sentences the quotation spans, or the one it ends or starts.
        for (let s = Math.max(0, first); s <= last && !speaker; s++) speaker = withSource(reportsBySentence.get(s));
        // 2. A colon introduction: "Juncker welcomed the agreement on Twitter: ..." -> the sentence's subject.
        if (!speaker) speaker = this.colonIntroduction(q, first);
        // 3. The adjoining sentences and the rest of the paragraph.
        const block = q.block;
        if (!speaker) {
          for (const s of [first - 1, last + 1]) {
            if (s >= 0 && s < sentences.length && sentences[s].block === block) speaker = withSource(reportsBySentence.get(s));
            if (speaker) break;
          }
        }
        if (!speaker) {
          for (let s = 0; s < sentences.length && !speaker; s++) if (sentences[s].block === block) speaker = withSource(reportsBySentence.get(s));
        }
        // 4. A paragraph ending with a colon introduces the quotation paragraph after it.
        if (!speaker && block > 0) {
          const prev = this.blocks[block - 1];
          const lastTok = tokens.filter((t) => t.end <= prev.end && t.start >= prev.start).pop();
          if (lastTok?.text === ':') {
            for (let s = sentences.length - 1; s >= 0 && !speaker; s--) if (sentences[s].block === block - 1) speaker = withSource(reportsBySentence.get(s));
          }
        }
      }
      // 5. The multi-paragraph convention: a continuation has its opening paragraph's speaker.
      if (!speaker && q.continues !== undefined) speaker = this.speakers[q.continues];
      this.speakers[q.index] = speaker;
    }
    // An opening paragraph whose continuation is attributed is attributed too, back along the chain.
    for (let i = quotations.length - 1; i >= 0; i--) {
      const q = quotations[i];
      if (q.continues !== undefined && this.speakers[q.index] && !this.speakers[q.continues]) this.speakers[q.continues] = this.speakers[q.index];
    }
  }

  private colonIntroduction(q: Quotation, sentence: number): Report | undefined {
    const s = this.sentences[sentence];
    if (!s) return undefined;
    const { tokens } = this;
    let k = s.firstToken;
    while (k < s.endToken && tokens[k].end <= q.start) k++;
    const before = tokens[k - 1];
    const colon = before && (before.text === ':' || (isQuoteMark(before) && tokens[k - 2]?.text === ':')) ? before : undefined;
    if (!colon || k - 1 <= s.firstToken) return undefined;
    // The subject: the first noun phrase of the sentence.
    let i = s.firstToken;
    while (i < s.endToken && tokens[i].type !== 'word') i++;
    const source = this.nounPhraseRight(i, s);
    if (!source) return undefined;
    return {
      sentence: s.index,
      verb: tokens[Math.min(source.endToken, s.endToken - 1)],
      verbEnd: tokens[Math.min(source.endToken, s.endToken - 1)].end,
      lemma: ':',
      kind: 'speech',
      source,
      content: { start: q.start, end: q.end, kind: 'quote' },
      passive: false,
    };
  }
}
