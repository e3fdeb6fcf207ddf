// The loaded-language matcher, run once per document and shared by the six rules (doc.cached).
//
// Every word is looked up in the compiled index by its lemma and its lower-cased text (no scan over
// the entries); a candidate entry must then match the following words, carry the part of speech
// the entry asks for, escape the entry's exceptions (literal senses and fixed phrases), not be part
// of a name (a capitalised word mid-sentence), and sit in the entry's context (a verb of saying, a
// sentence adverb, a label, an attributive adjective). Last comes the voice: nothing inside a
// direct quotation, nothing in the content of a paraphrase attributed to an identified source
// ("Blinken called Russia's actions reckless"), and no label in a sentence that attributes it.
// Where matches overlap, the longest is reported ("undisputed king", not "undisputed").
import type { Doc } from '../../engine/document';
import { analyseBlock, type Sentence, type Token } from '../../engine/nlp';
import { isQuoteMark, type Report } from '../../engine/speech';
import { isVagueSource } from '../attribution/vocabulary';
import { lexicon, type Entry } from './lexicon';

/**
 * A word as the matcher sees it: the engine's token itself (no copy, for speed), or a stand-in
 * for one part of a hyphenated token ("pro-life"), a headline word read again in lower case, or a
 * token with a stray period ("in."). `index` is always the engine token's.
 */
export type Word = Pick<Token, 'index' | 'start' | 'end' | 'text' | 'lower' | 'lemma' | 'pos' | 'sentence' | 'type' | 'space'>;

export interface Match {
  entry: Entry;
  /** Word range [first, end) in `words`. */
  first: number;
  end: number;
  start: number;
  stop: number;
  /** The match is a verb of saying (introduces a quotation or a reported clause). */
  speech: boolean;
}

export interface Analysis {
  words: readonly Word[];
  matches: readonly Match[];
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", '’s', "'re", '’re', "'m", '’m']);
const HAVE = new Set(['have', 'has', 'had', 'having', "'ve", '’ve', "'d", '’d']);
const DO = new Set(['do', 'does', 'did', 'done']);
const CLAUSE_OPENERS = new Set(['—', '–', '-', ':', ';', '(', '"', '“', '‘', "'", '…', '«', '„']);
const NOUNS = new Set(['NOUN', 'PROPN', 'PRON']);
const COORDINATORS = new Set(['and', 'but', 'yet', 'so', 'or']);
// Verbs "clearly", "plainly" and the like modify in manner, not as a comment on the clause.
const MANNER_HEADS = new Set(['see', 'hear', 'show', 'state', 'define', 'mark', 'label', 'explain', 'understand', 'communicate', 'articulate', 'outline', 'identify', 'display', 'read', 'spell', 'remember', 'recall', 'speak', 'write', 'indicate', 'lay', 'set', 'visible', 'audible', 'signpost', 'post', 'print', 'written', 'marked', 'labeled', 'labelled']);

function wordMatches(w: string, x: Word | undefined): boolean {
  if (!x) return false;
  if (w === '*') return true;
  if (x.lemma === w || x.lower === w) return true;
  if (w === 'be') return BE.has(x.lower);
  if (w === 'have') return HAVE.has(x.lower);
  if (w === 'do') return DO.has(x.lower);
  return false;
}

const isHyphen = (w: Word | undefined) => !!w && (w.text === '-' || w.text === '‐');
const attachedBefore = (words: readonly Word[], i: number) => i > 0 && isHyphen(words[i - 1]) && words[i - 1].end === words[i].start;
const attachedAfter = (words: readonly Word[], end: number) => isHyphen(words[end]) && words[end].start === words[end - 1].end;
// Regular expressions are module constants: a Unicode-property literal in a loop costs more than the loop.
const CAPITAL = /^\p{Lu}/u;
const HAS_CAPITAL = /\p{Lu}/u;
const LETTER_START = /^\p{L}/u;
const WORD_AND_PERIOD = /^\p{L}+\.$/u;
const HYPHENATED = /^\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)+$/u;
const SPLIT_HYPHEN = /(-)/;
const isCapitalised = (w: Word) => CAPITAL.test(w.text);
const allCaps = (text: string) => HAS_CAPITAL.test(text) && text === text.toUpperCase();
const startsWithLetter = (text: string) => LETTER_START.test(text);

