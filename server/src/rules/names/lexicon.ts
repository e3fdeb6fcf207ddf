// What the names rules know about names: the knowledge base's name words, full names and their
// prefixes, surname keys, given names, nicknames and given-name counts (computed when the
// knowledge base is compiled: scripts/kb/compile.mjs, read through KnowledgeBase.keyFlags), the
// titles of offices as word tries (built lazily), every accepted form of each person's name (on
// demand), and the fuzzy index of surnames (on the first approximate lookup).
import { KEY_FLAGS, knowledgeBase, type KnowledgeBase, type Office, type Person } from '../../engine/kb';
import { boundedDistance, FuzzyIndex, sameSquashed, type FuzzyHit } from './fuzzy';
import { isPlaceWord } from '../../engine/places';
import { isDictionaryWord } from '../../engine/nlp';
import { wordKey, type Word } from './words';

/** A name form as word keys and as written in the knowledge base. */
export interface Form {
  keys: string[];
  words: string[];
}

export interface PersonForms {
  /** Full-name forms (canonical name and multi-word variants). */
  fulls: Form[];
  /** Surname forms (the surname and single-word or surname variants). */
  surnames: Form[];
  /** Given-name keys that identify the person (given names, first words of full forms) -> as written. */
  givens: Map<string, string>;
  /** The person's own given names (not from variants): the ones nicknames and formal forms apply to. */
  own: string[];
}

/** A title form on its way into a trie: its word keys, from the node that holds it on, and its offices (none for a generic title). */
interface PendingTitle {
  keys: string[];
  at: number;
  offices?: () => string[];
}

const NO_TITLES: ReadonlyMap<string, TitleNode> = new Map();

/**
 * A node of a title trie (word keys, forwards or backwards). The tries are built lazily: a node
 * holds the forms that pass through it until its children are first asked for, so a draft pays
 * only for the few branches its words reach (two full tries have some 13,000 nodes).
 */
export class TitleNode {
  /** Offices whose title or alias ends here. */
  offices?: string[];
  /** A person's title that is not an office in the knowledge base ("Mayor", "Dr."). */
  generic?: boolean;
  private children?: Map<string, TitleNode>;
  private pending?: PendingTitle[];

  /** The nodes one word further. */
  get next(): ReadonlyMap<string, TitleNode> {
    if (this.pending) this.expand();
    return this.children ?? NO_TITLES;
  }

  /** Adds a form's keys from `at` on below this node. */
  hold(title: PendingTitle): void {
    (this.pending ??= []).push(title);
  }

  private expand(): void {
    const pending = this.pending!;
    this.pending = undefined;
    const children = (this.children ??= new Map());
    for (const t of pending) {
      const k = t.keys[t.at];
      let child = children.get(k);
      if (!child) children.set(k, (child = new TitleNode()));
      if (t.at + 1 < t.keys.length) {
        child.hold({ keys: t.keys, at: t.at + 1, offices: t.offices });
        continue;
      }
      if (t.offices) {
        const offices = t.offices();
        if (!child.offices) child.offices = [...offices];
        else for (const id of offices) if (!child.offices.includes(id)) child.offices.push(id);
      } else child.generic = true;
    }
  }
}

// Titles and honorifics the knowledge base has no office for. They say a person follows.
const GENERIC_TITLES = [
  'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mx.', 'Dr.', 'Prof.', 'Professor', 'Rev.', 'Reverend', 'Father', 'Rabbi', 'Imam', 'Pastor', 'Archbishop', 'Cardinal', 'Sheikh',
  'Mayor', 'Deputy Mayor', 'Judge', 'Circuit Judge', 'District Judge', 'Magistrate', 'Justice', 'Gov.', 'Governor', 'Lt. Gov.', 'Lieutenant Governor', 'Sen.', 'Senator', 'State Sen.', 'State Senator',
  'Rep.', 'Representative', 'State Rep.', 'Del.', 'Delegate', 'Assemblyman', 'Assemblywoman', 'Assemblymember', 'Council member', 'Councilmember', 'Councilman', 'Councilwoman', 'Councillor', 'Councilor',
  'Alderman', 'Alderwoman', 'Commissioner', 'County Commissioner', 'Sheriff', 'Superintendent', 'Supervisor', 'Treasurer', 'Clerk', 'Attorney General', 'Prosecutor', 'District Attorney', 'Assistant Prosecutor',
  'Director', 'Chief', 'Police Chief', 'Fire Chief', 'Officer', 'Detective', 'Sgt.', 'Sergeant', 'Lt.', 'Lieutenant', 'Capt.', 'Captain', 'Col.', 'Colonel', 'Gen.', 'General', 'Maj.', 'Major', 'Adm.', 'Admiral', 'Cpl.', 'Pvt.',
  'Coach', 'Chairman', 'Chairwoman', 'Chair', 'President', 'Vice President', 'Secretary', 'Minister', 'Ambassador', 'Envoy', 'Speaker', 'Chancellor', 'Dean', 'Principal', 'Provost',
  'spokesman', 'spokeswoman', 'spokesperson', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Emir', 'Crown Prince', 'Sen', 'Rep', 'Gov',
];

