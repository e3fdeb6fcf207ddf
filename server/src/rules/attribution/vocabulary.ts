// The attribution rules' vocabulary (server/data/attribution.yaml, compiled by
// scripts/data/attribution.mjs) and the matching helpers they share.
import data from '../../../generated/attribution.json';
import type { Doc } from '../../engine/document';
import type { Token, Sentence } from '../../engine/nlp';
import { isNameToken, type Report, type Source } from '../../engine/speech';
import { isPlaceWord } from '../../engine/places';

export type Strength = 'strong' | 'weak';
/** Anonymous-source nouns: "institutional" ones ("officials") speak for their institution. */
export type NounStrength = Strength | 'institutional';

interface Phrase {
  phrase: string;
  words: string[];
  strength?: Strength;
  kind?: string;
}

export const vocabulary = data as unknown as {
  reportingVerbs: Record<string, { kind: string; neutral: boolean; forms: string[] }>;
  attributionPhrases: Phrase[];
  vagueSources: {
    quantifiers: Phrase[];
    groups: Record<string, { strength: Strength; forms: string[] }>;
    adverbs: Record<string, { strength: Strength; note?: string }>;
    phrases: Phrase[];
    collectives: Phrase[];
    reactions: Record<string, { forms: string[] }>;
  };
  agentlessPassive: {
    subjects: string[];
    verbs: Record<string, { participles: string[]; itThat: Strength | 'none'; personal: Strength | 'none'; note?: string }>;
  };
  anonymousSources: {
    nouns: Record<string, { strength: NounStrength; forms: string[] }>;
    modifiers: string[];
    qualifiers: Phrase[];
    reasons: Phrase[];
  };
  claimMarkers: {
    evaluative: Record<string, { strength: Strength; words: string[]; note?: string }>;
    predictions: Phrase[];
    causal: Phrase[];
    hedges: Phrase[];
    opinion: { adverbs: string[]; verbs: Record<string, { forms: string[] }> };
  };
};

/** Maps every surface form of a noun list to its lemma ("analysts" -> "analyst"). */
function formIndex(entries: Record<string, { forms: string[] }>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [lemma, e] of Object.entries(entries)) {
    map.set(lemma, lemma);
    for (const f of e.forms) map.set(f, lemma);
  }
  return map;
}

let groupForms: Map<string, string> | undefined;
let anonymousForms: Map<string, string> | undefined;

/** The vague-group lemma a token stands for ("Critics" -> critic), whatever the tagger said. */
export function groupNoun(t: Token): { lemma: string; strength: Strength } | undefined {
  groupForms ??= formIndex(vocabulary.vagueSources.groups);
  const lemma = groupForms.get(t.lower) ?? groupForms.get(t.lemma);
  return lemma ? { lemma, strength: vocabulary.vagueSources.groups[lemma].strength } : undefined;
}

/** The anonymous-source lemma a token stands for ("officials" -> official). */
export function anonymousNoun(t: Token): { lemma: string; strength: NounStrength } | undefined {
  anonymousForms ??= formIndex(vocabulary.anonymousSources.nouns);
  const lemma = anonymousForms.get(t.lower) ?? anonymousForms.get(t.lemma);
  return lemma ? { lemma, strength: vocabulary.anonymousSources.nouns[lemma].strength } : undefined;
}

function sentenceStart(doc: Doc, source: Source): number {
  return doc.sentences[doc.tokens[source.firstToken].sentence]?.firstToken ?? 0;
}

// Places and nationalities do not identify a source: "U.S. officials", "Russian analysts".
const isPlace = (t: Token) => isPlaceWord(t.text);

