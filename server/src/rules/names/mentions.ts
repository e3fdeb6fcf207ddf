// Person-name mentions and the titles attached to them. Candidates are found cheaply: the longest
// known full name at a capitalised word, else a run of capitalised words that are not ordinary
// English (or that are known name words); titles are read with a word trie of every office title
// and alias in the knowledge base plus common honorifics, before the name ("Swedish Prime Minister
// X", "U.S. Secretary of State X", "Sen. X"), before it with a comma ("Sweden's prime minister,
// X,"), or after it in apposition ("X, Sweden's prime minister", "X, who chairs the House
// Judiciary Committee").
import type { Doc } from '../../engine/document';
import { KEY_FLAGS } from '../../engine/kb';
import { isDictionaryWord } from '../../engine/nlp';
import { placesNamed } from '../../engine/places';
import { adjacent, scanWords, type Word } from './words';
import { STARTS_TITLE, titleWordKey, type NameLexicon, type TitleNode } from './lexicon';

export interface Jurisdiction {
  start: number;
  end: number;
  text: string;
  /** Place and organisation codes ("US", "NATO") the words stand for. */
  codes: Set<string>;
  /** Canonical names ("Sweden", "Tesla") the words stand for. */
  names: Set<string>;
}

export interface TitleRef {
  /** The title's words as written (for a relative clause, the noun phrase: "House Judiciary Committee"). */
  words: Word[];
  start: number;
  end: number;
  /** The whole phrase the finding can point at: jurisdiction and title. */
  spanStart: number;
  spanEnd: number;
  /** The title's word keys as matched in the trie (for a relative clause, the reconstructed title). */
  keys: string[];
  /** For a relative clause: the title words that were not written ("chair of the"). */
  implied?: string[];
  /** complement: "kept X as chancellor", a title held on the article's date. */
  form: 'before' | 'before-comma' | 'appositive' | 'relative' | 'complement';
  /** Offices with this title (only those of the jurisdiction, when one is written). */
  offices: string[];
  generic: boolean;
  jurisdiction?: Jurisdiction;
  /** "former", "then-", "acting", "-elect", "who was": the title is not a claim about the article's date. */
  qualified: boolean;
  /** A capitalised word the rules do not understand qualifies the title ("Township Supervisor"). */
  unknownModifier: boolean;
}

export interface Mention {
  index: number;
  /** The name's words, with particles and initials. */
  words: Word[];
  start: number;
  end: number;
  sentence: number;
  block: number;
  headline: boolean;
  quoted: boolean;
  titles: TitleRef[];
  /** Found as a known full name in one piece. */
  knownFull: boolean;
  /**
   * A capitalised word just before the name that was not read as part of it because it is also a
   * place or an ordinary word ("Georgia" in "Georgia Meloni"): it may be a given name, which the
   * analysis checks once the surname says who is meant.
   */
  lead?: Word;
}

