// Sentences, tokens, lemmas and parts of speech from wink-nlp with its
// English light web model: pure JavaScript (so it runs in a web worker too), a few
// milliseconds per 1,000 words with tagging. The model is loaded once, on first use.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
let nlp: Wink | undefined;
function instance(): Wink {
  // Named-entity recognition is left out: it more than doubled the cost and the rules read
  // numbers, dates and names themselves.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

let lexicon: Wink | undefined;
/**
 * Whether a word (any case) is in the model's English lexicon: "political" is, "Goldman" and
 * "Blinken" are not. Tells a capitalised sentence-initial word from a name.
 */
export function isDictionaryWord(word: string): boolean {
  lexicon ??= instance().readDoc('');
  // isOOV, not isLexeme: the cache also learns every unknown word it reads.
  return !lexicon.isOOV(word.toLowerCase());
}

/** Loads the model now (the language server does this at start-up, not on the first keystroke). */
export function warmUp(): void {
  instance();
}

/**
 * Analyses one block of prose (`text` is the block's slice of the prose layout, starting at
 * `offset` in the document) and appends its tokens and sentences.
 */
export function analyseBlock(
  text: string,
  offset: number,
  block: number,
  tokens: Token[],
  sentences: Sentence[],
): void {
  const w = instance();
  const its = w.its;
  const doc = w.readDoc(text);
  const all = doc.tokens();
  const values: string[] = all.out(its.value);
  const spaces: string[] = all.out(its.precedingSpaces);
  const pos: string[] = all.out(its.pos);
  const lemmas: string[] = all.out(its.lemma);
  const types: string[] = all.out(its.type);
  const base = tokens.length;
  const firstSentence = sentences.length;
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    // wink reproduces the text exactly from values and preceding spaces; if a token ever does not
    // sit where expected, find it, so offsets stay true.
    let start = at;
    if (text.startsWith(values[i], at) === false) {
      const found = text.indexOf(values[i], at);
      if (found < 0) continue;
      start = found;
    }
    const end = start + values[i].length;
    at = end;
    tokens.push({
      index: tokens.length,
      start: offset + start,
      end: offset + end,
      text: values[i],
      lower: values[i].toLowerCase(),
      lemma: (lemmas[i] ?? values[i]).toLowerCase(),
      pos: pos[i],
      type: types[i],
      sentence: -1,
      space: spaces[i],
    });
  }
  doc.sentences().each((s: Wink) => {
    const [first, last] = s.out(its.span) as [number, number];
    const firstToken = base + first, endToken = base + last + 1;
    if (endToken <= firstToken || !tokens[firstToken] || !tokens[endToken - 1]) return;
    const index = sentences.length;
    for (let t = firstToken; t < endToken; t++) tokens[t].sentence = index;
    sentences.push({ index, start: tokens[firstToken].start, end: tokens[endToken - 1].end, firstToken, endToken, block });
  });
  if (sentences.length === firstSentence && tokens.length > base) {
    for (let t = base; t < tokens.length; t++) tokens[t].sentence = firstSentence;
    sentences.push({ index: firstSentence, start: tokens[base].start, end: tokens[tokens.length - 1].end, firstToken: base, endToken: tokens.length, block });
  }
  // Tokens wink left outside every sentence (whitespace runs) join the previous sentence.
  for (let t = base; t < tokens.length; t++) {
    if (tokens[t].sentence < 0) tokens[t].sentence = t > base ? tokens[t - 1].sentence : firstSentence;
  }
}