/** Word tokens of a sentence (no whitespace tokens), for phrase matching. */
export function words(doc: Doc, s: Sentence): readonly Token[] {
  // Several rules read each sentence's words: they are listed once per document.
  const bySentence = doc.cached('attribution:words', () => new Array<Token[] | undefined>(doc.sentences.length));
  let out = bySentence[s.index];
  if (!out) {
    out = [];
    for (let i = s.firstToken; i < s.endToken; i++) if (doc.tokens[i].pos !== 'SPACE' && doc.tokens[i].text.trim()) out.push(doc.tokens[i]);
    bySentence[s.index] = out;
  }
  return out;
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', "'re", '’re']);

function wordMatches(word: string, t: Token): boolean {
  if (word === '*') return true;
  if (word === 'be') return BE_FORMS.has(t.lower) || t.lemma === 'be';
  return t.lower === word || t.lemma === word;
}

/** Whether `phrase` matches the tokens starting at `at`; returns the index after the match, or -1. */
export function matchAt(tokens: readonly Token[], at: number, phrase: readonly string[]): number {
  let i = at;
  for (const w of phrase) {
    if (i >= tokens.length) return -1;
    // A hyphen is its own word in compiled phrases but part of the token in wink's ("so-called").
    if (w === '-' && tokens[i - 1]?.text.endsWith('-')) continue;
    if (!wordMatches(w, tokens[i])) return -1;
    i++;
  }
  return i;
}

/** Phrases by first word, built once per phrase list: a token is only tried against phrases it can start. */
const firstWordIndexes = new WeakMap<readonly Phrase[], { byWord: Map<string, Phrase[]>; wildcard: Phrase[] }>();
// The first words of every list indexed so far, and a count that changes when a list adds some.
const anyFirstWord = new Set<string>();
let firstWordsVersion = 0;
function firstWordIndex(phrases: readonly Phrase[]) {
  let index = firstWordIndexes.get(phrases);
  if (!index) {
    index = { byWord: new Map(), wildcard: [] };
    for (const p of phrases) {
      const first = p.words[0];
      if (first === '*') { index.wildcard.push(p); continue; }
      // "be" matches every form of the verb; index it under them all.
      for (const key of first === 'be' ? [...BE_FORMS] : [first]) {
        const list = index.byWord.get(key) ?? [];
        list.push(p);
        index.byWord.set(key, list);
        if (!anyFirstWord.has(key)) { anyFirstWord.add(key); firstWordsVersion++; }
      }
    }
    firstWordIndexes.set(phrases, index);
  }
  return index;
}

// The positions in a sentence's words where some phrase of some list can start: each list's
// search visits only those, instead of looking every word up again.
const startPositions = new WeakMap<readonly Token[], { version: number; positions: number[] }>();
function phraseStarts(tokens: readonly Token[]): number[] {
  let known = startPositions.get(tokens);
  if (!known || known.version !== firstWordsVersion) {
    const positions: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (anyFirstWord.has(t.lower) || (t.lemma !== t.lower && anyFirstWord.has(t.lemma))) positions.push(i);
    }
    startPositions.set(tokens, (known = { version: firstWordsVersion, positions }));
  }
  return known.positions;
}

// A sentence's words (words() above, one array per sentence and document) are searched for the same
// phrase lists by several rules: each search is done once.
const phraseMatches = new WeakMap<readonly Token[], Map<readonly Phrase[], ReadonlyArray<{ phrase: Phrase; start: number; end: number }>>>();

export function findPhrases(tokens: readonly Token[], phrases: readonly Phrase[]): ReadonlyArray<{ phrase: Phrase; start: number; end: number }> {
  let byList = phraseMatches.get(tokens);
  if (!byList) phraseMatches.set(tokens, (byList = new Map()));
  let found = byList.get(phrases);
  if (!found) byList.set(phrases, (found = searchPhrases(tokens, phrases)));
  return found;
}

function searchPhrases(tokens: readonly Token[], phrases: readonly Phrase[]): Array<{ phrase: Phrase; start: number; end: number }> {
  const out: Array<{ phrase: Phrase; start: number; end: number }> = [];
  const { byWord, wildcard } = firstWordIndex(phrases);
  const positions = wildcard.length ? undefined : phraseStarts(tokens);
  const count = positions ? positions.length : tokens.length;
  for (let k = 0; k < count; k++) {
    const i = positions ? positions[k] : k;
    const t = tokens[i];
    const byLower = byWord.get(t.lower);
    const byLemma = t.lemma !== t.lower ? byWord.get(t.lemma) : undefined;
    if (byLower) tryPhrases(tokens, i, byLower, out);
    if (byLemma) tryPhrases(tokens, i, byLemma, out);
    if (wildcard.length) tryPhrases(tokens, i, wildcard, out);
  }
  return out;
}

function tryPhrases(tokens: readonly Token[], i: number, list: readonly Phrase[], out: Array<{ phrase: Phrase; start: number; end: number }>): void {
  for (const p of list) {
    const end = matchAt(tokens, i, p.words);
    if (end > i && !out.some((o) => o.phrase === p && o.start === i)) out.push({ phrase: p, start: i, end });
  }
}

/** A report whose source is somebody the reader can identify (not a vague or anonymous group). */
export function hasIdentifiedSource(doc: Doc, r: Report): boolean {
  if (!r.source) return false;
  return !isVagueSource(doc, r.source) && !isAnonymousSource(doc, r.source);
}

/** The tokens of a source noun phrase. */
export function sourceTokens(doc: Doc, source: Source): Token[] {
  return doc.tokens.slice(source.firstToken, source.endToken).filter((t) => t.text.trim());
}