// Abbreviated title words and their full forms: "Gov." matches "Governor".
const TITLE_SYNONYMS = new Map<string, string>(Object.entries({
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', lt: 'lieutenant', atty: 'attorney', supt: 'superintendent', sgt: 'sergeant',
  capt: 'captain', col: 'colonel', adm: 'admiral', maj: 'major', cmdr: 'commander', pres: 'president', sec: 'secretary', del: 'delegate', prof: 'professor', rev: 'reverend',
  chairman: 'chair', chairwoman: 'chair', chairperson: 'chair', 'vice-president': 'vice president', 'secretary-general': 'secretary general', 'director-general': 'director general',
}));

/** A word's key as titles are matched: "Sen." and "Senator" are one word. */
export function titleWordKey(key: string): string {
  return TITLE_SYNONYMS.get(key) ?? key;
}

function titleKeys(form: string, parts: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const part of form.split(/\s+/)) {
    if (!part) continue;
    let keys = parts.get(part);
    // "vice president" (from "Vice-President") becomes two keys, as the text's "Vice President".
    if (!keys) parts.set(part, (keys = titleWordKey(wordKey(part)).split(' ')));
    for (const k of keys) out.push(k);
  }
  return out;
}

// Countries whose names reach English through transliteration: their people's names have
// several accepted Latin spellings ("Gallant" and "Galant", "Shoigu" and "Shoygu").
const TRANSLITERATED = new Set([
  'RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'MN', 'BG', 'RS', 'MK', 'ME', 'BA', 'GR', 'CY', 'GE', 'AM', 'AZ', 'IL', 'PS', 'SA', 'AE', 'QA', 'KW', 'BH',
  'OM', 'YE', 'IQ', 'SY', 'LB', 'JO', 'EG', 'LY', 'TN', 'DZ', 'MA', 'SD', 'MR', 'IR', 'AF', 'PK', 'IN', 'BD', 'NP', 'LK', 'MV', 'MM', 'TH', 'LA', 'KH', 'CN',
  'TW', 'HK', 'JP', 'KR', 'KP', 'ET', 'ER', 'SO', 'DJ', 'KM',
]);

// Cyrillic names also alternate y and i ("Zelenskiy", "Zelenskyy"; "Dmitry", "Dmitri").
const CYRILLIC = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'MN', 'BG', 'RS', 'MK', 'ME', 'BA']);