const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'dos', 'das', 'do', 'ter', 'ten', 'zu', 'af', 'bint', 'ben', 'abu', 'y', 'st']);
const MONTHS_DAYS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi']);
// Capitalised at the start of a sentence, never a name by themselves ("He", "The", "In").
const FUNCTION_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'hers', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'to', 'into', 'onto', 'over', 'under', 'about', 'among', 'between', 'during', 'without', 'within', 'who', 'what', 'which', 'where', 'why', 'how', 'there', 'here', 'then', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'few', 'both', 'each', 'every', 'any', 'such', 'also', 'but', 'though', 'although', 'because', 'however', 'meanwhile', 'still', 'even', 'only', 'just', 'mr', 'mrs', 'ms']);
/** Words before a title that make it something other than the office held on the article's date. */
export const QUALIFIERS = new Set(['former', 'then', 'ex', 'late', 'next', 'incoming', 'outgoing', 'acting', 'interim', 'future', 'would-be', 'deputy', 'shadow', 'assistant', 'associate', 'designate', 'elect', 'nominee', 'candidate', 'presumptive', 'prospective', 'retired', 'erstwhile', 'onetime', 'one-time', 'previous', 'prior', 'past', 'caretaker', 'ousted', 'deposed', 'exiled', 'toppled', 'impeached', 'disgraced', 'jailed', 'imprisoned', 'slain', 'assassinated', 'deceased', 'self-proclaimed', 'self-declared', 'vice', 'honorary', 'emeritus', 'in-waiting', 'aspiring', 'hopeful', 'last', 'as']);
// Party and political labels that may stand between a jurisdiction and a title ("Republican Sen.").
const NEUTRAL = new Set(['democratic', 'republican', 'democrat', 'gop', 'independent', 'conservative', 'liberal', 'labour', 'labor', 'socialist', 'centrist', 'progressive', 'veteran', 'longtime', 'powerful', 'top', 'new', 'current', 'sitting', 'embattled', 'populist', 'nationalist', 'hard-line', 'hardline', 'far-right', 'far-left', 'right-wing', 'left-wing', 'pro-western', 'pro-russian', 'reformist', 'moderate', 'the', 'a', 'an']);
const ROLE_VERBS: Record<string, string[]> = {
  chairs: ['chair'], heads: ['head', 'chief'], leads: ['leader', 'head'], runs: ['head', 'chief'], directs: ['director'],
};
// Verbs that keep someone in an office they already hold: "kept X as chancellor" says X held it on the
// article's date. (Appointments are left out: the knowledge base may date the post from a later day.)
// Finite forms only: "decided to keep", "would keep" and "did not keep" are no claim about the date.
const KEEP_VERBS = new Set(['kept', 'keeps', 'retained', 'retains', 'reappointed', 'reappoints']);
// Before the verb, words that make it no statement of fact on the date: "had kept", "never kept".
const NOT_NOW = new Set(['had', 'have', 'has', 'would', 'could', 'should', 'might', 'may', 'must', 'not', "n't", 'never', 'if', 'once', 'previously', 'originally', 'initially', 'first']);
// After the title, words that set a term in the past: "kept X as chancellor until October".
const TERM_ENDS = new Set(['until', 'till', 'before', 'after', 'since', 'when', 'through', 'for']);
const COMPLEMENT_STOPS = new Set(['and', 'or', 'but', 'while', 'after', 'before', 'until', 'till', 'through', 'despite', 'in', 'on', 'at', 'for', 'with', 'who', 'which', 'because', 'since', 'when']);
const PAST_ROLE_VERBS = new Set(['chaired', 'headed', 'led', 'ran', 'directed', 'was', 'served', 'had', 'became', 'replaced', 'succeeded', 'preceded']);

// Regular expressions with Unicode properties are module constants: a bundle for node lowers each
// literal to `new RegExp(...)` where it stands, which in a function would build one per call.
const NOT_LETTER = /[^\p{L}]/gu;
const HYPHEN_PARTICLE = /^(?:al|el|ad|ash|as|at|an|ar|ud|ul|ibn|bin|abu)[-‐]\p{Lu}/u;

/** "al-Sudani", "bin-Salman": an Arabic particle joined to a capitalised name (the hyphen is the third or fourth character). */
function hyphenParticle(w: Word): boolean {
  const t = w.text;
  if (t.length < 4) return false;
  const c2 = t.charCodeAt(2), c3 = t.charCodeAt(3);
  if (c2 !== 45 && c2 !== 0x2010 && c3 !== 45 && c3 !== 0x2010) return false;
  return HYPHEN_PARTICLE.test(t);
}

/** Two to five capitals ("NATO", "SUCH"), not initials. */
function acronym(w: Word): boolean {
  return w.caps && !w.initial && w.text.replace(NOT_LETTER, '').length <= 5;
}

export interface MentionModel {
  words: Word[];
  mentions: Mention[];
}

/** Whether a capitalised word reads as a place, organisation or company rather than a person. */
function isJurisdictionWord(lex: NameLexicon, text: string): boolean {
  return lex.isPlace(text);
}

