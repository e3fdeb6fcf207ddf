// Sentences, tokens, lemmas and parts of speech from wink-nlp with its
// English light web model: pure JavaScript (so it runs in a web worker too), a few
// milliseconds per 1,000 words with tagging. The model is loaded once, on first use.
import winkNLP from 'wink-nlp';
// The model's parts, taken one by one (dist/model.js, less two): see englishModel() below.
import loadCore from 'wink-eng-lite-web-model/dist/load-core-model.js';
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadNegation from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import { BoundedCache, registerCache } from './bounded-cache';

export interface Token {
  /** Index in Doc.tokens. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Lower-cased lemma ("slammed" -> "slam"). */
  lemma: string;
  /** Universal POS tag (NOUN, VERB, PROPN, ADJ, ADV, PUNCT, NUM, ...). */
  pos: string;
  /** wink token type: word, number, punctuation, symbol, url, email, emoji, ... */
  type: string;
  sentence: number;
  /** Whitespace before the token (in the prose text). */
  space: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  block: number;
}

// wink's types are loose; the few calls below are checked by tests instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Wink = any;
/**
 * wink-eng-lite-web-model as its dist/model.js assembles it, except the named-entity and
 * sentiment models: wink loads every model whatever the pipe asks for, and those two (570 KB of
 * JSON, parsed twice) would be read at every start only to sit unused. Empty machines stand in
 * for them; the pipe below never runs them.
 */
function englishModel(): Wink {
  const model = Object.create(null);
  model.core = loadCore;
  model.sbd = loadSbd;
  model.pos = loadPos;
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = loadNegation;
  model.sa = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
  model.metaCER = loadCerMeta;
  model.featureFn = featureFn;
  model.addons = Object.create(null);
  model.addons.stem = stem;
  model.addons.lemmatize = lemmatize;
  model.addons.readabilityStats = readabilityStats;
  model.addons.wordVectors = undefined;
  return model;
}
/** An automaton with no states, in the form wink's importJSON reads. */
const EMPTY_MACHINE = JSON.stringify([0, 0, {}, {}, {}, {}]);

let nlp: Wink | undefined;
function instance(): Wink {
  // Named-entity recognition is left out: it more than doubled the cost and the rules read
  // numbers, dates and names themselves.
  nlp ??= winkNLP(englishModel(), ['sbd', 'pos']);
  return nlp;
}

let lexicon: Wink | undefined;
const dictionary = registerCache(new Map<string, boolean>());
/**
 * Whether a word (any case) is in the model's English lexicon: "political" is, "Goldman" and
 * "Blinken" are not. Tells a capitalised sentence-initial word from a name.
 */
export function isDictionaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = dictionary.get(lower);
  if (known === undefined) {
    lexicon ??= instance().readDoc('');
    // isOOV, not isLexeme: the cache also learns every unknown word it reads.
    known = !lexicon.isOOV(lower);
    if (dictionary.size >= 50_000) dictionary.clear();
    dictionary.set(lower, known);
  }
  return known;
}

/**
 * A block's tokens and sentences as a document first read them: the same objects, with the offset,
 * first token index and first sentence index they were read at.
 */
interface BlockAnalysis {
  offset: number;
  firstToken: number;
  firstSentence: number;
  tokens: Token[];
  sentences: Sentence[];
}

// The language server re-lints a draft on every edit, and an edit changes one paragraph: the
// other paragraphs' analyses are taken from here. Bounded by the text it holds.
const analyses = new BoundedCache<BlockAnalysis>(400_000, (text) => text.length);

/**
 * Analyses one block of prose (`text` is the block's slice of the prose layout, starting at
 * `offset` in the document) and appends its tokens and sentences.
 */
export function analyseBlock(text: string, offset: number, block: number, tokens: Token[], sentences: Sentence[]): void {
  const known = analyses.get(text);
  if (!known) {
    // Read straight into the document's arrays; the cache keeps the same objects.
    const firstToken = tokens.length, firstSentence = sentences.length;
    readBlock(text, offset, block, tokens, sentences);
    analyses.set(text, { offset, firstToken, firstSentence, tokens: tokens.slice(firstToken), sentences: sentences.slice(firstSentence) });
    return;
  }
  // Read before: copies, moved to where the block is now.
  const shift = offset - known.offset;
  const tokenShift = tokens.length - known.firstToken;
  const sentenceShift = sentences.length - known.firstSentence;
  for (const t of known.tokens) {
    tokens.push({ index: t.index + tokenShift, start: t.start + shift, end: t.end + shift, text: t.text, lower: t.lower, lemma: t.lemma, pos: t.pos, type: t.type, sentence: t.sentence + sentenceShift, space: t.space });
  }
  for (const s of known.sentences) {
    sentences.push({ index: s.index + sentenceShift, start: s.start + shift, end: s.end + shift, firstToken: s.firstToken + tokenShift, endToken: s.endToken + tokenShift, block });
  }
}