/** A key with the usual transliteration alternations folded: doubled letters, kh/h, zh/j, w/v, ou/u, al-; y/i for Cyrillic. */
export function translitKey(key: string, cyrillic = false): string {
  const k = cyrillic ? key.replace(/y/g, 'i') : key;
  return k
    .replace(/^(?:al|el|ul|ad|an|as|at|az)-/, '')
    .replace(/[-']/g, '')
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/sch/g, 'sh')
    .replace(/ck|[cq]/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ou|oo/g, 'u')
    .replace(/(.)\1+/g, '$1')
    .replace(/(.{3})h$/, '$1');
}

/** NameLexicon.wordFlags: the word can begin a title (beside the KEY_FLAGS bits). */
export const STARTS_TITLE = 256;

const TOP_KINDS = new Set(['head-of-state', 'head-of-government', 'foreign-minister', 'org-head', 'legislative-leader', 'deputy-head-of-government']);

/** The keys the knowledge base marks with a flag (KEY_FLAGS), as a set. */
export class KeySet {
  constructor(private readonly kb: KnowledgeBase, private readonly flag: number) {}

  has(key: string): boolean {
    return (this.kb.keyFlags(key) & this.flag) !== 0;
  }
}

/**
 * What the names rules know about names. The knowledge base's keys carry the rest (KEY_FLAGS):
 * name words, surname words, full-name prefixes, given names and nicknames, read per word of a
 * draft with wordFlags.
 */
export class NameLexicon {
  readonly kb: KnowledgeBase;
  private readonly forms = new Map<Person, PersonForms>();
  private fuzzyIndex?: FuzzyIndex<Person>;
  readonly titles = new TitleNode();
  /** The same titles with their words in reverse order, read backwards from a name. */
  readonly titlesReversed = new TitleNode();
  /** Office jurisdictions as written in the knowledge base ("Tesla", "Texas", "Indian National Congress"). */
  readonly jurisdictions: ReadonlySet<string>;
  /** Every full name and full-name variant as word keys joined by spaces. */
  readonly fullNameKeys: KeySet;
  /** Office id -> its code ("US", "company:Tesla"). */
  private readonly codes = new Map<string, string>();
  /** Every surname form as word keys joined by spaces. */
  readonly surnameKeys: KeySet;

  constructor(kb: KnowledgeBase) {
    this.kb = kb;
    this.surnameKeys = new KeySet(kb, KEY_FLAGS.surnameKey);
    this.fullNameKeys = new KeySet(kb, KEY_FLAGS.fullKey);
    // The word keys of every name (words, surnames, full names and their prefixes, given-name
    // counts, the nicknames table's names) come compiled with the knowledge base; each person's
    // forms are built when a draft needs them.
    // Titles: many offices share one ("Foreign Minister"), so each form goes in the tries once.
    this.jurisdictions = kb.jurisdictions();
    const parts = new Map<string, string[]>();
    for (const { form, offices } of kb.titles()) this.addTitle(titleKeys(form, parts), offices);
    for (const form of GENERIC_TITLES) this.addTitle(titleKeys(form, parts));
  }

  private addTitle(keys: string[], offices?: () => string[]): void {
    if (!keys.length) return;
    this.titles.hold({ keys, at: 0, offices });
    this.titlesReversed.hold({ keys: [...keys].reverse(), at: 0, offices });
  }

  /** The accepted forms of a person's name. */
  personForms(p: Person): PersonForms {
    let f = this.forms.get(p);
    if (!f) this.forms.set(p, (f = nameForms(p)));
    return f;
  }

  /** Whether two given names are the same name or a nickname and its formal form ("Chuck", "Charles"). */
  sameGiven(a: string, b: string): boolean {
    if (a === b) return true;
    // One is the other's nickname in the table. Two nicknames of one formal name ("Bill", "Will")
    // are not the same person's name by themselves; two formal names sharing a nickname are not
    // either.
    const nicknames = this.kb.nicknames;
    return (Object.hasOwn(nicknames, a) && nicknames[a].includes(b)) || (Object.hasOwn(nicknames, b) && nicknames[b].includes(a));
  }

  /**
   * Whether one given name is the other's nickname or formal form ("Chuck", "Charles"), not another
   * spelling of it: the nicknames table also pairs spellings ("Shaun" and "Shawn", "Jon" and "John",
   * "Steven" and "Stephen"), but a person's name is spelled one way.
   */
  nicknameOf(a: string, b: string): boolean {
    return a !== b && this.sameGiven(a, b) && !spellingVariant(a, b);
  }

  /** Whether two given names are spellings of one name that the nicknames table pairs ("Jon" and "John"). */
  otherSpelling(a: string, b: string): boolean {
    return a !== b && this.sameGiven(a, b) && spellingVariant(a, b);
  }

  /** Whether `given` (a word key) is one of the person's given names, a nickname of one, or its initial. */
  givenMatches(p: Person, given: string): boolean {
    const f = this.personForms(p);
    if (f.givens.has(given)) return true;
    // Written with or without an apostrophe or hyphen ("Shunichi" for "Shun'ichi").
    for (const g of f.givens.keys()) if (sameSquashed(g, given)) return true;
    // Nicknames only through the person's own given name: "Joseph" for Joe Biden, "Chuck" for
    // Charles, but not "Anthony" for Antony Blinken because "Tony" is a nickname of both.
    for (const g of f.own) {
      if (this.nicknameOf(given, g)) return true;
      // Hyphenated or compound given names: "Jean" for "Jean-Claude" is not enough, but
      // "Jean-Claude" for "Jean Claude" is.
      if (g.replace(/-/g, '') === given.replace(/-/g, '')) return true;
    }
    return false;
  }

  /** The knowledge base's flags for a word's key (KEY_FLAGS), and STARTS_TITLE: looked up once per word. */
  wordFlags(w: Word): number {
    if (w.flags < 0) w.flags = this.kb.keyFlags(w.key) | (this.startsTitle(w.key) ? STARTS_TITLE : 0);
    return w.flags;
  }

  /** isGivenName for a word. */
  isGivenWord(w: Word): boolean {
    return (this.wordFlags(w) & (KEY_FLAGS.given | KEY_FLAGS.nickname)) !== 0;
  }

  /** Whether the word is known as somebody's given name (in the knowledge base or the nicknames table). */
  isGivenName(key: string): boolean {
    return (this.kb.keyFlags(key) & (KEY_FLAGS.given | KEY_FLAGS.nickname)) !== 0;
  }

  /** How many people in the knowledge base have this given name (a word key). */
  givenCount(key: string): number {
    return this.kb.givenCount(key);
  }

  /** Office id -> its code ("US", "company:Tesla"); undefined for an unknown office. */
  officeCode(id: string): string | undefined {
    let code = this.codes.get(id);
    if (code === undefined) {
      if (!this.kb.office(id)) return undefined;
      this.codes.set(id, (code = id.slice(0, id.indexOf('/'))));
    }
    return code;
  }

  /** The fuzzy index of surname words (the knowledge base's approximate-match words), built on first use. */
  get fuzzy(): FuzzyIndex<Person> {
    this.fuzzyIndex ??= new FuzzyIndex<Person>(this.kb.approximateKeys(), (key) => this.kb.approximate(key), (skeleton) => this.kb.approximateBySkeleton(skeleton));
    return this.fuzzyIndex;
  }

  private readonly translitMemo = new WeakMap<Person, 0 | 1 | 2>();

  /** Whether the person's name is a transliteration (every office in a country written in another script): 2 for Cyrillic. */
  transliterated(p: Person): 0 | 1 | 2 {
    let known = this.translitMemo.get(p);
    if (known === undefined) {
      const codes = p.roles.map((r) => this.officeCode(r.office) ?? '');
      known = codes.length > 0 && codes.every((c) => TRANSLITERATED.has(c)) ? (codes.every((c) => CYRILLIC.has(c)) ? 2 : 1) : 0;
      this.translitMemo.set(p, known);
    }
    return known;
  }

  private readonly translitKeys = [new Map<string, string>(), new Map<string, string>()];

  /** translitKey, cached (the same names recur). */
  private translit(key: string, cyrillic: boolean): string {
    const cache = this.translitKeys[cyrillic ? 1 : 0];
    let folded = cache.get(key);
    if (folded === undefined) {
      if (cache.size > 20_000) cache.clear();
      cache.set(key, (folded = translitKey(key, cyrillic)));
    }
    return folded;
  }

  /** Whether two name keys are spellings of one transliteration for this person. */
  sameTransliteration(p: Person, a: string, b: string): boolean {
    const t = this.transliterated(p);
    return t > 0 && this.translit(a, t === 2) === this.translit(b, t === 2);
  }

  /** A person who holds or held a prominent office, or was added by hand (public figures). */
  prominent(p: Person): boolean {
    if (p.id.startsWith('kb:') && !p.id.startsWith('kb:us-govtrack')) return true;
    return p.roles.some((r) => TOP_KINDS.has(this.kb.office(r.office)?.kind ?? '') || r.office.startsWith('company:') || r.office === 'US/senate');
  }

  private readonly dictionaryWords = new Map<string, boolean>();

  /** Whether every part of a word is ordinary English ("political", "well-known"; not "Blinken"), cached. */
  isDictionary(text: string): boolean {
    let known = this.dictionaryWords.get(text);
    if (known === undefined) {
      if (this.dictionaryWords.size > 50_000) this.dictionaryWords.clear();
      known = text.split(/[-‐']/).every((part) => part.length > 0 && isDictionaryWord(part));
      this.dictionaryWords.set(text, known);
    }
    return known;
  }

  private readonly placeWords = new Map<string, boolean>();

  /** Whether the words name a place or organisation (cached: the same words recur in every draft). */
  isPlace(text: string): boolean {
    let known = this.placeWords.get(text);
    if (known === undefined) {
      if (this.placeWords.size > 50_000) this.placeWords.clear();
      this.placeWords.set(text, (known = this.jurisdictions.has(text) || isPlaceWord(text)));
    }
    return known;
  }

  private readonly nearCache = new Map<string, FuzzyHit<Person>[]>();

  /** Surname words within the allowed edit distance (cached: drafts repeat the same names). */
  near(key: string): FuzzyHit<Person>[] {
    let hits = this.nearCache.get(key);
    if (!hits) {
      if (this.nearCache.size > 20_000) this.nearCache.clear();
      this.nearCache.set(key, (hits = this.fuzzy.near(key)));
    }
    return hits;
  }

  private readonly byJurisdiction = new WeakMap<TitleNode, Map<string, string[]>>();

  /** The offices at a title node that belong to a jurisdiction (by code or canonical name). */
  officesIn(node: TitleNode, codes: Iterable<string>, names: Iterable<string>): string[] {
    let index = this.byJurisdiction.get(node);
    if (!index) {
      index = new Map();
      for (const id of node.offices ?? []) {
        const office = this.kb.office(id);
        if (!office) continue;
        for (const k of [`code:${this.officeCode(id)}`, `name:${office.jurisdiction}`]) {
          const list = index.get(k) ?? [];
          list.push(id);
          index.set(k, list);
        }
      }
      this.byJurisdiction.set(node, index);
    }
    const out = new Set<string>();
    for (const c of codes) for (const id of index.get(`code:${c}`) ?? []) out.add(id);
    for (const n of names) for (const id of index.get(`name:${n}`) ?? []) out.add(id);
    return [...out];
  }

  /** Whether a word can begin a title ("Prime", "Sen.", "Secretary-General"). */
  startsTitle(key: string): boolean {
    const k = TITLE_SYNONYMS.get(key) ?? key;
    const space = k.indexOf(' ');
    return this.titles.next.has(space < 0 ? k : k.slice(0, space));
  }

  office(id: string): Office | undefined {
    return this.kb.office(id);
  }
}

// A module constant: a bundle for node lowers a regular expression with Unicode properties to
// `new RegExp(...)` where it stands.
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;

/** Every accepted form of a person's name: full names, surname forms, given names. */
function nameForms(p: Person): PersonForms {
  const form = (text: string): Form => {
    const words = text.indexOf('  ') < 0 && text.trim() === text ? text.split(' ') : text.trim().split(/\s+/);
    return { keys: words.map(wordKey), words };
  };
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);
  const surname = form(p.surname);
  const fulls: Form[] = [form(p.name)];
  const surnames: Form[] = [surname];
  const givens = new Map<string, string>();
  for (const g of p.given) for (const w of g.split(' ')) if (w.replace(/\./g, '').length > 1) givens.set(wordKey(w), w);
  for (const v of p.variants ?? []) {
    const k = form(v);
    if (k.keys.length > 1 && !same(k.keys, surname.keys)) fulls.push(k);
    else surnames.push(k);
  }
  // Hyphenated given names are also written as two words ("Kim Jong-un", "Kim Jong Un").
  for (let i = 0, n = fulls.length; i < n; i++) {
    const full = fulls[i];
    if (!full.words.some((w) => w.includes('-'))) continue;
    const words = full.words.flatMap((w) => HYPHENATED_GIVEN.test(w) ? w.split('-').map((x, j) => (j ? x[0].toUpperCase() + x.slice(1) : x)) : [w]);
    if (words.length !== full.words.length) fulls.push({ words, keys: words.map(wordKey) });
  }
  // A full form's words before a surname form are given names ("Tony" in "Tony Blinken").
  for (const full of fulls) {
    for (const s of surnames) {
      const n = s.keys.length;
      if (full.keys.length > n && s.keys.every((w, i) => full.keys[full.keys.length - n + i] === w)) {
        const w = full.words[0];
        if (w.replace(/\./g, '').length > 1 && !givens.has(full.keys[0])) givens.set(full.keys[0], w);
      }
    }
  }
  const own = [...new Set([...p.given.flatMap((g) => g.split(' ')), p.name.split(' ')[0]].map(wordKey))];
  return { fulls, surnames, givens, own };
}

/**
 * Two spellings of one given name rather than a name and its nickname: about as long (one letter
 * apart at most), one or two edits apart, neither the start of the other ("Shaun" and "Shawn",
 * "Jon" and "John"; not "Jim" and "Jimmy").
 */
function spellingVariant(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3 || Math.abs(a.length - b.length) > 1) return false;
  if (a.startsWith(b) || b.startsWith(a)) return false;
  return boundedDistance(a, b, 2) <= 2;
}

let lexicon: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  lexicon ??= new NameLexicon(knowledgeBase());
  return lexicon;
}
