// The names analysis every names rule shares, computed once per document: each mention resolved
// against the knowledge base (exactly, by accepted variants and nicknames, or approximately with
// the evidence for it), then the findings of the four rules.
import type { Doc } from '../../engine/document';
import type { Token } from '../../engine/nlp';
import type { ResolvedConfig } from '../../engine/config';
import { KEY_FLAGS, type Office, type Person, type Role } from '../../engine/kb';
import type { RuleFinding } from '../../engine/rule';
import type { Fix, RelatedSpan } from '../../engine/types';
import { matchCase } from '../../engine/fixes';
import { placesNamed } from '../../engine/places';
import { speechVocabulary } from '../../engine/vocabulary';
import { nameLexicon, STARTS_TITLE, type Form, type NameLexicon } from './lexicon';
import { findMentions, type Mention, type TitleRef } from './mentions';
import { allowedDistance, boundedDistance, sameSquashed, squashKey } from './fuzzy';
import { byProminence, formatDate, midDate, officeLabel, personCard, roleOn, roleSpan } from './card';
import { wordKey, type Word } from './words';

export interface NamesFindings {
  misspelled: RuleFinding[];
  wrongGivenName: RuleFinding[];
  titleMismatch: RuleFinding[];
  inconsistent: RuleFinding[];
}

/** The names findings for a document (computed once and shared by the four rules). */
const NON_ASCII = /[^\x00-\x7f]/;

export function namesFindings(doc: Doc, config: ResolvedConfig): NamesFindings {
  const key = `names:${config.names.accept.join('\u0001')}\u0002${config.names.prefer.join('\u0001')}`;
  return doc.cached(key, () => new NamesAnalysis(doc, config).run());
}

interface WordFix {
  word: Word;
  to: string;
  d: number;
}

interface Alignment {
  person: Person;
  form: Form;
  kind: 'surname' | 'full';
  /** The mention's words aligned with the form. */
  aligned: Word[];
  /** The mention's words before a surname form (given names). */
  givenWords: Word[];
  fixes: WordFix[];
  given: 'none' | 'ok' | 'close' | 'other';
  givenFix?: WordFix;
  /** A written given name that is the person's own (beside a misspelled one: "Luis Inácio Lula da Silva"). */
  givenMatched?: Word;
  distance: number;
  maxD: number;
}

interface Resolved {
  m: Mention;
  /** The name's words without initials and suffixes ("Jr."). */
  core: Word[];
  accepted: boolean;
  /** People whose accepted name this is. */
  exact: Person[];
  /** The person meant, when known (exact and unambiguous, or found by a names finding). */
  person?: Person;
  /** People with this surname whose given name is not the one written. */
  sameSurname: Alignment[];
  /** People with this name and another regnal number ("Charles III" for "Charles II"). */
  regnal?: Array<WordFix & { person: Person }>;
  /** Set when a misspelled or wrong-given-name finding was made. */
  flagged?: { person: Person; rule: 'misspelled' | 'wrong-given-name'; words: WordFix[] };
}