const DETERMINERS_THAT_REFER_BACK = new Set(['the', 'these', 'those', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);

/**
 * A vague source: a vague quantifier with a group or alone ("some analysts", "many"), or a bare
 * group that stands for nobody in particular ("critics", "experts"). Weak groups ("analysts",
 * "investors") are vague only with a vague quantifier or as a bare generalisation, which callers
 * decide from the verb's tense.
 */
export function vagueness(doc: Doc, source: Source): { quantifier?: Phrase; group?: { lemma: string; strength: Strength }; bare: boolean } | undefined {
  const toks = sourceTokens(doc, source);
  if (!toks.length) return undefined;
  let quantifier: Phrase | undefined;
  let i = 0;
  for (const q of vocabulary.vagueSources.quantifiers) {
    const end = matchAt(toks, 0, q.words);
    if (end > 0 && (!quantifier || q.words.length > quantifier.words.length)) {
      quantifier = q;
      i = end;
    }
  }
  // "Some in the business community", "many on Wall Street": the group is what follows the preposition.
  const partOf = quantifier && ['in', 'among', 'within', 'on', 'across', 'inside', 'around'].includes(toks[i]?.lower ?? '');
  // The head noun comes before any post-modifier: "observers" in "observers in Seoul".
  const firstPrep = toks.findIndex((t, k) => k >= i && t.pos === 'ADP');
  const head = toks[firstPrep > i ? firstPrep - 1 : toks.length - 1];
  let group = groupNoun(head);
  if (quantifier && i === toks.length) return { quantifier, bare: false }; // "Many", "Some"
  // Anything naming who they are makes the group specific: a name, a possessive, "the", a
  // post-modifier ("analysts at Goldman Sachs", "analysts polled by FactSet"); where they are
  // ("observers in Seoul") and a nationality ("Russian analysts") do not.
  const first = sentenceStart(doc, source);
  for (let k = i; k < toks.length; k++) {
    const t = toks[k];
    if (partOf || t === head) break;
    if (t.pos === 'ADP' && t.lower === 'in' && toks.slice(k + 1).every((x) => isNameToken(x, first) || x.pos === 'DET')) break;
    if (isNameToken(t, first) && !isPlace(t)) return undefined;
    if (t.pos === 'ADP' || t.lower === "'s" || t.lower === '’s') return undefined;
  }
  // With a vague quantifier, any plural is a vague group: "many Britons", "some Democrats".
  if (!group && quantifier && quantifier.strength === 'strong' && (partOf || /s$/.test(head.lower))) group = { lemma: head.lemma, strength: 'weak' };
  if (!group) return undefined;
  if (!quantifier && DETERMINERS_THAT_REFER_BACK.has(toks[0].lower)) return undefined;
  if (!quantifier && (toks[0].pos === 'NUM' || /^\d/.test(toks[0].text))) return undefined;
  return { quantifier, group, bare: !quantifier };
}

export function isVagueSource(doc: Doc, source: Source): boolean {
  const v = vagueness(doc, source);
  if (!v) return false;
  if (v.quantifier) return v.quantifier.strength === 'strong' || v.group?.strength === 'strong' || !v.group;
  return v.group?.strength === 'strong';
}

/** An anonymous source: its head is "official", "source", "aide", ... and no name follows it. */
export function anonymity(doc: Doc, source: Source): { noun: { lemma: string; strength: NounStrength }; qualified: boolean } | undefined {
  const toks = sourceTokens(doc, source);
  let headAt = -1;
  let noun: { lemma: string; strength: NounStrength } | undefined;
  for (let k = 0; k < toks.length; k++) {
    const n = anonymousNoun(toks[k]);
    if (n) { noun = n; headAt = k; break; }
  }
  if (!noun) return undefined;
  // "official John Smith", "Smith's aide": a name after the noun, or a possessive name, identifies the source.
  const after = toks.slice(headAt + 1);
  const qualifiers = findPhrases(toks, vocabulary.anonymousSources.qualifiers);
  const qualified = qualifiers.length > 0;
  const first = sentenceStart(doc, source);
  if (!qualified && after.some((t) => isNameToken(t, first))) return undefined;
  const before = toks.slice(0, headAt);
  if (before.some((t, k) => (t.lower === "'s" || t.lower === '’s') && before[k - 1] && isNameToken(before[k - 1], first) && !isPlace(before[k - 1]))) return undefined;
  if (noun.strength === 'weak' && !qualified) return undefined;
  if (noun.strength === 'institutional' && !qualified) {
    // "a senior official", "an official", "senior officials" are anonymous; "county officials",
    // "Ukrainian officials" speak for their institution.
    const modified = before.some((t) => vocabulary.anonymousSources.modifiers.includes(t.lower));
    const singular = toks[headAt].lower === noun.lemma && before.some((t) => ['a', 'an', 'one', 'another'].includes(t.lower));
    if (!modified && !singular) return undefined;
  }
  return { noun, qualified };
}

export function isAnonymousSource(doc: Doc, source: Source): boolean {
  return !!anonymity(doc, source);
}

/** Whether the sentence gives a source: an identified speaker, or an attribution phrase. */
export function sentenceIsAttributed(doc: Doc, s: Sentence, reportsBySentence: ReadonlyMap<number, Report[]>): boolean {
  for (const r of reportsBySentence.get(s.index) ?? []) if (r.source && !doc.isQuoted(r.verb.start)) return true;
  return false;
}

export function reportsBySentence(doc: Doc): Map<number, Report[]> {
  return doc.cached('attribution:reportsBySentence', () => {
    const map = new Map<number, Report[]>();
    for (const r of doc.reports) {
      const list = map.get(r.sentence) ?? [];
      list.push(r);
      map.set(r.sentence, list);
    }
    return map;
  });
}

/** The snippet a quick fix inserts for the writer to name a source. */
export const SOURCE_SNIPPET = '${1:source}';