/** Lower-cases a string without changing its length (so offsets stay true). */
function lowerSameLength(s: string): string {
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const REPORTED_CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);
// Verbs whose object and its complement are the speaker's characterisation: "called the plan reckless".
const NAMING_VERBS = new Set(['call', 'describe', 'brand', 'label', 'dub', 'term', 'consider', 'deem', 'characterize', 'characterise', 'portray', 'find', 'declare', 'judge', 'rate', 'believe', 'think']);

// Verbs of judging whose "of"/"for" phrase is the speaker's charge: "accused Russia of reckless behavior".
const JUDGING_VERBS = new Set(['accuse', 'criticize', 'criticise', 'condemn', 'blame', 'praise', 'fault', 'slam', 'blast', 'thank', 'credit', 'hail', 'denounce', 'chide', 'rebuke', 'attack', 'applaud', 'commend', 'castigate', 'berate', 'lambaste', 'scold', 'reproach', 'charge', 'decry', 'deride', 'mock', 'ridicule']);
// Verbs of official designation that attribute a label: "designated", "listed", "proscribed".
const DESIGNATING = new Set(['designate', 'list', 'classify', 'proscribe', 'blacklist', 'brand', 'label', 'deem']);

class Matcher {
  readonly words: Word[] = [];
  /** The first word of each sentence, by sentence index. */
  private readonly sentenceFirst = new Map<number, number>();
  /** Words written with a capital mid-sentence in the body (names), and in lower case. */
  private readonly bodyCapitalised = new Set<string>();
  private readonly bodyLower = new Set<string>();
  private readonly titleCaseBlocks = new Set<number>();
  private reportByVerb?: Map<number, Report>;
  private attributedSpans?: Map<number, Array<[number, number]>>;
  private attributedSentences?: Map<number, Report[]>;

  constructor(private readonly doc: Doc) {
    this.readWords();
  }

  private readWords() {
    const { doc } = this;
    const retagged = new Map<number, Token>();
    doc.blocks.forEach((b, bi) => {
      if (!b.headline) return;
      const text = doc.prose.slice(b.start, b.end);
      const letters = text.match(/\b\p{L}[\p{L}'’-]*/gu) ?? [];
      const long = letters.filter((w) => w.length > 3);
      const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
      // A title-case or all-caps headline: every word is capitalised, so the tagger reads common
      // words as names. Read it again in lower case for parts of speech and lemmas.
      if (long.length >= 2 && (capitalised / long.length >= 0.6 || allCaps(text))) {
        this.titleCaseBlocks.add(bi);
        const tokens: Token[] = [];
        analyseBlock(lowerSameLength(text), b.start, bi, tokens, []);
        for (const t of tokens) retagged.set(t.start * 1000 + (t.end - t.start), t);
      }
    });
    for (const s of doc.sentences) {
      const headline = !!doc.blocks[s.block]?.headline;
      this.sentenceFirst.set(s.index, this.words.length);
      for (let k = s.firstToken; k < s.endToken; k++) {
        const t = doc.tokens[k];
        if (t.pos === 'SPACE' || !t.text.trim()) continue;
        const again = headline ? retagged.get(t.start * 1000 + (t.end - t.start)) : undefined;
        const stray = t.type === 'word' && t.text.endsWith('.') && WORD_AND_PERIOD.test(t.text);
        const parts = t.type === 'word' && t.text.includes('-') && HYPHENATED.test(t.text) ? t.text.split(SPLIT_HYPHEN) : undefined;
        if (!again && !stray && !parts) {
          this.words.push(t);
          continue;
        }
        const pos = again?.pos ?? t.pos;
        let lemma = again?.lemma ?? t.lemma;
        let lower = t.lower;
        // "in." at a sentence end is sometimes one token.
        if (stray) {
          lower = lower.slice(0, -1);
          if (lemma.endsWith('.')) lemma = lemma.slice(0, -1);
        }
        if (!parts) {
          this.words.push({ ...t, lower, lemma, pos });
          continue;
        }
        // A hyphenated token ("pro-life", "un-American") is matched as its parts, as the lexicon
        // writes hyphens as words of their own.
        const lemmaParts = lemma.split(SPLIT_HYPHEN);
        let at = t.start;
        parts.forEach((p, n) => {
          const pl = p.toLowerCase();
          this.words.push({
            index: t.index, start: at, end: at + p.length, text: p, lower: pl,
            lemma: n === parts.length - 1 && lemmaParts.length === parts.length ? lemmaParts[n] : pl,
            pos: p === '-' ? 'PUNCT' : pos, sentence: s.index, type: p === '-' ? 'punctuation' : 'word', space: n ? '' : t.space,
          });
          at += p.length;
        });
      }
    }
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i];
      if (this.inHeadline(w) || !startsWithLetter(w.text)) continue;
      if (!isCapitalised(w)) this.bodyLower.add(w.lower);
      else if (!this.clauseStart(i) && !allCaps(w.text)) this.bodyCapitalised.add(w.lower);
    }
  }