const LETTER_END = /\p{L}$/u, LETTER_START = /^\p{L}/u, NON_ASCII_END = /[^\x00-\x7f]$/, NON_ASCII_START = /^[^\x00-\x7f]/;
/** Two letter runs that touch, where the boundary involves a letter outside ASCII. */
function splitAtNonAsciiLetter(before: string, after: string): boolean {
  return LETTER_END.test(before) && LETTER_START.test(after) && (NON_ASCII_END.test(before) || NON_ASCII_START.test(after));
}

/** Runs wink on one block and appends its tokens and sentences (offsets in the document). */
function readBlock(text: string, offset: number, block: number, out: Token[], outSentences: Sentence[]): void {
  const w = instance();
  const its = w.its;
  const doc = w.readDoc(text);
  const all = doc.tokens();
  const values: string[] = all.out(its.value);
  const spaces: string[] = all.out(its.precedingSpaces);
  const pos: string[] = all.out(its.pos);
  const lemmas: string[] = all.out(its.lemma);
  const types: string[] = all.out(its.type);
  const base = out.length;
  const firstSentence = outSentences.length;
  // wink's token index -> ours (a token it could not place is skipped).
  const ours: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    // wink sometimes emits an empty token (between two full stops, "budget..Harwell"): nothing to read.
    if (!values[i]) {
      ours.push(-1);
      continue;
    }
    // wink reproduces the text exactly from values and preceding spaces; if a token ever does not
    // sit where expected, find it, so offsets stay true.
    let start = at;
    if (!text.startsWith(values[i], at)) {
      const found = text.indexOf(values[i], at);
      if (found < 0) {
        ours.push(-1);
        continue;
      }
      start = found;
    }
    const end = start + values[i].length;
    at = end;
    // wink splits a word at a letter outside ASCII ("Jokić" -> "Joki" + "ć", "Nausėda" -> three
    // pieces); glue such pieces back into one word, keeping the first piece's tag.
    const prev = out.length > base ? out[out.length - 1] : undefined;
    if (prev && prev.end === offset + start && splitAtNonAsciiLetter(prev.text, values[i])) {
      prev.end = offset + end;
      prev.text += values[i];
      prev.lower = prev.text.toLowerCase();
      // A capitalised word with letters outside ASCII is, in English copy, a name.
      if (prev.pos === 'X' || /^\p{Lu}/u.test(prev.text)) prev.pos = 'PROPN';
      prev.lemma = prev.pos === 'PROPN' ? prev.lower : prev.lemma + values[i].toLowerCase();
      ours.push(out.length - 1);
      continue;
    }
    ours.push(out.length);
    out.push({ index: out.length, start: offset + start, end: offset + end, text: values[i], lower: values[i].toLowerCase(), lemma: (lemmas[i] ?? values[i]).toLowerCase(), pos: pos[i], type: types[i], sentence: -1, space: spaces[i] });
  }
  doc.sentences().each((s: Wink) => {
    const [first, last] = s.out(its.span) as [number, number];
    let firstToken = -1, endToken = -1;
    for (let k = first; k <= last; k++) if (ours[k] >= 0) { if (firstToken < 0) firstToken = ours[k]; endToken = ours[k] + 1; }
    if (firstToken < 0) return;
    const index = outSentences.length;
    for (let t = firstToken; t < endToken; t++) out[t].sentence = index;
    outSentences.push({ index, start: out[firstToken].start, end: out[endToken - 1].end, firstToken, endToken, block });
  });
  if (outSentences.length === firstSentence && out.length > base) {
    for (let t = base; t < out.length; t++) out[t].sentence = firstSentence;
    outSentences.push({ index: firstSentence, start: out[base].start, end: out[out.length - 1].end, firstToken: base, endToken: out.length, block });
  }
  // Tokens wink left outside every sentence (whitespace runs) join the previous sentence.
  for (let t = base; t < out.length; t++) if (out[t].sentence < 0) out[t].sentence = t > base ? out[t - 1].sentence : firstSentence;
}