export function findMentions(doc: Doc, lex: NameLexicon): MentionModel {
  const words = scanWords(doc);
  const mentions: Mention[] = [];
  const isDict = (w: Word) => lex.isDictionary(w.text);
  const nameLikeMemo: Array<boolean | undefined> = [];
  const nameLike = (w: Word): boolean => (nameLikeMemo[w.i] ??= readNameLike(w));
  const readNameLike = (w: Word): boolean => {
    if (!(w.cap || hyphenParticle(w)) || w.initial) return w.initial;
    if (FUNCTION_WORDS.has(w.key)) return false;
    if (acronym(w) || MONTHS_DAYS.has(w.key)) return false;
    if (isJurisdictionWord(lex, w.text)) return false;
    if (isDict(w)) {
      const flags = lex.wordFlags(w);
      return (flags & KEY_FLAGS.nameWord) !== 0 && !(w.first && !lex.isGivenWord(w) && !(flags & KEY_FLAGS.surnameWord));
    }
    return true;
  };
  const misspeltSurnameAfterGiven = (given: Word, w: Word, j: number): boolean => {
    if (!w.cap || w.caps || w.first || w.initial || w.key.length < 5 || FUNCTION_WORDS.has(w.key) || MONTHS_DAYS.has(w.key)) return false;
    if (!given.cap || !lex.isGivenWord(given) || isJurisdictionWord(lex, w.text)) return false;
    // The run ends here: no capitalised word follows ("Rose Garden Club" is a name of its own).
    const after = words[j + 1];
    if (after && after.sentence === w.sentence && adjacent(doc, w, after) && after.cap) return false;
    return lex.near(w.key).some((hit) => hit.distance === 1 && hit.key.length === w.key.length + 1);
  };
  const fullNameAt = (i: number, last: number): number => {
    // The longest run of words from i that is a known full name (up to six words).
    let best = -1;
    let key = '';
    for (let j = i; j <= last && j < i + 6; j++) {
      if (j > i && !adjacent(doc, words[j - 1], words[j])) break;
      key = j === i ? words[j].key : `${key} ${words[j].key}`;
      const flags = j === i ? lex.wordFlags(words[j]) : lex.kb.keyFlags(key);
      if (!(flags & KEY_FLAGS.fullPrefix)) break;
      if (j > i && flags & KEY_FLAGS.fullKey) best = j;
      if (words[j].possessive) break;
    }
    return best;
  };
  const titleAt = (i: number, last: number): { end: number; node: TitleNode } | undefined => {
    let node: TitleNode | undefined = lex.titles;
    let best: { end: number; node: TitleNode } | undefined;
    if (!(lex.wordFlags(words[i]) & STARTS_TITLE)) return undefined;
    for (let j = i; j <= last; j++) {
      if (j > i && !adjacent(doc, words[j - 1], words[j])) break;
      node = stepForward(node!, titleWordKey(words[j].key));
      if (!node) break;
      if (node.offices || node.generic) best = { end: j, node };
      if (words[j].possessive) break;
    }
    return best;
  };
  const jurisdictionEndingAt = (j: number, first: number): Jurisdiction | undefined => {
    // The longest place, organisation or company name ending at word j ("United States", "Sweden's").
    for (let k = Math.max(first, j - 3); k <= j; k++) {
      let ok = true;
      for (let m = k; m < j; m++) if (!adjacent(doc, words[m], words[m + 1])) ok = false;
      if (!ok) continue;
      const text = k === j ? words[j].text : words.slice(k, j + 1).map((w) => w.text).join(' ');
      if (!lex.isPlace(text)) continue;
      const known = lex.jurisdictions.has(text);
      const places = placesNamed(text);
      const codes = new Set(places.map((p) => p.code));
      const names = new Set(places.map((p) => p.name));
      if (known) names.add(text);
      return { start: words[k].start, end: words[j].end, text, codes, names };
    }
    return undefined;
  };

  for (const s of doc.sentences) {
    // The sentence's word range.
    const first = lowerBound(words, s.start);
    const last = lowerBound(words, s.end) - 1;
    if (first > last) continue;
    let i = first;
    // The last word read as part of a name or a title.
    let consumed = first - 1;
    const leadBefore = (at: number): Word | undefined => {
      const k = at - 1;
      if (k <= consumed || k < first) return undefined;
      const prev = words[k];
      if (!prev.cap || prev.possessive || prev.initial || acronym(prev) || FUNCTION_WORDS.has(prev.key) || MONTHS_DAYS.has(prev.key)) return undefined;
      // (A title before the name was read as one: it is never a lead.)
      if (!adjacent(doc, prev, words[at])) return undefined;
      return prev;
    };
    while (i <= last) {
      const w = words[i];
      if (!w.cap && !hyphenParticle(w)) { i++; continue; }
      if (!acronym(w) && !FUNCTION_WORDS.has(w.key)) {
        let end = fullNameAt(i, last);
        // A regnal number or suffix after a known name belongs to it ("King Charles II").
        if (end >= 0 && end < last && !words[end].possessive && SUFFIXES.has(words[end + 1].key) && words[end + 1].cap && adjacent(doc, words[end], words[end + 1])) end++;
        if (end >= 0) {
          mentions.push(makeMention(mentions.length, words.slice(i, end + 1), true, leadBefore(i)));
          consumed = end;
          i = end + 1;
          continue;
        }
      }
      // A title is not part of the name that follows it ("Sen. Joe Manchin", "Justice Brett Kavanaugh").
      const t = lex.wordFlags(w) & STARTS_TITLE ? titleAt(i, last) : undefined;
      if (t) {
        consumed = t.end;
        i = t.end + 1;
        continue;
      }
      if (nameLike(w) || hyphenParticle(w)) {
        let j = i + 1;
        if (!w.possessive) {
          while (j <= last && adjacent(doc, words[j - 1], words[j])) {
            const next = words[j];
            if (PARTICLES.has(next.key) && !next.cap && j + 1 <= last && adjacent(doc, next, words[j + 1]) && nameLike(words[j + 1])) { j += 2; if (words[j - 1].possessive) break; continue; }
            if (SUFFIXES.has(next.key) && next.cap) { j++; break; }
            if (!nameLike(next) && !hyphenParticle(next)) {
              // A surname misspelled into an English word ("Gov. Greg Abbot tied ..."): a
              // capitalised word that ends a given name's run and is one slip from a known surname.
              if (j === i + 1 && misspeltSurnameAfterGiven(w, next, j)) { j++; break; }
              break;
            }
            const flags = lex.wordFlags(next);
            if (!(flags & KEY_FLAGS.nameWord) && flags & STARTS_TITLE && titleAt(j, last)) break;
            j++;
            if (next.possessive) break;
          }
        }
        const ws = words.slice(i, j);
        // A lone initial is not a name.
        if (!(ws.length === 1 && ws[0].initial)) mentions.push(makeMention(mentions.length, ws, false, w.initial ? undefined : leadBefore(i)));
        consumed = j - 1;
        i = j;
        continue;
      }
      i++;
    }
  }

  // Titles before the names: read backwards from each name with the reversed title trie.
  for (const m of mentions) {
    const w0 = m.words[0];
    const sentenceFirst = lowerBound(words, doc.sentences[w0.sentence].start);
    let k = w0.i - 1;
    if (k < sentenceFirst) continue;
    let qualified = false;
    // "President-elect X", "Prime Minister-designate X".
    if (adjacent(doc, words[k], w0) && QUALIFIERS.has(words[k].key) && k - 1 >= sentenceFirst && adjacent(doc, words[k - 1], words[k])) { qualified = true; k--; }
    let form: TitleRef['form'] = 'before';
    if (!adjacent(doc, words[k], words[k + 1])) {
      // "Sweden's prime minister, Ulf Kristersson," : a comma between, the name set off by punctuation after it.
      const lastWord = m.words[m.words.length - 1];
      const gap = doc.prose.slice(words[k].endAll, words[k + 1].start);
      const after = doc.prose.slice(lastWord.endAll, lastWord.endAll + 2);
      if (!/^,\s+$/.test(gap) || words[k].possessive || !/^(?:[,.;:]|\s*$)/.test(after)) continue;
      form = 'before-comma';
    }
    let node: TitleNode | undefined = lex.titlesReversed;
    let best: { first: number; node: TitleNode } | undefined;
    for (let j = k; j >= sentenceFirst; j--) {
      if (j < k && !adjacent(doc, words[j], words[j + 1])) break;
      node = stepBack(node, titleWordKey(words[j].key));
      if (!node) break;
      if (node.offices || node.generic) best = { first: j, node };
    }
    if (!best) continue;
    if (form === 'before-comma') {
      const before = words[best.first - 1];
      const determined = !!before && before.sentence === w0.sentence && (before.key === 'the' || before.possessive);
      if (!determined) continue;
    }
    const ref = describeTitle(best.first, k, best.node, form);
    if (!ref) continue;
    ref.qualified ||= qualified;
    m.titles.push(ref);
  }
  for (const m of mentions) {
    const ap = appositive(m);
    if (ap) m.titles.push(ap);
    const kept = keptAs(m);
    if (kept) m.titles.push(kept);
  }
  return { words, mentions };

  /** "kept Kwasi Kwarteng as chancellor of the Exchequer": the office held on the article's date. */
  function keptAs(m: Mention): TitleRef | undefined {
    const first = m.words[0], last = m.words[m.words.length - 1];
    const verb = words[first.i - 1], as = words[last.i + 1];
    const spaced = (a: Word, b: Word) => a.sentence === b.sentence && /^[ \t\u00a0]+$/.test(doc.prose.slice(a.endAll, b.start));
    if (!verb || !as || last.possessive || verb.cap || !KEEP_VERBS.has(verb.key) || as.key !== 'as' || !spaced(verb, first) || !spaced(last, as)) return undefined;
    for (let k = verb.i - 1; k >= verb.i - 3 && words[k] && words[k].sentence === verb.sentence; k--) if (NOT_NOW.has(words[k].key) || /n['’]t$/.test(words[k].text)) return undefined;
    const A: Word[] = [];
    for (let k = as.i + 1; words[k] && spaced(words[k - 1], words[k]) && A.length < 8 && !COMPLEMENT_STOPS.has(words[k].key); k++) {
      A.push(words[k]);
      if (words[k].possessive) break;
    }
    if (!A.length) return undefined;
    // The phrase ends at punctuation or a conjunction: "as chancellor and James Cleverly as …".
    const after = doc.prose.slice(A[A.length - 1].endAll, A[A.length - 1].endAll + 2);
    const next = words[A[A.length - 1].i + 1];
    if (!/^(?:[,.;:)—–]|\s*$)/.test(after) && !(next && COMPLEMENT_STOPS.has(next.key))) return undefined;
    if (next && spaced(A[A.length - 1], next) && TERM_ENDS.has(next.key)) return undefined;
    const t = titledPhrase(A, 'complement');
    return t && !t.qualified ? t : undefined;
  }

  function makeMention(index: number, ws: Word[], knownFull: boolean, lead?: Word): Mention {
    const lastWord = ws[ws.length - 1];
    return {
      lead,
      index,
      words: ws,
      start: ws[0].start,
      end: lastWord.end,
      sentence: ws[0].sentence,
      block: ws[0].block,
      headline: ws[0].headline,
      quoted: ws[0].quoted,
      titles: [],
      knownFull,
    };
  }

  function describeTitle(first: number, end: number, node: TitleNode, form: TitleRef['form']): TitleRef | undefined {
    const ws = words.slice(first, end + 1);
    const keys = ws.flatMap((w) => titleWordKey(w.key).split(' '));
    let spanStart = ws[0].start;
    // The jurisdiction before the title: "Swedish", "U.S.", "Sweden's", "Tesla", "Texas".
    let jurisdiction: Jurisdiction | undefined;
    let k = first - 1;
    const sentenceFirst = lowerBound(words, doc.sentences[ws[0].sentence].start);
    const touching = (a: Word, b: Word) => adjacent(doc, a, b) || (a.possessive && /^[ \t]+$/.test(doc.prose.slice(a.endAll, b.start)));
    if (k >= sentenceFirst && touching(words[k], words[first])) {
      // The longest place name ending just before the title (jurisdictionEndingAt tries the longest first).
      const found = jurisdictionEndingAt(k, Math.max(sentenceFirst, k - 3));
      if (found) jurisdiction = found;
      if (jurisdiction) {
        spanStart = jurisdiction.start;
        k = lowerBound(words, jurisdiction.start) - 1;
      }
    }
    // Qualifiers and modifiers before the title (and its jurisdiction).
    let qualified = false;
    let unknownModifier = false;
    let at = k;
    const start = jurisdiction ? lowerBound(words, jurisdiction.start) : first;
    let prev = words[start];
    for (let steps = 0; at >= sentenceFirst && steps < 4; steps++, at--) {
      const w = words[at];
      const gap = doc.prose.slice(w.endAll, prev.start);
      if (!/^[ \t]+$/.test(gap) && !/^[ \t]*[-‐][ \t]*$/.test(gap)) {
        // "then-Secretary": the hyphen was split off.
        if (!(QUALIFIERS.has(w.key) && /^[-‐]$/.test(gap))) break;
      }
      if (QUALIFIERS.has(w.key)) { qualified = true; break; }
      if (NEUTRAL.has(w.key)) { prev = w; continue; }
      if (w.cap && !(w.first && isDictionaryWord(w.text)) && steps === 0 && !isJurisdictionWord(lex, w.text)) unknownModifier = true;
      break;
    }
    // Qualifiers inside the title itself ("Acting President" when no office is called that).
    if (ws.some((w) => QUALIFIERS.has(w.key)) && !(node.offices ?? []).some((id) => /acting|deputy|vice|interim/i.test(lex.office(id)?.title ?? ''))) {
      if (ws.some((w) => ['former', 'then', 'ex', 'acting', 'interim', 'designate', 'elect'].includes(w.key))) qualified = true;
    }
    const offices = jurisdiction ? lex.officesIn(node, jurisdiction.codes, jurisdiction.names) : node.offices ?? [];
    return {
      words: ws,
      start: ws[0].start,
      end: ws[ws.length - 1].end,
      spanStart,
      spanEnd: ws[ws.length - 1].end,
      keys,
      form,
      offices,
      generic: !!node.generic,
      jurisdiction,
      qualified,
      unknownModifier,
    };
  }

  function appositive(m: Mention): TitleRef | undefined {
    const lastWord = m.words[m.words.length - 1];
    if (lastWord.possessive || doc.prose.charCodeAt(lastWord.endAll) !== 44) return undefined;
    const gap = doc.prose.slice(lastWord.endAll, lastWord.endAll + 3);
    if (!/^,\s/.test(gap)) return undefined;
    const a0 = lastWord.i + 1;
    const w0 = words[a0];
    if (!w0 || w0.sentence !== lastWord.sentence || !/^,\s+$/.test(doc.prose.slice(lastWord.endAll, w0.start))) return undefined;
    // The appositive: the words up to the next punctuation.
    let a1 = a0;
    // (A possessive jurisdiction does not end it: "Sweden's prime minister".)
    const next = (a: Word, b: Word | undefined) => !!b && b.sentence === a.sentence && /^[ \t\u00a0]+$/.test(doc.prose.slice(a.endAll, b.start));
    while (next(words[a1], words[a1 + 1]) && a1 - a0 < 14) a1++;
    const after = doc.prose.slice(words[a1].endAll, words[a1].endAll + 2);
    if (!/^(?:[,.;:)—–-]|\s*$)/.test(after) && !/^\s["”']/.test(after)) return undefined;
    const A = words.slice(a0, a1 + 1);
    // "who chairs the House Judiciary Committee"
    const who = A.findIndex((w) => w.key === 'who' && !w.cap);
    if (who >= 0 && who + 1 < A.length) {
      const verb = A[who + 1].key;
      if (PAST_ROLE_VERBS.has(verb)) return undefined;
      const roles = ROLE_VERBS[verb];
      if (roles) {
        let np = A.slice(who + 2);
        if (np[0]?.key === 'the') np = np.slice(1);
        if (!np.length) return undefined;
        const npKeys = np.flatMap((w) => titleWordKey(w.key).split(' '));
        for (const role of roles) {
          for (const implied of [[role, 'of', 'the'], [role, 'of']]) {
            const node = walk([...implied, ...npKeys]);
            if (node?.offices) return relative(np, implied, [...implied, ...npKeys], node.offices);
          }
          const node = walk([...npKeys, role]);
          if (node?.offices) return relative(np, [], [...npKeys, role], node.offices);
        }
        return undefined;
      }
      if (verb === 'is' || verb === 'serves') {
        const rest = A.slice(who + (verb === 'serves' && A[who + 2]?.key === 'as' ? 3 : 2));
        return titledPhrase(rest, 'appositive');
      }
      return undefined;
    }
    return titledPhrase(A, 'appositive');
  }

  function walk(keys: string[]): TitleNode | undefined {
    let node: TitleNode | undefined = lex.titles;
    for (const k of keys) {
      node = node?.next.get(k);
      if (!node) return undefined;
    }
    return node;
  }

  function relative(np: Word[], implied: string[], keys: string[], offices: string[]): TitleRef {
    return {
      words: np,
      start: np[0].start,
      end: np[np.length - 1].end,
      spanStart: np[0].start,
      spanEnd: np[np.length - 1].end,
      keys,
      implied,
      form: 'relative',
      offices,
      generic: false,
      qualified: false,
      unknownModifier: false,
    };
  }

  /** "the secretary of state", "Sweden's prime minister", "the chief minister of Bihar state". */
  function titledPhrase(A: Word[], form: TitleRef['form']): TitleRef | undefined {
    let i = 0;
    let qualified = false;
    if (A[i] && ['the', 'a', 'an'].includes(A[i].key)) i++;
    while (A[i] && (QUALIFIERS.has(A[i].key) || NEUTRAL.has(A[i].key))) { if (QUALIFIERS.has(A[i].key)) qualified = true; i++; }
    let jurisdiction: Jurisdiction | undefined;
    for (let j = Math.min(A.length - 1, i + 3); j >= i; j--) {
      const found = jurisdictionEndingAt(A[j].i, A[i].i);
      if (found && found.start === A[i].start && (A[j].possessive || j < A.length - 1)) { jurisdiction = found; i = j + 1; break; }
    }
    while (A[i] && (QUALIFIERS.has(A[i].key) || NEUTRAL.has(A[i].key))) { if (QUALIFIERS.has(A[i].key)) qualified = true; i++; }
    if (i >= A.length) return undefined;
    const t = titleAt(A[i].i, A[A.length - 1].i);
    if (!t) return undefined;
    let rest = A.slice(t.end - A[i].i + i + 1);
    if (rest.length) {
      // "... of Bihar state", "... of the United States"
      if (rest[0].key !== 'of' || jurisdiction) return undefined;
      rest = rest.slice(1);
      if (rest[0]?.key === 'the') rest = rest.slice(1);
      if (rest.length && ['state', 'province', 'region', 'territory', 'country'].includes(rest[rest.length - 1].key)) rest = rest.slice(0, -1);
      if (!rest.length) return undefined;
      const found = jurisdictionEndingAt(rest[rest.length - 1].i, rest[0].i);
      if (!found || found.start !== rest[0].start) return undefined;
      jurisdiction = found;
    }
    const tw = words.slice(A[i].i, t.end + 1);
    const offices = jurisdiction ? lex.officesIn(t.node, jurisdiction.codes, jurisdiction.names) : t.node.offices ?? [];
    return {
      words: tw,
      start: tw[0].start,
      end: tw[tw.length - 1].end,
      spanStart: jurisdiction && jurisdiction.start < tw[0].start ? jurisdiction.start : tw[0].start,
      spanEnd: jurisdiction && jurisdiction.end > tw[tw.length - 1].end ? jurisdiction.end : tw[tw.length - 1].end,
      keys: tw.flatMap((w) => titleWordKey(w.key).split(' ')),
      form,
      offices,
      generic: !!t.node.generic,
      jurisdiction,
      qualified,
      unknownModifier: false,
    };
  }
}

/** The trie node after a word's title key (two keys for "vice president"), forwards. */
function stepForward(node: TitleNode, key: string): TitleNode | undefined {
  if (key.indexOf(' ') < 0) return node.next.get(key);
  let at: TitleNode | undefined = node;
  for (const k of key.split(' ')) {
    at = at.next.get(k);
    if (!at) return undefined;
  }
  return at;
}

/** The same, backwards (the reversed trie reads a two-key word's keys last first). */
function stepBack(node: TitleNode, key: string): TitleNode | undefined {
  if (key.indexOf(' ') < 0) return node.next.get(key);
  const keys = key.split(' ');
  let at: TitleNode | undefined = node;
  for (let x = keys.length - 1; x >= 0 && at; x--) at = at.next.get(keys[x]);
  return at;
}

function lowerBound(words: readonly Word[], offset: number): number {
  let lo = 0, hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