  inHeadline(w: Word): boolean {
    return !!this.doc.blocks[this.doc.sentences[w.sentence].block]?.headline;
  }

  /** The word opens a clause: the sentence's first word, or after a dash, colon or opening quote. */
  private clauseStart(i: number): boolean {
    const w = this.words[i];
    if (this.sentenceFirst.get(w.sentence) === i) return true;
    const prev = this.words[i - 1];
    // A hyphen opens a clause only as a spaced dash ("Kyiv - Clearly"), not inside "Pro-Life".
    return !!prev && CLAUSE_OPENERS.has(prev.text) && !(isHyphen(prev) && prev.end === w.start);
  }

  private isTitleCase(w: Word): boolean {
    return this.titleCaseBlocks.has(this.doc.sentences[w.sentence].block);
  }

  /** A capitalised word mid-sentence is a name ("Heroic Age", "Chaos Computer Club"), not the word. */
  private isName(i: number): boolean {
    const w = this.words[i];
    if (!isCapitalised(w)) return false;
    if (this.isTitleCase(w)) return this.bodyCapitalised.has(w.lower) && !this.bodyLower.has(w.lower);
    if (allCaps(w.text) && w.text.length > 3) return false;
    return !this.clauseStart(i);
  }

  run(): Match[] {
    const { words } = this;
    const { index } = lexicon();
    const found: Match[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!startsWithLetter(w.text)) continue;
      // Entries under the lemma, then those under the lower-cased text (each once); most words have none.
      const byLemma = index.get(w.lemma);
      const byLower = w.lower !== w.lemma ? index.get(w.lower) : undefined;
      if (byLemma) {
        for (const e of byLemma) {
          const m = this.matchEntry(e, i);
          if (m) found.push(m);
        }
      }
      if (byLower) {
        for (const e of byLower) {
          if (byLemma?.includes(e)) continue;
          const m = this.matchEntry(e, i);
          if (m) found.push(m);
        }
      }
    }
    // Longest first at each start; a match overlapping one already kept is dropped.
    found.sort((a, b) => a.first - b.first || b.end - a.end);
    const kept: Match[] = [];
    let covered = -1;
    for (const m of found) {
      if (m.first < covered) continue;
      kept.push(m);
      covered = m.end;
    }
    return kept;
  }

  private matchEntry(e: Entry, i: number): Match | undefined {
    const { words, doc } = this;
    const w = words[i];
    if (!(w.lemma === e.words[0] || w.lower === e.words[0] || e.forms.has(w.lower))) return undefined;
    const end = i + e.words.length;
    for (let j = 1; j < e.words.length; j++) {
      const x = words[i + j];
      if (!x || x.sentence !== w.sentence) return undefined;
      // A phrase's last word in the plural, which the tagger left unlemmatised ("anti-vaxxers").
      const plural = j === e.words.length - 1 && x.pos !== 'VERB' && x.pos !== 'AUX' && x.lower === `${e.words[j]}s`;
      if (!plural && !wordMatches(e.words[j], x)) return undefined;
    }
    // Not a piece of a larger compound: "anti-terrorist", "crush-proof".
    if (attachedBefore(words, i) || attachedAfter(words, end)) return undefined;
    if (!this.posOk(e, i, end)) return undefined;
    for (let k = i; k < end; k++) if (startsWithLetter(words[k].text) && this.isName(k)) return undefined;
    if (this.excepted(e, i)) return undefined;
    // A verb of defeat with the score is a sports result ("crushed the Red Sox 12-2").
    if (e.alternatives.includes('defeat') && this.scoreFollows(end)) return undefined;
    const speech = e.kind === 'said-synonym' ? this.isSpeech(i, end, e.context !== 'speech') : false;
    if (!this.contextOk(e, i, end, speech)) return undefined;
    if (e.factualSubjects && this.factualSubject(i, e.factualSubjects)) return undefined;
    const start = w.start, stop = words[end - 1].end;
    if (doc.isQuoted(start, stop)) return undefined;
    if (this.attributed(e, start)) return undefined;
    return { entry: e, first: i, end, start, stop, speech };
  }

  /**
   * The verb's subject is one of `nouns` ("reporter John Carreyrou revealed", "an investigation by
   * the newspaper revealed", "documents revealed"): a noun among the words before the verb, back to
   * the start of its clause.
   */
  private factualSubject(i: number, nouns: readonly string[]): boolean {
    const { words } = this;
    const w = words[i];
    // Read back to the verb's subject. A verb coordinated with an earlier one ("A wall gave way ...
    // and crushed huts") shares its subject: the earlier predicate (its object included) is skipped.
    let inPredicate = false, coordinated = false;
    for (let k = i - 1, n = 0; k >= 0 && n < 16 && words[k].sentence === w.sentence; k--, n++) {
      const x = words[k];
      if (x.text === ';' || x.lower === 'that' || x.pos === 'SCONJ') break;
      if (x.text === ',' && !inPredicate) break;
      if (x.pos === 'VERB') {
        if (!inPredicate) break;
        inPredicate = false;
        coordinated = true;
        continue;
      }
      if (!coordinated && !inPredicate && (x.lower === 'and' || x.lower === 'or') && k === i - 1) { inPredicate = true; continue; }
      if (inPredicate) continue;
      if ((x.pos === 'NOUN' || x.pos === 'PROPN') && (nouns.includes(x.lemma) || nouns.includes(x.lower))) return true;
    }
    return false;
  }

  private scoreFollows(end: number): boolean {
    const { words } = this;
    const sentence = words[end - 1].sentence;
    for (let k = end; k < words.length && k < end + 10 && words[k].sentence === sentence; k++) {
      const w = words[k];
      if (/^\d+[-–]\d+$/.test(w.text)) return true;
      if (/^\d+$/.test(w.text) && /^[-–]$/.test(words[k + 1]?.text ?? '') && /^\d+$/.test(words[k + 2]?.text ?? '')) return true;
      if (w.text === ';' || w.pos === 'VERB') return false;
    }
    return false;
  }

  private posOk(e: Entry, i: number, end: number): boolean {
    if (!e.pos) return true;
    const w = this.words[i];
    if (e.pos.includes(w.pos)) return true;
    const next = this.words[end];
    // The tagger reads a capitalised sentence-initial word as a name ("Clearly, ...", "Brutal heat").
    if (w.pos === 'PROPN' && this.clauseStart(i)) {
      // ... also before a name: "Embattled Boeing said".
      if (e.pos.includes('ADJ') && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || (next.pos === 'PROPN' && isCapitalised(next)))) return true;
      if (e.pos.includes('ADV') && next && !['VERB', 'AUX', 'PART'].includes(next.pos)) return true;
    }
    const prev = this.words[i - 1]?.sentence === w.sentence ? this.words[i - 1] : undefined;
    // An adjective before a noun phrase that the tagger read as a noun: "a spectacle of callous
    // civic neglect".
    if (e.pos.includes('ADJ') && !e.pos.includes('NOUN') && w.pos === 'NOUN' && end === i + 1 && prev && ['DET', 'ADP', 'ADJ'].includes(prev.pos) && next && next.sentence === w.sentence && next.pos === 'ADJ' && this.words[end + 1]?.pos === 'NOUN') return true;
    const afterSubject = !!prev && NOUNS.has(prev.pos);
    // ... a past tense after its subject as an adjective ("Zelenskyy fumed that ...") ...
    if (e.pos.includes('VERB') && w.pos === 'ADJ' && /ed$/.test(w.lower)) {
      if (afterSubject && !(next && next.pos === 'NOUN')) return true;
    }
    // ... an -ing form with an object as a noun ("..., trouncing her main rival") ...
    if (e.pos.includes('VERB') && w.pos === 'NOUN' && /ing$/.test(w.lower) && e.forms.has(w.lower) && next && ['DET', 'PRON', 'PROPN', 'NUM'].includes(next.pos)) return true;
    // ... and an inflected verb after its subject in a headline as a noun ("Senator slams
    // spending bill"), or before "that" ("Investors fear that ...").
    if (e.pos.includes('VERB') && (w.pos === 'NOUN' || w.pos === 'PROPN') && w.lower !== e.words[0] && e.forms.has(w.lower) && afterSubject) {
      if (this.inHeadline(w) || (next && (next.lower === 'that' || next.text === ':'))) return true;
    }
    return false;
  }

  private excepted(e: Entry, i: number): boolean {
    const { words } = this;
    const sentence = words[i].sentence;
    for (const x of e.exceptions) {
      let ok = true;
      for (let j = 0; j < x.words.length && ok; j++) {
        if (j >= x.at && j < x.at + e.words.length) continue;
        const k = i - x.at + j;
        const w = words[k];
        if (k < 0 || !w || w.sentence !== sentence || !wordMatches(x.words[j], w)) ok = false;
      }
      if (ok) return true;
    }
    return false;
  }

  private reports(): Map<number, Report> {
    if (!this.reportByVerb) {
      this.reportByVerb = new Map();
      for (const r of this.doc.reports) this.reportByVerb.set(r.verb.index, r);
    }
    return this.reportByVerb;
  }

  /**
   * A verb of saying: it introduces a quotation, a colon, a that-clause or a reported clause, or
   * ends an attribution tag ('"No," she snapped.'). "Claimed responsibility", "admitted to
   * hospital" and "vowed to" + action are not speech.
   */
  private isSpeech(i: number, end: number, loose: boolean): boolean {
    const { words } = this;
    const w = words[i];
    const r = this.reports().get(w.index);
    if (r && !r.passive) {
      const kind = r.content.kind === 'quote' ? 'finite' : this.contentKind(r);
      if (kind === 'finite') return true;
    }
    const next = words[end];
    if (next && next.sentence === w.sentence) {
      if (next.lower === 'that' || next.text === ':' || isQuoteMark(next)) return true;
      if (next.text === ',' && words[end + 1] && isQuoteMark(words[end + 1])) return true;
    }
    // After a short adverbial: "boasted on social media: ...", "fumed on Twitter that ...".
    let inPhrase = false;
    for (let k = end; k < words.length && k < end + 12 && words[k].sentence === w.sentence; k++) {
      const x = words[k];
      if (x.text === ':' || (isQuoteMark(x) && this.doc.isQuoted(x.end))) return true;
      if (x.lower === 'that' && x.pos === 'SCONJ') return true;
      // "gushed about his captain, saying ...".
      // Not for verbs loaded only as speech: "conceded in a speech, saying ..." concedes the race.
      if (loose && x.text === ',' && ['saying', 'adding', 'telling', 'declaring'].includes(words[k + 1]?.lower ?? '')) return true;
      if (x.pos === 'ADP') inPhrase = true;
      else if (x.pos === 'ADV' || x.pos === 'PROPN' || x.pos === 'NUM') continue;
      else if (!(inPhrase && (x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'DET' || x.pos === 'PRON'))) break;
    }
    // '"...," she snapped.' / '"...," snapped Fenn.'
    const first = this.sentenceFirst.get(w.sentence) ?? i;
    for (let k = i - 1; k >= first && k >= i - 4; k--) {
      if (isQuoteMark(words[k]) && this.doc.isQuoted(words[k].start)) return true;
      if (words[k].text === '.' || words[k].text === ';') break;
    }
    return false;
  }

  private contextOk(e: Entry, i: number, end: number, speech: boolean): boolean {
    const { words } = this;
    const w = words[i];
    const prev = words[i - 1]?.sentence === w.sentence ? words[i - 1] : undefined;
    const next = words[end]?.sentence === w.sentence ? words[end] : undefined;
    switch (e.context) {
      case 'any':
        return true;
      case 'speech':
        return speech;
      case 'sentence-adverb': {
        if (!prev || this.clauseStart(i)) return true;
        if (prev.text === ',' || next?.text === ',') return true;
        if (COORDINATORS.has(prev.lower) && this.clauseStart(i - 1)) return true;
        if (!next) return false;
        if (next.pos === 'ADJ' || next.pos === 'ADV' || MANNER_HEADS.has(next.lemma) || MANNER_HEADS.has(next.lower)) return false;
        // Between the subject and its verb: "he clearly lied".
        if (NOUNS.has(prev.pos) && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
        // After an auxiliary: "is clearly cooling", "will clearly need", "is clearly the best";
        // not a passive participle ("was clearly marked").
        if (prev.pos === 'AUX') {
          if (next.pos === 'VERB' && BE.has(prev.lower) && !/ing$/.test(next.lower)) return false;
          return next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'DET' || next.pos === 'PART';
        }
        return false;
      }
      case 'label':
        // A name for a person, group or government, not a compound with a common noun ("tax regime", "cult film").
        if (prev && prev.pos === 'NOUN' && !isCapitalised(prev)) return false;
        if (next && next.pos === 'NOUN' && !isCapitalised(next)) return false;
        return true;
      case 'attributive':
        return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.text === '$');
      default:
        return true;
    }
  }

  /**
   * The judgement is somebody else's: inside the content of a paraphrase attributed to an
   * identified source, or (for labels) anywhere in a sentence that attributes it.
   */
  private attributed(e: Entry, offset: number): boolean {
    this.readAttribution();
    const s = this.doc.sentenceAt(offset);
    if (!s) return false;
    if (e.kind === 'labels') {
      // A report in the sentence attributes the label, unless the label names its source ("The
      // terrorist group said ...").
      if ((this.attributedSentences!.get(s.index) ?? []).some((r) => !(r.source!.start <= offset && offset < r.source!.end))) return true;
      if (this.designated(s, offset)) return true;
    }
    return (this.attributedSpans!.get(s.index) ?? []).some(([a, b]) => a <= offset && offset < b);
  }

  /** An official designation earlier in the sentence: "The U.S. designated Hamas a terrorist organization". */
  private designated(s: Sentence, offset: number): boolean {
    for (let k = s.firstToken; k < s.endToken && this.doc.tokens[k].start < offset; k++) {
      if (DESIGNATING.has(this.doc.tokens[k].lemma) && this.doc.tokens[k].pos === 'VERB' && !this.doc.isQuoted(this.doc.tokens[k].start)) return true;
    }
    return false;
  }

  private readAttribution() {
    if (this.attributedSpans) return;
    const { doc } = this;
    this.attributedSpans = new Map();
    this.attributedSentences = new Map();
    for (const r of doc.reports) {
      if (!r.source || doc.isQuoted(r.verb.start) || isVagueSource(doc, r.source)) continue;
      const s = doc.sentences[r.sentence];
      const inSentence = this.attributedSentences.get(r.sentence) ?? [];
      inSentence.push(r);
      this.attributedSentences.set(r.sentence, inSentence);
      let span: [number, number] | undefined;
      const kind = r.content.kind === 'quote' ? 'finite' : this.contentKind(r);
      if (kind !== 'object') {
        let start = r.content.start;
        // "according to" sources the facts of the writer's sentence, not its descriptions: "The
        // monstrous storm came ashore ..., according to the hurricane center". Only the predicate
        // is attributed.
        if (r.lemma === 'according to') start = this.predicateStart(s, start, r.content.end);
        span = [start, this.clauseEnd(s, start, r.content.end)];
      }
      else {
        // "blasted the process as a sham", "dismissed the report as bogus", "accused Russia of
        // reckless behavior": the characterisation is theirs.
        const judging = JUDGING_VERBS.has(r.lemma);
        const as = this.findToken(s, r.content.start, r.content.end, (t) => (t.lower === 'as' || (judging && (t.lower === 'of' || t.lower === 'for'))) && !this.clauseFollows(t.index));
        if (as) {
          const comma = this.findToken(s, as.end, r.content.end, (t) => t.text === ',');
          span = [as.end, comma ? comma.start : this.clauseEnd(s, as.end, r.content.end)];
        }
      }
      if (!span || span[1] <= span[0]) continue;
      const list = this.attributedSpans.get(r.sentence) ?? [];
      list.push(span);
      this.attributedSpans.set(r.sentence, list);
    }
  }

  /**
   * What a report's content is: a reported clause ("said [that] the plan was reckless", "claimed
   * that"), an infinitive ("urged Russia to abandon its reckless actions"), a small clause after a
   * verb of naming ("called Russia's actions reckless"), or a plain object ("reported a blowout
   * quarter", "declared a state of emergency that ...").
   */
  contentKind(r: Report): 'finite' | 'infinitive' | 'small' | 'object' {
    const { tokens } = this.doc;
    const s = this.doc.sentences[r.sentence];
    let k = s.firstToken;
    while (k < s.endToken && tokens[k].start < r.content.start) k++;
    const first = tokens[k];
    if (!first || first.start >= r.content.end) return 'object';
    // A participial phrase after a comma is the writer's ("..., capping a disastrous year").
    const before = tokens[k - 1];
    if (before && k - 1 >= s.firstToken && before.text === ',' && first.pos === 'VERB' && /ing$/.test(first.lower) && r.content.start > r.verb.start) return 'object';
    // "With 649 of the 650 constituencies declared, Labour had won": a comma between the verb and
    // what follows it ends the verb's clause.
    if (r.content.start > r.verb.start && !isQuoteMark(first)) {
      for (let i = r.verb.index + 1; i < k; i++) if (tokens[i].text === ',') return 'object';
    }
    if (REPORTED_CLAUSE_OPENERS.has(first.lower)) return 'finite';
    if (isQuoteMark(first) && this.doc.isQuoted(first.end)) return 'finite';
    // "said before the tournament that ...", "said in a statement that ...": a phrase of time or
    // place, then the reported clause ("that" then its subject; "a statement that was" is relative).
    if (first.pos === 'ADP') {
      for (let i = k + 1; i < s.endToken && i < k + 8 && tokens[i].start < r.content.end; i++) {
        const t = tokens[i];
        if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') break;
        if (t.lower === 'that') {
          const next = tokens[i + 1];
          if (next && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'PUNCT') return 'finite';
          break;
        }
      }
    }
    let sawNoun = false;
    let sawAdjAfterNoun = false;
    for (let i = k; i < s.endToken && tokens[i].start < r.content.end; i++) {
      const t = tokens[i];
      if (t.pos === 'SPACE') continue;
      if (t.text === ',' || t.text === ';' || t.text === '.' || t.text === '(' || t.text === '—') break;
      if (t.text === ':') return tokens[i + 1] && isQuoteMark(tokens[i + 1]) ? 'finite' : 'object';
      if (RELATIVES.has(t.lower) && i > k && ['NOUN', 'PROPN', 'NUM'].includes(tokens[i - 1].pos)) break;
      // "conceded few boundaries … and India were bowled out": a conjunction after the object
      // starts another clause, not the reported one.
      if (t.pos === 'CCONJ' && sawNoun) break;
      if (t.lower === 'to' && tokens[i + 1]?.pos === 'VERB') return 'infinitive';
      if (t.pos === 'AUX') return 'finite';
      if (t.pos === 'VERB') {
        // "game-changing" is an adjective.
        if (/ing$/.test(t.lower) && tokens[i - 1]?.text === '-' && tokens[i - 1].end === t.start) { if (sawNoun) sawAdjAfterNoun = true; continue; }
        if (/ing$/.test(t.lower)) break;
        return i === k ? 'object' : 'finite';
      }
      // A second noun phrase: "called the results a turning point".
      if (t.pos === 'DET' && sawNoun) sawAdjAfterNoun = true;
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') sawNoun = true;
      else if (t.pos === 'ADJ' && sawNoun) sawAdjAfterNoun = true;
    }
    return sawAdjAfterNoun && NAMING_VERBS.has(r.lemma) ? 'small' : 'object';
  }

  /** Where a clause's predicate begins: its first verb or auxiliary. */
  private predicateStart(s: Sentence, start: number, end: number): number {
    const t = this.findToken(s, start, end, (x) => x.pos === 'VERB' || x.pos === 'AUX');
    return t ? t.start : start;
  }

  /** A verb within three words: "as revenue tripled" opens a clause, "as heinous" does not. */
  private clauseFollows(k: number): boolean {
    const { tokens } = this.doc;
    for (let i = k + 1; i < tokens.length && i <= k + 3 && tokens[i].sentence === tokens[k].sentence; i++) {
      if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
    }
    return false;
  }

  private findToken(s: Sentence, start: number, end: number, test: (t: Token) => boolean): Token | undefined {
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = this.doc.tokens[k];
      if (t.start >= start && t.end <= end && test(t)) return t;
    }
    return undefined;
  }

  /**
   * Where a reported clause ends: at a semicolon, or at a trailing participial phrase after a
   * comma ("Tesla said it delivered 405,278 vehicles, capping a disastrous year"), which is the
   * writer's comment on the report.
   */
  private clauseEnd(s: Sentence, start: number, end: number): number {
    const { tokens } = this.doc;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = tokens[k];
      if (t.start < start) continue;
      if (t.end > end) break;
      if (t.text === ';') return t.start;
      const next = tokens[k + 1];
      if (t.text === ',' && next && next.pos === 'VERB' && /ing$/.test(next.lower) && next.lower !== 'including' && !this.doc.isQuoted(next.start)) return t.start;
    }
    return end;
  }
}

/** The document's loaded-language matches, computed once and shared by the rules. */
export function analyseLoaded(doc: Doc): Analysis {
  return doc.cached('loaded-language/matches', () => {
    const m = new Matcher(doc);
    return { words: m.words, matches: m.run() };
  });
}