interface Scored {
  a: Alignment;
  score: number;
  strongTitle: boolean;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi']);
// Verbs that end someone's tenure: the title after them is the one the person held until then.
const REMOVAL_VERBS = new Set(['dismiss', 'fire', 'oust', 'remove', 'sack', 'depose', 'replace', 'succeed', 'topple', 'impeach', 'unseat', 'defeat', 'overthrow', 'dismissed', 'fired', 'ousted', 'removed', 'sacked', 'deposed', 'replaced', 'succeeded', 'toppled', 'impeached', 'unseated', 'defeated', 'overthrew', 'overthrown', 'succeeding', 'replacing', 'ousting', 'firing', 'dismissing']);
// Mentions in a headline count after those in the body: a headline is written last, often in haste.
const HEADLINE_LATER = 1e9;
// Words that set a mention of a dead person in the past: kin, death and memory, former times.
const PAST_MARKERS = new Set(['late', 'father', 'mother', 'grandfather', 'grandmother', 'son', 'daughter', 'brother', 'sister', 'uncle', 'widow', 'widower', 'founder', 'found', 'predecessor', 'successor', 'succeed', 'inherit', 'then', 'former', 'once', 'ago', 'die', 'death', 'dead', 'funeral', 'buried', 'bury', 'mausoleum', 'tomb', 'grave', 'portrait', 'portraits', 'statue', 'statues', 'memorial', 'memorials', 'monument', 'monuments', 'graves', 'tombs', 'funerals', 'anniversaries', 'birthdays', 'photo', 'photos', 'image', 'images', 'picture', 'pictures', 'badge', 'badges', 'pin', 'pins', 'anniversary', 'birthday', 'birth', 'born', 'legacy', 'era', 'rule', 'reign', 'dynasty', 'history', 'historical', 'memoir', 'biography', 'namesake', 'predecessors', 'ruled', 'reigned', 'embalmed', 'remembered', 'commemorate', 'honor', 'honour', 'until', 'when', 'under', 'regime', 'days', 'years', 'decades', 'previously']);
// Words that anchor a sentence in the story's own days.
const PRESENT_MARKERS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday', 'tomorrow', 'now', 'currently']);

/** Where the first full-name reference (given name and surname) among the mentions is; Infinity if none. */
function firstFullReference(list: readonly Resolved[], surnameLength: number): number {
  let best = Infinity;
  for (const r of list) if (r.core.length > surnameLength) best = Math.min(best, r.m.start + (r.m.headline ? HEADLINE_LATER : 0));
  return best;
}

/** Where the first of the mentions is (body before headline). */
function firstMention(list: readonly Resolved[]): number {
  let best = Infinity;
  for (const r of list) best = Math.min(best, r.m.start + (r.m.headline ? HEADLINE_LATER : 0));
  return best;
}

const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'to', 'near', 'into', 'on', 'outside', 'across', 'through', 'via', 'toward', 'towards']);
// "since 2022", "since March 2022", "since Jan. 5, 2021", "since early 2020".
const SINCE_DATE = /\bsince\s+(?:(?:early|late|mid-?|the\s+(?:start|end|spring|summer|fall|autumn|winter)\s+of)\s*)?(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?(?:1[89]\d\d|20\d\d)\b/g;
const COUNTRY_CODE = /^[A-Z]{2}(?:-[A-Z]+)?$/;
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,2})$/;
// Regular expressions with Unicode properties are module constants: a bundle for node lowers each
// literal to `new RegExp(...)` where it stands, which in a function would build one per call.
const INITIALS = /^(?:\p{L}\.)+$/u;
const LOWER_FIRST = /^\p{Ll}/u;
const NAME_LETTERS = /^[\p{L}' ’-]+$/u;
const GIVEN_RANK = { none: 0, ok: 0, close: 1, other: 2 } as const;
const SKIP_ADVERBS = new Set(['also', 'later', 'then', 'previously', 'again', 'once', 'further', 'separately', 'earlier', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'quickly', 'repeatedly', 'publicly', 'told', 'not']);
const LOWER_TITLE_WORDS = new Set(['president', 'minister', 'prime', 'secretary', 'leader', 'majority', 'minority', 'speaker', 'chief', 'executive', 'officer', 'chair', 'chairman', 'chairwoman', 'foreign', 'finance', 'deputy', 'vice', 'general', 'director', 'governor', 'chancellor', 'justice', 'senator', 'representative', 'state', 'financial', 'operating', 'whip', 'attorney', 'defense', 'defence', 'home', 'interior', 'treasury', 'commerce', 'party', 'affairs', 'of', 'the', 'for']);

class NamesAnalysis {
  private readonly lex: NameLexicon;
  private readonly date: string;
  private readonly res: Resolved[] = [];
  private words: Word[] = [];
  /** People mentioned exactly in the draft, with their mentions. */
  private readonly docPeople = new Map<Person, Resolved[]>();
  private placesRead?: { sentences: Map<number, { codes: Set<string>; names: Set<string> }>; doc: { codes: Set<string>; names: Set<string> } };
  private readonly accepted = { fulls: new Set<string>(), surnames: new Map<string, { given: string[]; words: string[] }[]>() };
  private readonly preferred = new Map<Person, Form>();
  private readonly out: NamesFindings = { misspelled: [], wrongGivenName: [], titleMismatch: [], inconsistent: [] };

  constructor(private readonly doc: Doc, private readonly config: ResolvedConfig) {
    this.lex = nameLexicon();
    this.date = doc.date;
  }

  run(): NamesFindings {
    const { words, mentions } = findMentions(this.doc, this.lex);
    this.words = words;
    if (!mentions.length) return this.out;
    this.readConfig();
    for (const m of mentions) this.res.push(this.resolve(m));
    this.choosePeople();
    this.transliterations();
    this.corefer();
    this.misspelled();
    this.leadGivenNames();
    this.wrongGivenNames();
    this.deadNamesakes();
    this.titleMismatches();
    this.inconsistencies();
    return this.out;
  }

  // ---------------------------------------------------------------- configuration and context

  private readConfig(): void {
    for (const name of this.config.names.accept) this.addAccepted(name);
    for (const name of this.config.names.prefer) {
      const people = this.lex.kb.byFullName(name);
      const words = name.trim().split(/\s+/);
      if (people.length) for (const p of people) this.preferred.set(p, { words, keys: words.map(wordKey) });
      else this.addAccepted(name);
    }
  }

  private addAccepted(name: string): void {
    const words = name.trim().split(/\s+/).filter((w) => !INITIALS.test(w));
    if (!words.length) return;
    const keys = words.map(wordKey);
    this.accepted.fulls.add(keys.join(' '));
    const surname = keys[keys.length - 1];
    const list = this.accepted.surnames.get(surname) ?? [];
    list.push({ given: keys.slice(0, -1), words });
    this.accepted.surnames.set(surname, list);
  }

  private isAccepted(core: Word[]): boolean {
    const keys = core.map((w) => w.key);
    if (this.accepted.fulls.has(keys.join(' '))) return true;
    const entries = this.accepted.surnames.get(keys[keys.length - 1]);
    if (!entries) return false;
    if (keys.length === 1) return true;
    return entries.some((e) => e.given.length === 0 || keys.slice(0, -1).some((g) => e.given.includes(g)));
  }

  /** The places and organisations each sentence names (read on first use: only candidates need them). */
  private get places(): NonNullable<NamesAnalysis['placesRead']> {
    if (this.placesRead) return this.placesRead;
    const sentences = new Map<number, { codes: Set<string>; names: Set<string> }>();
    const all = { codes: new Set<string>(), names: new Set<string>() };
    const add = (target: { codes: Set<string>; names: Set<string> }, text: string) => {
      if (!this.lex.isPlace(text)) return;
      for (const p of placesNamed(text)) { target.codes.add(p.code); target.names.add(p.name); }
      if (this.lex.jurisdictions.has(text)) target.names.add(text);
    };
    const ws = this.words;
    for (let i = 0; i < ws.length; i++) {
      if (!ws[i].cap) continue;
      let entry = sentences.get(ws[i].sentence);
      if (!entry) sentences.set(ws[i].sentence, (entry = { codes: new Set(), names: new Set() }));
      let text = '';
      for (let j = i; j < Math.min(ws.length, i + 4); j++) {
        if (j > i && (ws[j].sentence !== ws[i].sentence || ws[j - 1].possessive || !ws[j].cap)) break;
        text = j === i ? ws[j].text : `${text} ${ws[j].text}`;
        add(entry, text);
      }
    }
    for (const e of sentences.values()) {
      for (const c of e.codes) all.codes.add(c);
      for (const n of e.names) all.names.add(n);
    }
    for (const part of (this.doc.frontMatter.dateline ?? '').split(',')) add(all, part.trim());
    return (this.placesRead = { sentences, doc: all });
  }

  private isDict(w: Word): boolean {
    return this.lex.isDictionary(w.text);
  }

  // ---------------------------------------------------------------- resolution

  private resolve(m: Mention): Resolved {
    const core = m.words.filter((w) => !w.initial && !SUFFIXES.has(w.key));
    const r: Resolved = { m, core, accepted: false, exact: [], sameSurname: [] };
    if (!core.length) return r;
    r.accepted = this.isAccepted(core);
    const kb = this.lex.kb;
    if (core.length === 1 && m.words.length === 1) {
      // One word: everybody with that surname (or single-word surname variant) is an exact match.
      if (this.lex.wordFlags(core[0]) & KEY_FLAGS.surnameKey) r.exact = [...kb.bySurname(core[0].text)];
      return r;
    }
    const candidates = new Set<Person>();
    const n = core.length;
    // A known full name with no title to check: its own people are all that matter.
    const fullKey = core.map((w) => w.key).join(' ');
    if (!m.titles.length && m.words.length === n && this.lex.fullNameKeys.has(fullKey)) {
      for (const p of kb.byFullName(core.map((w) => w.text).join(' '))) {
        const a = this.align(core, p, false);
        if (a && a.distance === 0 && (a.given === 'none' || a.given === 'ok')) r.exact.push(p);
      }
      if (r.exact.length) return r;
    }
    for (let k = 1; k <= Math.min(4, n); k++) {
      const key = k === 1 ? core[n - 1].key : core.slice(n - k).map((w) => w.key).join(' ');
      if (this.lex.surnameKeys.has(key)) for (const p of kb.bySurname(core.slice(n - k).map((w) => w.text).join(' '))) candidates.add(p);
    }
    if (n > 1 && this.lex.fullNameKeys.has(fullKey)) for (const p of kb.byFullName(core.map((w) => w.text).join(' '))) candidates.add(p);
    if (m.words.length !== core.length && this.lex.fullNameKeys.has(m.words.map((w) => w.key).join(' '))) for (const p of kb.byFullName(m.words.map((w) => w.text).join(' '))) candidates.add(p);
    // A regnal number written after the name ("King Charles II") must be the person's own.
    const lastWord = m.words[m.words.length - 1];
    const numeral = lastWord !== core[core.length - 1] && ROMAN.test(lastWord.key) ? lastWord : undefined;
    for (const p of candidates) {
      const a = this.align(core, p, false);
      if (!a) continue;
      if (a.distance === 0 && (a.given === 'none' || a.given === 'ok')) {
        const own = p.name.split(/\s+/).pop()!;
        if (numeral && ROMAN.test(own.toLowerCase()) && own.toLowerCase() !== numeral.key) (r.regnal ??= []).push({ person: p, word: numeral, to: own, d: 1 });
        else r.exact.push(p);
      } else if (a.fixes.length === 0) r.sameSurname.push(a);
    }
    return r;
  }

  /** How a mention's words line up with one person's name forms (the best way). */
  private align(core: Word[], p: Person, fuzzy: boolean): Alignment | undefined {
    const f = this.lex.personForms(p);
    const translit = fuzzy && this.lex.transliterated(p) ? p : undefined;
    let best: Alignment | undefined;
    const rank = (a: Alignment) => GIVEN_RANK[a.given] * 100 + a.distance;
    const consider = (a: Alignment) => { if (!best || rank(a) < rank(best)) best = a; };
    for (const s of f.surnames) {
      const k = s.keys.length;
      if (core.length < k) continue;
      const fixes = this.compare(core, core.length - k, s, fuzzy, translit);
      if (!fixes) continue;
      const aligned = core.slice(core.length - k);
      const givenWords = core.slice(0, core.length - k);
      let given: Alignment['given'] = 'none';
      let givenFix: WordFix | undefined;
      let givenMatched: Word | undefined;
      if (givenWords.length) {
        const matches = (w: Word) => this.lex.givenMatches(p, w.key) || (!!translit && [...f.givens.keys()].some((g) => this.lex.sameTransliteration(p, g, w.key)));
        givenMatched = givenWords.find(matches);
        if (givenMatched) {
          given = 'ok';
          // Another written given name close to one of the person's own that no written word
          // matches is that name misspelled ("Luis Inácio" for "Luiz Inácio").
          if (givenWords.length > 1) {
            givenFix = this.closeGiven(p, givenWords.filter((w) => w !== givenMatched && !matches(w)), givenWords);
            if (givenFix) given = 'close';
          }
        } else {
          const g0 = givenWords[0];
          let bd = Infinity;
          for (const [gk, gw] of f.givens) {
            // Short names must match exactly, unless the two are spellings of one name ("Jon", "John").
            const limit = Math.max(Math.min(allowedDistance(gk.length), 2), this.lex.otherSpelling(g0.key, gk) ? 2 : 0);
            if (limit < 1 || Math.abs(gk.length - g0.key.length) > limit) continue;
            const d = boundedDistance(g0.key, gk, limit);
            if (d <= limit && d < bd) { bd = d; givenFix = { word: g0, to: gw, d }; }
          }
          given = givenFix ? 'close' : 'other';
        }
      }
      const distance = fixes.reduce((sum, x) => sum + x.d, 0) + (givenFix?.d ?? 0);
      const maxD = Math.max(0, givenFix?.d ?? 0, ...fixes.map((x) => x.d));
      consider({ person: p, form: s, kind: 'surname', aligned, givenWords, fixes, given, givenFix, givenMatched, distance, maxD });
    }
    for (const full of f.fulls) {
      if (full.keys.length !== core.length || core.length < 2) continue;
      const fixes = this.compare(core, 0, full, fuzzy, translit);
      if (!fixes) continue;
      const first = fixes.find((x) => x.word === core[0]);
      const distance = fixes.reduce((sum, x) => sum + x.d, 0);
      consider({ person: p, form: full, kind: 'full', aligned: core, givenWords: [], fixes: fixes.filter((x) => x !== first), given: first ? 'close' : 'ok', givenFix: first, distance, maxD: Math.max(0, ...fixes.map((x) => x.d)) });
    }
    return best;
  }

  /**
   * The first of `words` that is a misspelling of one of the person's own given names which none of
   * `written` is (one or two edits, not a nickname or another accepted form).
   */
  private closeGiven(p: Person, words: Word[], written: Word[]): WordFix | undefined {
    const f = this.lex.personForms(p);
    for (const w of words) {
      if (w.key.length < 3 || w.initial) continue;
      let best: WordFix | undefined;
      for (const [gk, gw] of f.givens) {
        if (written.some((x) => x.key === gk || sameSquashed(x.key, gk))) continue;
        const limit = Math.max(Math.min(allowedDistance(gk.length), 2), this.lex.otherSpelling(w.key, gk) ? 2 : 0);
        if (limit < 1 || Math.abs(gk.length - w.key.length) > limit) continue;
        const d = boundedDistance(w.key, gk, limit);
        if (d >= 1 && d <= limit && (!best || d < best.d) && !this.lex.nicknameOf(w.key, gk)) best = { word: w, to: gw, d };
      }
      if (best) return best;
    }
    return undefined;
  }

  /** Compares words[from...] with a form's words: the fixes that make them the form, or undefined. */
  private compare(words: Word[], from: number, form: Form, fuzzy: boolean, translit?: Person): WordFix[] | undefined {
    const fixes: WordFix[] = [];
    for (let t = 0; from + t < words.length; t++) {
      const a = words[from + t].key, b = form.keys[t];
      if (a === b || sameSquashed(a, b)) continue;
      // Another accepted transliteration ("Gallant" for Galant) is not a misspelling.
      if (translit && this.lex.sameTransliteration(translit, a, b)) continue;
      if (!fuzzy) return undefined;
      const limit = allowedDistance(b.length);
      if (limit < 1 || Math.abs(a.length - b.length) > limit) return undefined;
      const d = boundedDistance(a, b, limit);
      if (d > limit) return undefined;
      fixes.push({ word: words[from + t], to: form.words[t], d });
    }
    return fixes;
  }

  /** Picks the person each exact mention means: unambiguous, fitting its title, or already named in the draft. */
  private choosePeople(): void {
    const pending: Resolved[] = [];
    // Surnames of full names in the draft that are not the knowledge base's person of that name
    // ("Desmond Hollis"): a later "Hollis" is that person, not Ray Hollis.
    const localSurnames = new Set<string>();
    for (const r of this.res) {
      if (r.core.length >= 2 && !r.exact.length && !r.accepted) localSurnames.add(r.core[r.core.length - 1].key);
      if (r.core.length >= 2 && r.accepted) localSurnames.add(r.core[r.core.length - 1].key);
    }
    for (const r of this.res) {
      if (!r.exact.length) continue;
      if (r.core.length === 1 && localSurnames.has(r.core[0].key)) { r.exact = []; continue; }
      let people = r.exact;
      if (people.length > 1) {
        const fitting = people.filter((p) => r.m.titles.some((t) => t.offices.some((id) => p.roles.some((role) => role.office === id))));
        if (fitting.length) people = fitting;
      }
      if (people.length > 1 && r.core.length > 1) {
        // Namesakes: the one who held office on the article's date, else the most prominent.
        const current = people.filter((p) => p.roles.some((role) => roleOn(role, this.date) !== 'no'));
        if (current.length === 1) people = current;
      }
      // A surname alone, with no title, is a known person only if the draft names them in full
      // (below) or they are prominent ("Putin said"); otherwise it may be anybody of that name.
      if (people.length === 1 && r.core.length === 1 && !r.m.titles.length && !this.lex.prominent(people[0])) pending.push(r);
      else if (people.length === 1) this.assign(r, people[0]);
      else pending.push(r);
    }
    this.pending = pending;
  }

  private pending: Resolved[] = [];

  /** Ambiguous names ("Galant", "Johnson") are the person of that name the draft already names. */
  private corefer(): void {
    for (const r of this.pending) {
      const named = r.exact.filter((p) => this.docPeople.has(p));
      if (named.length === 1) this.assign(r, named[0]);
    }
  }

  /**
   * Names written in another accepted transliteration of a knowledge-base name ("Defense Minister
   * Yoav Gallant" for Galant, "Shoygu" for Shoigu) are that person, not a misspelling.
   */
  private transliterations(): void {
    for (const r of this.res) {
      if (r.exact.length || r.accepted || !r.core.length) continue;
      const found = new Set<Person>();
      for (const w of r.core.slice(-1)) {
        if (w.key.length < 4 || w.caps) continue;
        for (const hit of this.lex.near(w.key)) {
          for (const p of hit.items) {
            if (!this.lex.sameTransliteration(p, hit.key, w.key)) continue;
            const a = this.align(r.core, p, true);
            if (a && a.fixes.length === 0 && !a.givenFix && a.given !== 'other') found.add(p);
          }
        }
      }
      if (found.size === 1) {
        r.exact = [...found];
        this.assign(r, r.exact[0]);
      }
    }
  }

  private assign(r: Resolved, p: Person): void {
    r.person = p;
    const list = this.docPeople.get(p) ?? [];
    list.push(r);
    this.docPeople.set(p, list);
  }

  // ---------------------------------------------------------------- evidence

  private titleEvidence(r: Resolved, p: Person): { score: number; strong: boolean } {
    // A name that begins with its title ("Prince Philip", "Pope Leo XIV"), written after that title.
    if (!p.given.length && p.name.indexOf(' ') > 0) {
      const first = wordKey(p.name.slice(0, p.name.indexOf(' ')));
      if (r.m.titles.some((t) => t.form === 'before' && !t.qualified && t.words[t.words.length - 1].key === first)) return { score: 4, strong: true };
    }
    for (const t of r.m.titles) {
      if (t.qualified || !t.offices.length) continue;
      const roles = p.roles.filter((role) => t.offices.includes(role.office));
      const onDate = roles.filter((role) => roleOn(role, this.date) !== 'no');
      if (onDate.length) {
        const legislator = onDate.every((role) => this.lex.office(role.office)?.kind === 'legislator');
        return { score: legislator ? 2 : 4, strong: !legislator };
      }
      if (roles.length) return { score: 2, strong: false };
      if (t.jurisdiction || t.offices.length <= 3) return { score: -2, strong: false };
    }
    return { score: 0, strong: false };
  }

  private rarity(key: string): number {
    const n = this.lex.givenCount(key);
    if (n === 0) return 2;
    if (n <= 3) return 3;
    if (n <= 15) return 2;
    return 1;
  }

  private placeEvidence(r: Resolved, p: Person): number {
    const sentence = this.places.sentences.get(r.m.sentence);
    let best = 0;
    for (const role of p.roles) {
      const office = this.lex.office(role.office);
      if (!office) continue;
      const code = this.lex.officeCode(role.office)!;
      const hit = (e?: { codes: Set<string>; names: Set<string> }) => !!e && (e.codes.has(code) || e.names.has(office.jurisdiction));
      if (hit(sentence)) return 1.5;
      if (hit(this.places.doc)) best = 1;
    }
    return best;
  }

  private readonly contextMemo = new Map<Mention, boolean>();

  private personContext(m: Mention): boolean {
    let known = this.contextMemo.get(m);
    if (known === undefined) this.contextMemo.set(m, (known = this.readPersonContext(m)));
    return known;
  }

  private readPersonContext(m: Mention): boolean {
    if (m.titles.length) return true;
    const last = m.words[m.words.length - 1];
    if (last.possessive) return true;
    const after = this.doc.prose.slice(last.endAll, last.endAll + 16);
    if (/^,\s*\d{1,3},/.test(after) || /^,\s+who\b/.test(after)) return true;
    const vocab = speechVocabulary();
    for (let i = last.i + 1, steps = 0; i < this.words.length && steps < 3; i++, steps++) {
      const w = this.words[i];
      if (w.sentence !== last.sentence || !/^\s+$/.test(this.doc.prose.slice(this.words[i - 1].endAll, w.start))) break;
      const token = this.doc.tokenAt(w.start);
      if (vocab.verbs.has(token?.lemma ?? '') || vocab.forms.has(w.key)) return true;
      if (!SKIP_ADVERBS.has(w.key)) break;
    }
    return false;
  }

  /** A former head of state or government (before the article's date): prominent after leaving office. */
  private formerLeader(p: Person): boolean {
    return p.roles.some((role) => roleOn(role, this.date) === 'no' && (role.from ?? '9999') < this.date && ['head-of-state', 'head-of-government'].includes(this.lex.office(role.office)?.kind ?? ''));
  }

  private topOnDate(p: Person): boolean {
    return p.roles.some((role) => roleOn(role, this.date) !== 'no' && ['head-of-state', 'head-of-government', 'foreign-minister', 'org-head'].includes(this.lex.office(role.office)?.kind ?? ''));
  }

  // ---------------------------------------------------------------- names/misspelled

  private candidates(r: Resolved): Alignment[] {
    const out = new Map<Person, Alignment>();
    for (const a of r.sameSurname) if (a.given === 'close') out.set(a.person, a);
    const seen = new Set<Person>();
    // A long name whose surname form is inside it ("Luis Inácio Lula da Silva": Lula): its people
    // whose full name has as many words, with the others misspelled.
    for (let j = 1; j + 1 < r.core.length; j++) {
      const w = r.core[j];
      if (!w.cap || !(this.lex.wordFlags(w) & KEY_FLAGS.surnameKey)) continue;
      for (const p of this.lex.kb.bySurname(w.text)) {
        if (seen.has(p)) continue;
        seen.add(p);
        const a = this.align(r.core, p, true);
        if (a && a.kind === 'full' && (a.fixes.length || a.givenFix) && a.given !== 'other') out.set(p, a);
      }
    }
    // Surnames are misspelled, given names are checked against the surname's people (above):
    // look up the last word, and the one before it for surnames of two words or more.
    for (const w of r.core.slice(-Math.min(r.core.length, r.core.length >= 3 ? 2 : 1))) {
      if (w.key.length < 4 || w.caps) continue;
      // An ordinary English word, or a given name, on its own is only a name's misspelling after a title.
      if (r.core.length === 1 && !r.m.titles.length && (this.isDict(w) || this.lex.isGivenWord(w))) continue;
      for (const hit of this.lex.near(w.key)) {
        for (const p of hit.items.slice(0, 40)) {
          if (seen.has(p)) continue;
          seen.add(p);
          const a = this.align(r.core, p, true);
          if (!a || a.fixes.length === 0 || a.given === 'other') continue;
          const prev = out.get(p);
          if (!prev || a.distance < prev.distance) out.set(p, a);
        }
      }
    }
    return [...out.values()];
  }

  private score(r: Resolved, a: Alignment): Scored | undefined {
    const p = a.person;
    const title = this.titleEvidence(r, p);
    let score = title.score;
    let givenOk = false;
    if (a.kind === 'surname' && a.givenMatched) {
      score += this.rarity(a.givenMatched.key);
      givenOk = true;
    }
    if (a.kind === 'full' && a.given === 'ok') { score += this.rarity(a.aligned[0].key); givenOk = true; }
    if (a.kind === 'surname' && a.form.keys.length >= 2 && a.fixes.length < a.form.keys.length) { score += 2; givenOk = true; }
    const inDoc = this.docPeople.has(p);
    if (inDoc) score += 3;
    score += this.topOnDate(p) || this.formerLeader(p) ? 1 : this.lex.prominent(p) ? 0.5 : 0;
    // A public figure known by name alone (no office to name as context), written with their own
    // given name and a surname one edit away ("Jacques Costeau"): the full name is the evidence.
    // (Not for surnames of four letters or fewer, which are one letter from many others: "Curi".)
    if (givenOk && a.kind === 'surname' && a.maxD <= 1 && !a.givenFix && !p.roles.length && this.lex.prominent(p) && a.aligned.every((w) => w.key.length >= 5)) score += 1;
    if (this.personContext(r.m)) score += 0.5;
    // Only the given name is wrong: the surname alone elsewhere in the draft, and the person's
    // company, team or organisation named in it, say who is meant.
    let org = false;
    if (a.givenFix && !a.fixes.length && !inDoc) {
      if (this.surnameAgain(r, p)) score += 1;
      org = this.orgNamed(p);
      if (org) score += 1;
    }
    // Only the given name is wrong (one or two edits from the person's own: "Steven" for Stephen),
    // before a surname no one else in the knowledge base has ("Steven Hawking"): the surname says who is meant.
    let uniqueSurname = false;
    if (a.givenFix && !a.fixes.length && a.kind === 'surname' && a.aligned.length === 1 && this.lex.prominent(p)) {
      const surname = a.aligned[0];
      if (this.lex.kb.bySurname(surname.text).length === 1) { uniqueSurname = true; score += 4; }
    }
    // A written word that is ordinary English or somebody else's real name needs the context to
    // point clearly at this person: a fitting title or the person's given name.
    const changed = [...a.fixes, ...(a.givenFix ? [a.givenFix] : [])];
    for (const fix of changed) {
      const isGivenFix = fix === a.givenFix;
      if (this.isDict(fix.word) && !(title.strong || (givenOk && !isGivenFix))) return undefined;
      const realName = isGivenFix ? false : (this.lex.wordFlags(fix.word) & KEY_FLAGS.surnameWord) !== 0;
      if (realName && !(title.strong || (givenOk && this.rarity(a.givenWords[0]?.key ?? a.aligned[0].key) >= 2))) return undefined;
      if (isGivenFix && this.lex.isGivenWord(fix.word) && !(title.score > 0 || inDoc || org || uniqueSurname)) return undefined;
    }
    let need = a.maxD <= 1 ? 3 : a.maxD === 2 ? 4.5 : 6;
    if (r.core.length === 1 && r.core[0].key.length <= 5) need += 1;
    // The person's country or organisation named nearby (read only when it can decide).
    if (score + 1.5 < need) return undefined;
    score += this.placeEvidence(r, p);
    if (score < need) return undefined;
    return { a, score, strongTitle: title.strong };
  }

  /** The person's surname written alone elsewhere in the draft (an exact mention that may be them). */
  private surnameAgain(r: Resolved, p: Person): boolean {
    return this.res.some((o) => o !== r && o.core.length === 1 && !o.m.headline && o.exact.includes(p));
  }

  /** A company, team or organisation (not a country) the person belongs to is named in the draft. */
  private orgNamed(p: Person): boolean {
    const names = this.places.doc.names;
    for (const role of p.roles) {
      const office = this.lex.office(role.office);
      if (!office || roleOn(role, this.date) === 'no') continue;
      // Countries and their parts have two-letter codes ("US", "GB-SCT").
      if (COUNTRY_CODE.test(this.lex.officeCode(role.office) ?? '')) continue;
      if (names.has(office.jurisdiction)) return true;
    }
    return false;
  }

  private misspelled(): void {
    // Mentions in the draft that introduce a person the knowledge base does not know.
    const flaggedWords = new Map<string, { person: Person; to: string }>();
    const scoredBy = new Map<Resolved, Scored>();
    for (const r of this.res) {
      if (r.accepted || !r.core.length) continue;
      if (r.exact.length && !this.titlePointsElsewhere(r)) continue;
      let best: Scored | undefined;
      let tie = false;
      for (const a of this.candidates(r)) {
        const s = this.score(r, a);
        if (!s) continue;
        if (r.exact.length && !s.strongTitle) continue;
        if (!best || s.score > best.score || (s.score === best.score && s.a.distance < best.a.distance)) { tie = false; best = s; }
        else if (s.score === best.score && s.a.distance === best.a.distance && s.a.person !== best.a.person) tie = true;
      }
      if (best && !tie) scoredBy.set(r, best);
    }
    // A surname-only mention that repeats the surname of a full name in the draft that the
    // knowledge base does not know is that person, correctly spelled.
    const localSurnames = new Set<string>();
    for (const r of this.res) if (!r.exact.length && !scoredBy.has(r) && r.core.length >= 2) localSurnames.add(r.core[r.core.length - 1].key);
    for (const [r, s] of scoredBy) {
      if (r.core.length === 1 && localSurnames.has(r.core[0].key)) continue;
      this.reportMisspelled(r, s.a);
      for (const fix of s.a.fixes) flaggedWords.set(fix.word.key, { person: s.a.person, to: fix.to });
    }
    // A monarch's or pope's regnal number, when the title says who is meant.
    for (const r of this.res) {
      if (!r.regnal || r.exact.length || r.flagged) continue;
      // A title before the name, or in it ("King Charles II"), that the person held on the date.
      const titled = r.m.words.some((w) => this.lex.wordFlags(w) & STARTS_TITLE && !SUFFIXES.has(w.key));
      const hits = r.regnal.filter((x) => this.titleEvidence(r, x.person).strong || (titled && this.topOnDate(x.person)));
      if (hits.length !== 1) continue;
      const { person: p, word, to } = hits[0];
      r.flagged = { person: p, rule: 'misspelled', words: [{ word, to, d: 1 }] };
      r.person = p;
      this.out.misspelled.push({
        offset: r.m.start,
        length: r.m.end - r.m.start,
        message: `"${r.core.map((w) => w.text).join(' ')} ${word.text}" has the wrong regnal number: ${this.titleOn(p) ? `the ${this.titleOn(p)} on ${midDate(this.date)} was ` : 'the knowledge base has '}${p.name}.`,
        fixes: [{ title: `Change to "${to}"`, edits: [{ offset: word.start, length: word.end - word.start, newText: to }], preferred: true }],
        detail: personCard(this.lex, p, this.date, this.preferredName(p)),
      });
    }
    // A known short form of a person's name followed by the rest of the full name misspelled
    // ("Tedros Adhanom Gebreyesus": "Tedros Adhanom" is an accepted form of Tedros Adhanom Ghebreyesus).
    for (let i = 0; i + 1 < this.res.length; i++) {
      const r1 = this.res[i], r2 = this.res[i + 1];
      if (!r1.m.knownFull || r1.exact.length !== 1 || r1.flagged || r2.flagged || r2.accepted || r2.exact.length) continue;
      if (r2.m.words.length > 3 || r2.core.length !== r2.m.words.length || r2.m.sentence !== r1.m.sentence || r1.m.quoted !== r2.m.quoted) continue;
      const last = r1.m.words[r1.m.words.length - 1];
      if (last.possessive || !/^[ \t]+$/.test(this.doc.prose.slice(last.endAll, r2.m.words[0].start))) continue;
      const p = r1.exact[0];
      // The known form may begin with an honorific the full name lacks ("Dr. Tedros").
      let core: Word[] = [];
      let a: Alignment | undefined;
      for (let k = 0; k < r1.core.length && !a; k++) {
        core = [...r1.core.slice(k), ...r2.core];
        const x = this.align(core, p, true);
        if (x && x.kind === 'full' && x.given === 'ok' && x.fixes.length > 0 && x.fixes.every((f) => r2.core.includes(f.word))) a = x;
      }
      if (!a) continue;
      const merged: Resolved = { m: { ...r2.m, words: [...r1.m.words, ...r2.m.words], start: r1.m.start, titles: r1.m.titles }, core, accepted: false, exact: [], sameSurname: [] };
      this.reportMisspelled(merged, a);
      r2.flagged = merged.flagged;
      r2.person = p;
    }
    // Repeats of a misspelling flagged with more context ("Brooks Koepke ... Koepke said").
    for (const r of this.res) {
      if (r.flagged || r.exact.length || r.accepted || r.core.length !== 1) continue;
      const hit = flaggedWords.get(r.core[0].key);
      if (!hit || localSurnames.has(r.core[0].key)) continue;
      const a = this.align(r.core, hit.person, true);
      if (a && a.fixes.length) this.reportMisspelled(r, a);
    }
  }

  /**
   * A given name that is also a place or an ordinary word, misspelled before the surname of a person
   * the draft identifies ("Georgia Meloni" for Giorgia Meloni): the mention finder left it out of
   * the name; it is checked against the person's own given names here.
   */
  private leadGivenNames(): void {
    for (const r of this.res) {
      const lead = r.m.lead;
      const p = r.person;
      if (!lead || !p || r.flagged || r.accepted || lead.caps || lead.key.length < 4) continue;
      if (this.lex.givenMatches(p, lead.key)) continue;
      const words = [lead, ...r.core];
      if (this.isAccepted(words) || this.lex.fullNameKeys.has(words.map((w) => w.key).join(' '))) continue;
      // The surname must be the person's whole surname form, written right after the given name.
      if (!this.lex.personForms(p).surnames.some((f) => f.keys.length === r.core.length && f.keys.every((k, i) => sameSquashed(k, r.core[i].key)))) continue;
      const fix = this.closeGiven(p, [lead], r.core);
      if (!fix || fix.d > 1 && lead.key.length < 7) continue;
      const to = matchCase(lead.text, fix.to);
      const written = this.doc.text.slice(lead.start, r.core[r.core.length - 1].end);
      const corrected = to + this.doc.text.slice(lead.end, r.core[r.core.length - 1].end);
      r.flagged = { person: p, rule: 'misspelled', words: [fix] };
      const role = this.roleNow(p);
      this.out.misspelled.push({
        offset: lead.start,
        length: r.m.end - lead.start,
        message: `"${written}" looks like a misspelling of ${p.name}'s name${role ? ` (${role})` : ''}: write "${corrected}".`,
        fixes: [{ title: `Change to "${corrected}"`, edits: [{ offset: lead.start, length: lead.end - lead.start, newText: to }], preferred: true }],
        related: this.relatedMentions(p, r, 'the same person'),
        detail: personCard(this.lex, p, this.date, this.preferredName(p)),
      });
    }
  }

  private titlePointsElsewhere(r: Resolved): boolean {
    return r.m.titles.some((t) => !t.qualified && t.offices.length > 0 && !r.exact.some((p) => p.roles.some((role) => t.offices.includes(role.office))));
  }

  private reportMisspelled(r: Resolved, a: Alignment): void {
    const p = a.person;
    const changes = [...a.fixes, ...(a.givenFix ? [a.givenFix] : [])].sort((x, y) => x.word.start - y.word.start);
    if (!changes.length) return;
    // Use the draft's own accepted spelling of the surname when it has one ("Zelenskyy").
    const surnameTo = this.draftSurname(p);
    for (const c of changes) {
      if (c !== a.givenFix && a.kind === 'surname' && a.form.keys.length === 1 && surnameTo && this.lex.personForms(p).surnames.some((s) => s.words.length === 1 && s.words[0] === surnameTo)) c.to = surnameTo;
    }
    const start = changes[0].word.start;
    const end = changes[changes.length - 1].word.end;
    const written = this.doc.text.slice(start, end);
    const corrected = this.replaceWords(start, end, changes);
    // Spellings that differ only in apostrophes, hyphens or spaces are accepted ("Shunichi").
    if (squashKey(wordKey(written)) === squashKey(wordKey(corrected))) return;
    const fixes: Fix[] = [];
    const title = `Change to "${corrected}"`;
    const surnameOnly = a.kind === 'surname' && a.givenWords.length === 0 && !(a.form.keys.length > 1 && a.fixes.length < a.form.keys.length);
    let preferFull = false;
    let full: string | undefined;
    if (surnameOnly && !this.draftGivesFullName(p, r)) {
      full = this.fullName(p);
      preferFull = this.isFirstReference(r, p);
      // "Prince Phillip": the full name's first word is the title already written before it.
      const before = this.words[r.core[0].i - 1];
      if (before && full.indexOf(' ') > 0 && before.key === wordKey(full.slice(0, full.indexOf(' ')))) full = undefined;
    }
    fixes.push({ title, edits: [{ offset: start, length: end - start, newText: corrected }], ...(preferFull ? {} : { preferred: true }) });
    if (full && full !== corrected) {
      const mStart = r.core[0].start, mEnd = r.core[r.core.length - 1].end;
      fixes.push({ title: `Change to "${full}"`, edits: [{ offset: mStart, length: mEnd - mStart, newText: full }], ...(preferFull ? { preferred: true } : {}) });
      if (preferFull) fixes.reverse();
    }
    const role = this.roleNow(p);
    const message = `"${written}" looks like a misspelling of ${p.name}'s name${role ? ` (${role})` : ''}: write "${corrected}".`;
    r.flagged = { person: p, rule: 'misspelled', words: changes };
    r.person ??= p;
    // The finding covers the name as written (the text "Add to the workspace name list" adds);
    // its fixes change only the misspelled words.
    const nameStart = r.m.words[0].start, nameEnd = r.m.words[r.m.words.length - 1].end;
    this.out.misspelled.push({ offset: nameStart, length: nameEnd - nameStart, message, fixes, related: this.relatedMentions(p, r, 'spelled correctly here'), detail: personCard(this.lex, p, this.date, this.preferredName(p)) });
  }

  private replaceWords(start: number, end: number, changes: WordFix[]): string {
    let out = '';
    let at = start;
    for (const c of changes) {
      out += this.doc.text.slice(at, c.word.start) + matchCase(c.word.text, c.to);
      at = c.word.end;
    }
    return out + this.doc.text.slice(at, end);
  }

  /** The draft's most used exact spelling of the person's surname. */
  private draftSurname(p: Person): string | undefined {
    const counts = new Map<string, number>();
    for (const r of this.docPeople.get(p) ?? []) {
      const last = r.core[r.core.length - 1];
      if (this.lex.personForms(p).surnames.some((s) => s.keys.length === 1 && s.keys[0] === last.key)) counts.set(last.text, (counts.get(last.text) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [text, n] of counts) if (!best || n > counts.get(best)!) best = text;
    if (best) return best;
    const pref = this.preferred.get(p);
    return pref ? pref.words[pref.words.length - 1] : undefined;
  }

  private preferredName(p: Person): string {
    return this.preferred.get(p)?.words.join(' ') ?? p.name;
  }

  /** The full name to suggest: the house form, else the knowledge base's, with the draft's surname spelling. */
  private fullName(p: Person): string {
    const name = this.preferredName(p);
    const surname = this.draftSurname(p);
    if (!surname) return name;
    const f = this.lex.personForms(p);
    const withSurname = [name, ...f.fulls.map((x) => x.words.join(' '))].find((n) => n.split(/\s+/).pop() === surname);
    return withSurname ?? name;
  }

  private draftGivesFullName(p: Person, except: Resolved): boolean {
    for (const r of this.res) {
      if (r === except || r.person !== p) continue;
      if (r.core.length > (this.lex.personForms(p).surnames[0]?.keys.length ?? 1)) return true;
    }
    return false;
  }

  private isFirstReference(r: Resolved, p: Person): boolean {
    if (r.m.headline) return false;
    return !this.res.some((o) => o !== r && !o.m.headline && o.m.start < r.m.start && (o.person === p || o.flagged?.person === p));
  }

  private relatedMentions(p: Person, except: Resolved, message: string): RelatedSpan[] {
    return (this.docPeople.get(p) ?? []).filter((o) => o !== except && !o.flagged).slice(0, 5).map((o) => ({ offset: o.m.start, length: o.m.end - o.m.start, message }));
  }

  /** "President (Ukraine) on May 6, 2021" or the latest role. */
  private roleNow(p: Person): string | undefined {
    const current = p.roles.filter((role) => roleOn(role, this.date) === 'yes' && this.lex.office(role.office)).sort(byProminence(this.lex))[0];
    if (current) return `${officeLabel(this.lex.office(current.office)!)} on ${formatDate(this.date)}`;
    return undefined;
  }

  /** The person's title on the date, with its jurisdiction unless every current office has that title ("King"). */
  private titleOn(p: Person): string | undefined {
    const current = p.roles.filter((role) => roleOn(role, this.date) === 'yes' && this.lex.office(role.office)).sort(byProminence(this.lex));
    if (!current.length) return undefined;
    const first = this.lex.office(current[0].office)!;
    if (current.length > 1 && current.every((role) => this.lex.office(role.office)!.title === first.title)) return first.title;
    return officeLabel(first);
  }

  // ---------------------------------------------------------------- names/wrong-given-name

  private wrongGivenNames(): void {
    for (const r of this.res) {
      if (r.exact.length || r.accepted || r.flagged || r.core.length < 2) continue;
      const others = r.sameSurname.filter((a) => a.given === 'other' || a.given === 'close');
      if (!others.length) continue;
      for (const t of r.m.titles) {
        if (t.qualified || t.unknownModifier || !t.offices.length) continue;
        const matches = new Map<Person, Role>();
        for (const a of others) {
          for (const role of a.person.roles) {
            if (!t.offices.includes(role.office) || roleOn(role, this.date) === 'no') continue;
            const office = this.lex.office(role.office);
            if (!office) continue;
            if (!office.single) {
              if (office.kind === 'legislator') continue;
              const holders = this.lex.kb.holders(office.id).filter((h) => roleOn(h.role, this.date) !== 'no');
              if (holders.length > 15) continue;
            }
            matches.set(a.person, role);
          }
        }
        if (matches.size !== 1) continue;
        const [[p, role]] = [...matches];
        const a = others.find((x) => x.person === p)!;
        const start = r.core[0].start, end = r.core[r.core.length - 1].end;
        const written = this.doc.text.slice(start, end);
        const given = this.givenFor(p);
        const surnameText = this.doc.text.slice(a.aligned[0].start, a.aligned[a.aligned.length - 1].end);
        const corrected = given ? `${given} ${surnameText}` : this.fullName(p);
        const office = this.lex.office(role.office)!;
        const message = `The ${officeLabel(office)} named ${surnameText} on ${midDate(this.date)} was ${p.name}, not "${written}": the given name is wrong.`;
        r.flagged = { person: p, rule: 'wrong-given-name', words: [] };
        r.person = p;
        this.out.wrongGivenName.push({
          offset: start,
          length: end - start,
          message,
          fixes: [{ title: `Change to "${corrected}"`, edits: [{ offset: start, length: end - start, newText: corrected }], preferred: true }],
          related: this.relatedMentions(p, r, 'the same person'),
          detail: personCard(this.lex, p, this.date, this.preferredName(p)),
        });
        break;
      }
    }
  }

  /**
   * A dead predecessor named in place of the office holder who shares the surname: "Kim Jong Il"
   * acting in a 2019 story about Kim Jong Un. Flagged only when the draft names the holder, the
   * dead person's name is never set in the past ("his father, Kim Jong Il", "the late", a year up
   * to the death, a portrait or a funeral), and the sentence is anchored in the story's present
   * (a weekday, "today", or someone whose office began after the death).
   */
  private deadNamesakes(): void {
    const byPerson = new Map<Person, Resolved[]>();
    for (const r of this.res) {
      const p = r.person;
      if (!p || r.flagged || !p.died || p.died >= this.date || r.core.length < 2) continue;
      const list = byPerson.get(p) ?? [];
      list.push(r);
      byPerson.set(p, list);
    }
    for (const [p, list] of byPerson) {
      // The holder on the article's date of an office the dead person held, with the same surname.
      const offices = new Set(p.roles.map((role) => role.office));
      let q: Person | undefined, role: Role | undefined;
      for (const other of this.docPeople.keys()) {
        if (other === p || other.surname !== p.surname || other.died && other.died < this.date) continue;
        role = other.roles.find((x) => offices.has(x.office) && roleOn(x, this.date) === 'yes');
        if (role) { q = other; break; }
      }
      if (!q || !role || list.some((r) => r.m.quoted || r.m.headline || this.inThePast(r, p))) continue;
      // The holder's name as the draft writes it ("Kim Jong Un"), else the house or KB form.
      const full = (this.docPeople.get(q) ?? []).find((o) => o.core.length >= 2 && !o.flagged);
      const corrected = full ? this.doc.text.slice(full.core[0].start, full.core[full.core.length - 1].end) : this.preferredName(q);
      const office = this.lex.office(role.office);
      for (const r of list) {
        if (!this.inStoryPresent(r, p)) continue;
        const start = r.core[0].start, end = r.core[r.core.length - 1].end;
        const written = this.doc.text.slice(start, end);
        r.flagged = { person: q, rule: 'wrong-given-name', words: [] };
        this.out.wrongGivenName.push({
          offset: start,
          length: end - start,
          message: `${p.name} died on ${formatDate(p.died!)}, before this story's date (${formatDate(this.date)}); the ${office ? officeLabel(office) : 'office holder'} named in the draft is ${corrected}. Is "${written}" the wrong given name?`,
          fixes: [{ title: `Change to "${corrected}"`, edits: [{ offset: start, length: end - start, newText: corrected }], preferred: true }],
          related: this.relatedMentions(q, r, 'the office holder named in the draft'),
          detail: personCard(this.lex, p, this.date, this.preferredName(p)),
        });
      }
    }
  }

  /** Whether a mention of a dead person is set in the past: a kinship word, a year before the death, a memorial. */
  private inThePast(r: Resolved, p: Person): boolean {
    const w = r.core[r.core.length - 1];
    if (w.possessive || r.m.titles.some((t) => t.qualified)) return true;
    const s = this.doc.sentences[r.m.sentence];
    const deathYear = Number(p.died!.slice(0, 4));
    // "under Kim Jong Il", "with Kim Jong Il", or a name set off by a comma (an apposition).
    let before: Token | undefined;
    for (let i = s.firstToken; i < s.endToken && this.doc.tokens[i].end <= r.m.start; i++) if (this.doc.tokens[i].text.trim()) before = this.doc.tokens[i];
    if (before && (before.pos === 'ADP' || before.text === ',')) return true;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = this.doc.tokens[i];
      if (PAST_MARKERS.has(t.lower) || PAST_MARKERS.has(t.lemma)) return true;
      if (/^\d{4}s?$/.test(t.text) && Number(t.text.slice(0, 4)) <= deathYear) return true;
    }
    return false;
  }

  /** Whether the sentence is anchored in the story's present: a weekday, "today", a later office holder. */
  private inStoryPresent(r: Resolved, p: Person): boolean {
    const s = this.doc.sentences[r.m.sentence];
    for (let i = s.firstToken; i < s.endToken; i++) if (PRESENT_MARKERS.has(this.doc.tokens[i].lower)) return true;
    return this.res.some((o) => o !== r && o.m.sentence === r.m.sentence && o.person && o.person !== p && !o.m.quoted
      && o.person.roles.some((role) => role.from && role.from > p.died! && roleOn(role, this.date) !== 'no'));
  }

  /** The given name the person goes by, as the house or the knowledge base writes it. */
  private givenFor(p: Person): string | undefined {
    const full = this.preferredName(p).split(/\s+/);
    const f = this.lex.personForms(p);
    const surname = f.surnames[0].keys;
    if (full.length > surname.length) return full.slice(0, full.length - surname.length).join(' ');
    return p.given[0];
  }

  // ---------------------------------------------------------------- names/title-mismatch

  private titleMismatches(): void {
    const year = this.date.slice(0, 4);
    for (const r of this.res) {
      if (r.m.quoted || !r.m.titles.length) continue;
      const sentence = this.doc.sentences[r.m.sentence];
      const sentenceText = sentence ? this.doc.prose.slice(sentence.start, sentence.end) : '';
      // (A year after "since" begins a span that runs to the article's date: "has raised rates
      // since March 2022".)
      const otherYear = [...sentenceText.replace(SINCE_DATE, '').matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].some((m) => m[1] !== year);
      if (otherYear || /\b(?:at the time|back then|then-)\b/i.test(sentenceText)) continue;
      for (const t of r.m.titles) {
        if (t.qualified || t.unknownModifier || !t.offices.length) continue;
        // "dismissed CEO Parag Agrawal", "ousted Prime Minister X": the title at the time of the act reported.
        if (this.removedBefore(t)) continue;
        if (r.person) this.checkTitle(r, r.person, t);
        else if (!r.exact.length && !r.flagged && !r.accepted) this.checkUnknownHolder(r, t);
      }
    }
  }

  private checkTitle(r: Resolved, p: Person, t: TitleRef): void {
    let offices = t.offices.filter((id) => p.roles.some((role) => role.office === id));
    if (!offices.length) {
      const jurisdictions = new Set(t.offices.map((id) => this.lex.office(id)?.jurisdiction));
      if (!t.jurisdiction && jurisdictions.size > 1) return;
      // A company post or a team's coach, written without the company or team, may be another's.
      if (!t.jurisdiction && t.offices.some((id) => id.startsWith('company:') || id.startsWith('team:'))) return;
      offices = t.offices;
    }
    const own = p.roles.filter((role) => offices.includes(role.office));
    if (own.some((role) => roleOn(role, this.date) !== 'no')) return;
    if (p.died && p.died < this.date) return;
    if (own.length && own.every((role) => role.to && role.to < this.date)) {
      // A title held long ago is history, not a claim about today ("Justice Sandra Day O'Connor
      // wrote" in a story about her 2003 opinion).
      const lastEnd = own.map((role) => role.to!).sort().pop()!;
      if (+this.date.slice(0, 4) - +lastEnd.slice(0, 4) > 10) return;
      if (this.historical(r, own)) return;
    }
    // Who held it on the date: someone else, for certain.
    let holder: { person: Person; role: Role; office: Office } | undefined;
    let uncertain = false;
    for (const id of offices) {
      const office = this.lex.office(id)!;
      if (!office.single) continue;
      for (const h of this.lex.kb.holders(id)) {
        if (h.person === p) continue;
        const on = roleOn(h.role, this.date);
        if (on === 'unsure') uncertain = true;
        if (on === 'yes') {
          if (holder && holder.person !== h.person) uncertain = true;
          holder = { person: h.person, role: h.role, office };
        }
      }
    }
    // The knowledge base does not know for certain who held the office then (a role known only
    // "as of" an earlier snapshot, or dates known only to the year): say nothing.
    if (uncertain) return;
    if (!own.length && !holder) return;
    if (!own.length && offices.some((id) => !this.lex.office(id)!.single)) return;
    const office = holder?.office ?? this.lex.office(own[own.length - 1]?.office ?? offices[0])!;
    // What the person was on the date, in the same jurisdiction.
    const now = this.sameJurisdictionRole(p, office, offices);
    const titleFix = now ? this.titleFix(t, this.lex.office(now.office)!) : undefined;
    const former = own.some((role) => !!role.to && role.to < this.date);
    const partyFix = former && office.kind === 'party-leader' ? this.partyLeaderFix(t, office) : undefined;
    // "former Swedish Prime Minister", "Sweden's former prime minister", "the former secretary of state".
    const possessiveJurisdiction = !!t.jurisdiction && /^['’]s?\s/.test(this.doc.text.slice(t.jurisdiction.end, t.jurisdiction.end + 3));
    const formerAt = t.form === 'appositive' || possessiveJurisdiction ? t.start : t.spanStart;
    let formerFix: Fix | undefined = former && t.form !== 'relative'
      ? { title: 'Insert "former"', edits: [{ offset: formerAt, length: 0, newText: this.isSentenceStart(formerAt) ? 'Former ' : 'former ' }] }
      : undefined;
    // "X, the president of the European Parliament": one of several former holders is "a former
    // president"; only the holder's immediate predecessor is "the former president".
    const determiner = t.form === 'appositive' ? this.determinerBefore(t) : undefined;
    if (formerFix && determiner?.key === 'the' && office.single && !this.predecessorOf(p, office, holder?.person)) {
      formerFix = { title: 'Change to "a former"', edits: [{ offset: determiner.start, length: formerAt - determiner.start, newText: `${matchCase(determiner.text, 'a')} former ` }] };
    }
    const holderFix: Fix | undefined = holder ? (() => {
      const start = r.core[0].start, end = r.core[r.core.length - 1].end;
      const name = this.preferredName(holder.person);
      return { title: `Change to "${name}"`, edits: [{ offset: start, length: end - start, newText: name }] };
    })() : undefined;
    // The finding points at what is wrong, and its fixes edit only that: the title when the person
    // held another office then or is the story's subject (named again), else the person.
    const mentionedElsewhere = this.res.some((o) => o !== r && (o.person === p || o.flagged?.person === p));
    // A title in apposition describes the person the writer means: when they held the office
    // before the date, the error is the title (a missing "former"), not the name.
    const describes = t.form === 'appositive' && former;
    // "kept X as chancellor": the person named is the error, the holder the likely fix.
    const complement = t.form === 'complement';
    // The holder on the date has the person's surname ("Housing Secretary Joaquin Castro" when his
    // twin Julián held the post): the given name is the likely slip, so the finding is the name.
    const namesake = !!holder && holder.person !== p && this.lex.personForms(holder.person).surnames.some((hs) => this.lex.personForms(p).surnames.some((ps) => ps.keys.join(' ') === hs.keys.join(' ')));
    const onName = complement ? !!holderFix : namesake || (!titleFix && !describes && !(mentionedElsewhere && (partyFix || formerFix)) && !!holderFix);
    const fixes: Fix[] = onName ? [holderFix!] : complement ? [] : [titleFix, partyFix, formerFix].filter((f): f is Fix => !!f);
    if (fixes.length) fixes[0].preferred = true;
    const name = r.core.map((w) => w.text).join(' ');
    const subject = p.gender === 'f' ? 'she' : p.gender === 'm' ? 'he' : this.lex.personForms(p).surnames[0].words.join(' ');
    let message = `${name} was not ${officeLabel(office)} on ${formatDate(this.date)}`;
    const ownSpans = own.filter((role) => role.office === office.id || offices.includes(role.office)).map((role) => this.tenure(role)).filter(Boolean);
    if (ownSpans.length) message += `: ${subject} ${ownSpans.join(' and ')}`;
    if (holder) message += `${ownSpans.length ? ';' : ':'} ${holder.person.name} held it then (${roleSpan(holder.role)})`;
    message += '.';
    if (now) message += ` On that date ${this.lex.personForms(p).surnames[0].words.join(' ')} was ${officeLabel(this.lex.office(now.office)!)}.`;
    const detail = [personCard(this.lex, p, this.date, this.preferredName(p)), ...(holder ? [personCard(this.lex, holder.person, this.date, this.preferredName(holder.person))] : [])].join('\n\n---\n\n');
    const offset = onName ? r.core[0].start : determiner && describes ? Math.min(determiner.start, t.spanStart) : t.spanStart;
    const end = onName ? r.core[r.core.length - 1].end : t.spanEnd;
    const related: RelatedSpan[] = onName ? [{ offset: t.spanStart, length: t.spanEnd - t.spanStart, message: 'the title' }] : [{ offset: r.core[0].start, length: r.core[r.core.length - 1].end - r.core[0].start, message: 'the person' }];
    this.out.titleMismatch.push({ offset, length: end - offset, message, fixes, related, detail });
  }

  /**
   * The sentence tells of the time the person held the office: its verb is in the past tense and
   * the sentence before (in the same paragraph) names a year of that tenure.
   */
  private historical(r: Resolved, own: Role[]): boolean {
    const s = this.doc.sentences[r.m.sentence];
    const before = this.doc.sentences[r.m.sentence - 1];
    if (!s || !before || before.block !== s.block) return false;
    const years = [...this.doc.prose.slice(before.start, before.end).matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => m[1]);
    const inTenure = years.some((y) => own.some((role) => (role.from ?? '0000').slice(0, 4) <= y && y <= (role.to ?? '9999').slice(0, 4)));
    return inTenure && this.pastTense(r.m);
  }

  /** The first verb after the mention is in the past tense ("wrote", "had said"). */
  private pastTense(m: Mention): boolean {
    const s = this.doc.sentences[m.sentence];
    for (let t = this.doc.tokenAt(m.end)?.index ?? -1; t >= 0 && t < s.endToken; t++) {
      const token = this.doc.tokens[t];
      if (token.start < m.end) continue;
      if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
      if (['was', 'were', 'had', 'did'].includes(token.lower)) return true;
      return token.lower !== token.lemma && !/(?:s|ing)$/.test(token.lower);
    }
    return false;
  }

  private removedBefore(t: TitleRef): boolean {
    const first = t.words[0].i;
    for (let k = first - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
      const w = this.words[k];
      if (w.sentence !== t.words[0].sentence) break;
      const lemma = this.doc.tokenAt(w.start)?.lemma ?? w.key;
      if (REMOVAL_VERBS.has(lemma) || REMOVAL_VERBS.has(w.key)) return true;
    }
    return false;
  }

  /** The article written just before an appositive title ("the" in "X, the president of ..."). */
  private determinerBefore(t: TitleRef): Word | undefined {
    const first = t.jurisdiction && t.jurisdiction.start < t.start ? this.words.find((w) => w.start === t.jurisdiction!.start) : t.words[0];
    const w = first ? this.words[first.i - 1] : undefined;
    return w && w.sentence === first!.sentence && ['the', 'a', 'an'].includes(w.key) && /^[ \t]+$/.test(this.doc.prose.slice(w.endAll, first!.start)) ? w : undefined;
  }

  /** Whether the person held the office just before its holder on the date (the immediate predecessor). */
  private predecessorOf(p: Person, office: Office, holder: Person | undefined): boolean {
    if (!holder) return false;
    const list = this.lex.kb.holders(office.id);
    const at = list.findIndex((h) => h.person === holder && roleOn(h.role, this.date) === 'yes');
    return at > 0 && list[at - 1].person === p;
  }

  /** A title with a jurisdiction and a full name the knowledge base does not know: the office had another holder. */
  private checkUnknownHolder(r: Resolved, t: TitleRef): void {
    if (r.m.quoted || r.core.length < 2 || !this.lex.isGivenWord(r.core[0])) return;
    const jurisdictions = new Set(t.offices.map((id) => this.lex.office(id)?.jurisdiction));
    if (jurisdictions.size !== 1 || !(t.jurisdiction || t.words.length > 1)) return;
    if (t.generic && !t.jurisdiction) return;
    // A coach or manager title is used in every sport and at every level ("Argentina coach"); a
    // company post ("advertising chief") in every company: unless the company is named, it says
    // nothing about who holds it.
    if (t.offices.some((id) => id.startsWith('team:') || (id.startsWith('company:') && !t.jurisdiction))) return;
    let holder: { person: Person; role: Role; office: Office } | undefined;
    for (const id of t.offices) {
      const office = this.lex.office(id)!;
      if (!office.single) return;
      for (const h of this.lex.kb.holders(id)) {
        const on = roleOn(h.role, this.date);
        if (on === 'unsure') return;
        if (on === 'yes') {
          if (holder && holder.person !== h.person) return;
          holder = { person: h.person, role: h.role, office };
        }
      }
    }
    if (!holder) return;
    // Not a misspelling of the holder's name, nor a namesake with the holder's surname.
    const a = this.align(r.core, holder.person, true);
    if (a) return;
    const last = r.core[r.core.length - 1].key;
    if (this.lex.personForms(holder.person).surnames.some((s) => s.keys.includes(last))) return;
    // Only a person acting in the story ("... said on Tuesday"): a name the knowledge base does
    // not know may be someone who held the office before its records begin ("the assassination
    // of Swedish Prime Minister Olof Palme").
    const speaks = this.doc.reports.some((rep) => !rep.passive && rep.source && rep.source.start <= r.m.start && r.m.end <= rep.source.end);
    if (!speaks) return;
    const start = r.core[0].start, end = r.core[r.core.length - 1].end;
    const name = this.preferredName(holder.person);
    const written = this.doc.text.slice(start, end);
    this.out.titleMismatch.push({
      offset: start,
      length: end - start,
      message: `${holder.person.name} was ${officeLabel(holder.office)} on ${formatDate(this.date)} (${roleSpan(holder.role)}), not ${written}.`,
      fixes: [{ title: `Change to "${name}"`, edits: [{ offset: start, length: end - start, newText: name }], preferred: true }],
      related: [{ offset: t.spanStart, length: t.spanEnd - t.spanStart, message: 'the title' }],
      detail: personCard(this.lex, holder.person, this.date, name),
    });
  }

  /** "held the office from A to B", "took office on C", "has held the office since D". */
  private tenure(role: Role): string {
    const on = (d: string) => (d.length === 10 ? `on ${formatDate(d)}` : `in ${formatDate(d)}`);
    if (role.from && role.from > this.date) return `took the office ${on(role.from)}`;
    if (role.from && role.to) return `held the office from ${midDate(role.from)} to ${formatDate(role.to)}`;
    if (role.to) return `held the office until ${formatDate(role.to)}`;
    return role.from ? `has held the office since ${formatDate(role.from)}` : '';
  }

  private isSentenceStart(offset: number): boolean {
    const s = this.doc.sentenceAt(offset);
    return !!s && this.doc.prose.slice(s.start, offset).trim() === '';
  }

  /** The person's role on the date that is the nearest thing to the title written. */
  private sameJurisdictionRole(p: Person, office: Office, exclude: string[]): Role | undefined {
    const prefix = office.id.split('/')[0];
    const candidates = p.roles.filter((role) => {
      if (exclude.includes(role.office) || roleOn(role, this.date) !== 'yes') return false;
      const o = this.lex.office(role.office);
      return !!o && (o.jurisdiction === office.jurisdiction || role.office.split('/')[0] === prefix);
    });
    const rank = (role: Role) => {
      const o = this.lex.office(role.office)!;
      if (o.kind === office.kind) return 0;
      if (o.kind === 'legislator') return 3;
      return 1;
    };
    candidates.sort((a, b) => rank(a) - rank(b));
    return candidates[0];
  }

  /** Replaces the written title with the form of `target` that reads most like it. */
  private titleFix(t: TitleRef, target: Office): Fix | undefined {
    const used = t.words.map((w) => w.text);
    const usedKeys = t.words.map((w) => w.key);
    let forms = [target.title, ...(target.aliases ?? [])];
    if (t.form === 'relative') {
      const implied = t.implied ?? [];
      forms = forms
        .map((f) => f.split(/\s+/))
        .filter((ws) => implied.length ? implied.every((k, i) => wordKey(ws[i] ?? '') === k || (k === 'chair' && ['chairman', 'chairwoman'].includes(wordKey(ws[i] ?? '')))) : true)
        .map((ws) => ws.slice(implied.length).join(' '))
        .filter(Boolean);
    }
    if (t.jurisdiction) {
      const j = t.jurisdiction;
      forms = forms.filter((f) => !f.split(/\s+/).some((w) => placesNamed(w).some((pl) => j.codes.has(pl.code)) || j.names.has(w)));
    }
    if (!forms.length) return undefined;
    // Before a name, a legislator's title is the abbreviation ("Sen.", "Rep.").
    if (target.kind === 'legislator' && (t.form === 'before' || t.form === 'before-comma') && !t.jurisdiction) forms = [target.title];
    const lower = LOWER_FIRST.test(used[0]);
    let best = forms[0];
    let bestScore = -Infinity;
    forms.forEach((f, i) => {
      const ws = f.split(/\s+/).map(wordKey);
      const shared = ws.filter((w) => usedKeys.includes(w)).length;
      const caseFit = LOWER_FIRST.test(f) === lower ? 0.5 : 0;
      const score = shared * 2 + caseFit - Math.abs(ws.length - usedKeys.length) * 0.1 - i * 0.01;
      if (score > bestScore) { bestScore = score; best = f; }
    });
    let chosen = best.split(/\s+/);
    if (lower) chosen = chosen.map((w) => (LOWER_TITLE_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w));
    // The smallest edit: keep the words the two titles share at either end.
    let pre = 0;
    while (pre < used.length && pre < chosen.length && wordKey(used[pre]) === wordKey(chosen[pre])) pre++;
    let suf = 0;
    while (suf < used.length - pre && suf < chosen.length - pre && wordKey(used[used.length - 1 - suf]) === wordKey(chosen[chosen.length - 1 - suf])) suf++;
    const replaced = chosen.slice(pre, chosen.length - suf);
    if (pre === used.length - suf) {
      if (!replaced.length) return undefined;
      const at = pre < used.length ? t.words[pre].start : t.words[used.length - 1].end;
      const text = pre < used.length ? `${replaced.join(' ')} ` : ` ${replaced.join(' ')}`;
      return { title: `Change the title to "${chosen.join(' ')}"`, edits: [{ offset: at, length: 0, newText: text }] };
    }
    const start = t.words[pre].start;
    const end = t.words[used.length - 1 - suf].end;
    const newText = replaced.length ? replaced.map((w, i) => (i === 0 && pre === 0 ? matchCase(used[0], w) : w)).join(' ') : '';
    if (!newText) {
      // Dropping words: take the space before them too.
      const from = pre > 0 ? t.words[pre - 1].end : start;
      return { title: `Change the title to "${chosen.join(' ')}"`, edits: [{ offset: from, length: end - from, newText: '' }] };
    }
    return { title: `Change the title to "${chosen.join(' ')}"`, edits: [{ offset: start, length: end - start, newText }] };
  }

  /** "Congress leader" for a former party president: the party's name with "leader". */
  private partyLeaderFix(t: TitleRef, office: Office): Fix | undefined {
    const ws = office.title.split(/\s+/);
    if (ws.length < 2 || /leader$/i.test(office.title)) return undefined;
    const text = [...ws.slice(0, -1), 'leader'].join(' ');
    const start = t.spanStart, end = t.spanEnd;
    return { title: `Change to "${text}"`, edits: [{ offset: start, length: end - start, newText: matchCase(this.doc.text.slice(start, end), text) }] };
  }

  // ---------------------------------------------------------------- names/inconsistent

  private inconsistencies(): void {
    // People in the knowledge base: one surname spelling per draft.
    for (const [p, rs] of this.docPeople) {
      const forms = this.lex.personForms(p);
      const spelled = new Map<string, Resolved[]>();
      for (const r of rs) {
        if (r.flagged) continue;
        const last = r.core[r.core.length - 1];
        if (!forms.surnames.some((s) => s.keys.length === 1 && (s.keys[0] === last.key || this.lex.sameTransliteration(p, s.keys[0], last.key)))) continue;
        const key = last.text.normalize('NFC').toLowerCase();
        const list = spelled.get(key) ?? [];
        list.push(r);
        spelled.set(key, list);
      }
      this.givenInconsistencies(p, rs);
      if (spelled.size < 2) continue;
      const pref = this.preferred.get(p);
      const prefKey = pref?.words[pref.words.length - 1].normalize('NFC').toLowerCase();
      // Every spelling here is one the knowledge base accepts (misspellings were flagged as such).
      // Which one the draft should keep: the house's; else the one of the first full-name reference
      // (given name and surname, the one a reporter checked); else the one used more; else the first.
      const surnameLength = forms.surnames[0].keys.length;
      const evidence = new Map<string, { full: number; first: number }>();
      for (const [key, list] of spelled) evidence.set(key, { full: firstFullReference(list, surnameLength), first: firstMention(list) });
      const ranked = [...spelled].sort((a, b) => {
        const x = evidence.get(a[0])!, y = evidence.get(b[0])!;
        return (b[0] === prefKey ? 1 : 0) - (a[0] === prefKey ? 1 : 0) || x.full - y.full || b[1].length - a[1].length || x.first - y.first;
      });
      const [refKey, refs] = prefKey ? [prefKey, spelled.get(prefKey) ?? []] : ranked[0];
      const refText = prefKey && pref ? pref.words[pref.words.length - 1] : refs[0].core[refs[0].core.length - 1].text;
      for (const [key, list] of ranked) {
        if (key === refKey) continue;
        for (const r of list) this.reportInconsistent(r.core[r.core.length - 1], refText, refs, p, refKey === prefKey ? 'the house spelling' : undefined);
      }
    }
    this.localInconsistencies();
    this.separatorInconsistencies();
  }

  /**
   * A word that stands alone as the subject of its clause, as a surname does ("Davila ordered",
   * "Venkatraman and Ordaz cast"): a lower-case word follows it, and neither a capitalised word
   * ("Delgada Street") nor a preposition ("in Davila") is next to it.
   */
  private bareSubject(w: Word): boolean {
    const prev = this.words[w.i - 1], next = this.words[w.i + 1];
    if (w.possessive || !next || next.sentence !== w.sentence || next.cap || !/^[ \t]+$/.test(this.doc.prose.slice(w.endAll, next.start))) return false;
    if (prev && prev.sentence === w.sentence && (prev.cap || PREPOSITIONS.has(prev.key)) && /^\s+$/.test(this.doc.prose.slice(prev.endAll, w.start))) return false;
    return true;
  }

  /**
   * One full name written with and without a hyphen or a space, or in another case ("Bong Joon Ho"
   * … "Bong Joon-ho", "Jean-Luc" … "Jean Luc"): both may be accepted, but a draft keeps one. The
   * first form in the body is the reference.
   */
  private separatorInconsistencies(): void {
    const found = this.out.inconsistent.map((f) => [f.offset, f.offset + f.length]);
    const done = (start: number, end: number) => found.some(([a, b]) => a < end && start < b);
    const groups = new Map<string, { text: string; r: Resolved; at: number }[]>();
    for (const r of this.res) {
      // (Headlines are left out: title case capitalises "Joon-Ho".)
      if (r.flagged || r.m.headline || r.core.length < 2 || !r.core.every((w) => w.cap)) continue;
      const raw = this.doc.text.slice(r.core[0].start, r.core[r.core.length - 1].end);
      // (Normalising loads Unicode tables on first use: ASCII needs none.)
      const text = NON_ASCII.test(raw) ? raw.normalize('NFC') : raw;
      if (text === text.toUpperCase()) continue;
      if (!NAME_LETTERS.test(text)) continue;
      const key = text.toLowerCase().replace(/['’ -]/g, '');
      const list = groups.get(key) ?? [];
      list.push({ text, r, at: r.m.start });
      groups.set(key, list);
    }
    for (const list of groups.values()) {
      if (new Set(list.map((e) => e.text)).size < 2) continue;
      list.sort((a, b) => a.at - b.at);
      const ref = list[0];
      for (const e of list) {
        const start = e.r.core[0].start, end = e.r.core[e.r.core.length - 1].end;
        if (e.text === ref.text || e.r.m.quoted || done(start, end)) continue;
        this.out.inconsistent.push({
          offset: start,
          length: end - start,
          message: `"${e.text}" is written "${ref.text}" elsewhere in this draft: write one person's name one way.`,
          fixes: [{ title: `Change to "${ref.text}"`, edits: [{ offset: start, length: end - start, newText: ref.text }], preferred: true }],
          related: [{ offset: ref.r.core[0].start, length: ref.r.core[ref.r.core.length - 1].end - ref.r.core[0].start, message: `written "${ref.text}" here` }],
          ...(e.r.person ? { detail: personCard(this.lex, e.r.person, this.date, this.preferredName(e.r.person)) } : {}),
        });
      }
    }
  }

  /** One person's given name written two ways ("Sergey Lavrov" … "Sergei Lavrov"), not a nickname and its formal form. */
  private givenInconsistencies(p: Person, rs: Resolved[]): void {
    const spelled = new Map<string, Word[]>();
    for (const r of rs) {
      if (r.flagged || r.core.length < 2) continue;
      const g = r.core[0];
      if (!this.lex.givenMatches(p, g.key)) continue;
      const key = g.text.normalize('NFC').toLowerCase();
      spelled.set(key, [...(spelled.get(key) ?? []), g]);
    }
    if (spelled.size < 2) return;
    const pref = this.preferred.get(p);
    const prefKey = pref && pref.words.length > 1 ? pref.words[0].normalize('NFC').toLowerCase() : undefined;
    // The house's spelling, else the first full-name reference's (body before headline), else the one used more.
    const firstOf = (ws: Word[]) => Math.min(...ws.map((w) => (w.headline ? HEADLINE_LATER : 0) + w.start));
    const ranked = [...spelled].sort((a, b) =>
      (b[0] === prefKey ? 1 : 0) - (a[0] === prefKey ? 1 : 0) || firstOf(a[1]) - firstOf(b[1]) || b[1].length - a[1].length);
    const [refKey, refs] = ranked[0];
    for (const [key, words] of ranked.slice(1)) {
      // Nicknames and formal names ("Joe", "Joseph") are a choice, not a spelling.
      if (this.lex.nicknameOf(wordKey(key), wordKey(refKey)) || boundedDistance(wordKey(key), wordKey(refKey), 2) > 2) continue;
      for (const w of words) {
        const replacement = matchCase(w.text, refs[0].text);
        this.out.inconsistent.push({
          offset: w.start,
          length: w.end - w.start,
          message: `"${w.text}" is spelled "${refs[0].text}" elsewhere in this draft: spell one person's name one way.`,
          fixes: [{ title: `Change to "${replacement}"`, edits: [{ offset: w.start, length: w.end - w.start, newText: replacement }], preferred: true }],
          related: refs.slice(0, 5).map((o) => ({ offset: o.start, length: o.end - o.start, message: `spelled "${o.text}" here` })),
          detail: personCard(this.lex, p, this.date, this.preferredName(p)),
        });
      }
    }
  }

  /** People the knowledge base does not know: a surname written two ways. */
  private localInconsistencies(): void {
    // weak: every mention is a surname alone with nothing saying it is a person ("Davila ordered");
    // known: the spelling is a real surname in the knowledge base (someone's, maybe not this person's).
    interface Spelling { key: string; text: string; mentions: Resolved[]; givens: Set<string>; defined: boolean; accepted: boolean; first: number; firstFull: number; weak: boolean; known: boolean }
    const spellings = new Map<string, Spelling>();
    const spelling = (key: string, text: string, first: number) => {
      let sp = spellings.get(key);
      if (!sp) spellings.set(key, (sp = { key, text, mentions: [], givens: new Set(), defined: false, accepted: false, first, firstFull: Infinity, weak: true, known: false }));
      return sp;
    };
    for (const r of this.res) {
      if (r.person || r.flagged || !r.core.length || r.m.headline) continue;
      const last = r.core[r.core.length - 1];
      const full = r.core.length >= 2;
      if (last.key.length < 4 || last.caps || this.isDict(last)) continue;
      // Somebody else's surname in the knowledge base, introduced here in full, is a person of its own.
      if (full && this.lex.wordFlags(last) & KEY_FLAGS.surnameWord && !this.lex.isGivenWord(r.core[0])) continue;
      // A person: a title, a known given name, or what follows ("said", ", 71,"). A surname alone
      // with none of these is kept as a weak spelling: compared only with a full name the draft
      // introduces ("Judge Edward Davilla … Davila ordered").
      const person = r.m.titles.length > 0 || (full && this.lex.isGivenWord(r.core[0])) || this.personContext(r.m);
      // A full name with nothing saying it is a person ("Ilse Marwede", a given name the knowledge
      // base lacks) is kept as a weak spelling too: it is compared only with another such full
      // name with the same given name, a letter added or dropped.
      const weakFull = !person && full && r.core.length === 2 && !r.m.quoted && !this.isDict(r.core[0]) && !this.lex.isPlace(r.core[0].text) && !this.lex.isPlace(last.text);
      if (!person && !weakFull && (full || last.key.length < 5 || r.m.quoted || r.m.words.length !== 1 || !this.bareSubject(last))) continue;
      const sp = spelling(last.key, last.text, r.m.start);
      sp.mentions.push(r);
      if (person) sp.weak = false;
      if (this.lex.wordFlags(last) & KEY_FLAGS.surnameKey) sp.known = true;
      if (full) {
        sp.defined = true;
        sp.firstFull = Math.min(sp.firstFull, r.m.start);
        for (const g of r.core.slice(0, -1)) sp.givens.add(g.key);
      }
    }
    for (const [key, entries] of this.accepted.surnames) {
      const sp = spelling(key, entries[0].words[entries[0].words.length - 1], -1);
      sp.accepted = true;
      sp.defined = true;
      sp.weak = false;
      for (const e of entries) for (const g of e.given) sp.givens.add(g);
    }
    const list = [...spellings.values()];
    for (const sp of list) {
      if (!sp.mentions.length || sp.accepted) continue;
      // The spellings this one may be a variant of.
      const near = list.filter((o) => {
        if (o === sp || o.key[0] !== sp.key[0]) return false;
        // Two edits for long names, and for a surname the draft never introduces that shares the
        // beginning of one it does ("Okonkwo said" after "Board President Lorraine Okonjo").
        let prefix = 0;
        while (prefix < o.key.length && o.key[prefix] === sp.key[prefix]) prefix++;
        const limit = Math.min(o.key.length, sp.key.length) >= 8 || (!sp.defined && o.defined && prefix >= 3 && Math.min(o.key.length, sp.key.length) >= 6) ? 2 : 1;
        if (Math.abs(o.key.length - sp.key.length) > limit || boundedDistance(o.key, sp.key, limit) > limit) return false;
        // Two full names with different given names are two people ("Ravi Kumar", "Ravi Kumari" is a typo; "Ana Ruiz", "Luis Ruis" are not one person).
        if (sp.givens.size && o.givens.size && ![...sp.givens].some((g) => o.givens.has(g))) return false;
        // A weak spelling is compared only with a full name introduced before it, a letter added or
        // dropped ("Davilla" … "Davila", not "Davis" … "Davos"); it is never the reference for another.
        const weakPair = (w: Spelling, d: Spelling) => d.accepted || (d.defined && d.firstFull < w.first && Math.abs(w.key.length - d.key.length) === 1);
        // Two full names with the same given name, a letter added or dropped in the surname: one
        // name written two ways, however little else says it is a person ("Ilse Marwede" …
        // "Ilse Marwedel's lawyer").
        if (sp.defined && o.defined && [...sp.givens].some((g) => o.givens.has(g)) && Math.abs(sp.key.length - o.key.length) === 1) return o.accepted || o.mentions.length > 0;
        if (sp.weak && !weakPair(sp, o)) return false;
        if (o.weak && !weakPair(o, sp)) return false;
        return o.accepted || o.mentions.length > 0;
      });
      if (near.length !== 1) continue;
      const o = near[0];
      // The reference: an accepted name, else the spelling of the first full-name reference (the
      // one that introduced the person), else the spelling used more, else the earlier one.
      const mine = sp.mentions.length, theirs = o.mentions.length;
      // A spelling that is a real surname wins over one a letter away that is nobody's ("Davila"
      // over "Davilla").
      const known = o.known !== sp.known && boundedDistance(o.key, sp.key, 1) <= 1;
      const oWins = o.accepted || (known ? o.known : o.firstFull !== sp.firstFull ? o.firstFull < sp.firstFull : theirs !== mine ? theirs > mine : o.first < sp.first);
      if (!oWins) continue;
      for (const r of sp.mentions) this.reportInconsistent(r.core[r.core.length - 1], o.text, o.mentions, undefined, o.accepted ? 'the workspace name list' : undefined);
    }
  }

  private reportInconsistent(word: Word, to: string, refs: Resolved[], p: Person | undefined, source?: string): void {
    const replacement = matchCase(word.text, to);
    const message = source === 'the house spelling'
      ? `"${word.text}": this draft spells the name more than one way, and the house spelling is "${to}".`
      : source
        ? `"${word.text}" is spelled "${to}" in ${source}: spell one person's name one way.`
        : `"${word.text}" is spelled "${to}" elsewhere in this draft${refs.length > 1 ? ` (${refs.length} times)` : ''}: spell one person's name one way.`;
    this.out.inconsistent.push({
      offset: word.start,
      length: word.end - word.start,
      message,
      fixes: [{ title: `Change to "${replacement}"`, edits: [{ offset: word.start, length: word.end - word.start, newText: replacement }], preferred: true }],
      related: refs.filter((o) => o.core.length).slice(0, 5).map((o) => {
        const w = o.core[o.core.length - 1];
        return { offset: w.start, length: w.end - w.start, message: `spelled "${w.text}" here` };
      }),
      ...(p ? { detail: personCard(this.lex, p, this.date, this.preferredName(p)) } : {}),
    });
  }
}
