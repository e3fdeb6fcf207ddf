// What the names rules derive from the knowledge base, once, on first use: every accepted form of
// each person's name, given-name statistics and nickname equivalences, the fuzzy index of
// surnames, and the titles of offices as a word trie.
import { knowledgeBase, type KnowledgeBase, type Office, type Person } from '../../engine/kb';
import { FuzzyIndex, type FuzzyHit } from './fuzzy';
import { isPlaceWord } from '../../engine/places';
import { isDictionaryWord } from '../../engine/nlp';
import { wordKey } from './words';

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

export interface TitleNode {
  next: Map<string, TitleNode>;
  /** Offices whose title or alias ends here. */
  offices?: string[];
  /** A person's title that is not an office in the knowledge base ("Mayor", "Dr."). */
  generic?: boolean;
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

function titleKeys(form: string): string[] {
  const out: string[] = [];
  for (const part of form.split(/\s+/)) {
    if (!part) continue;
    const k = titleWordKey(wordKey(part));
    // "vice president" (from "Vice-President") becomes two keys, as the text's "Vice President".
    out.push(...k.split(' '));
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

const TOP_KINDS = new Set(['head-of-state', 'head-of-government', 'foreign-minister', 'org-head', 'legislative-leader', 'deputy-head-of-government']);

export class NameLexicon {
  readonly kb: KnowledgeBase;
  /** Given-name key -> how many people in the knowledge base have it. */
  readonly givenCount = new Map<string, number>();
  /** Every word of every name in the knowledge base (given names, surnames, variants). */
  readonly nameWords = new Set<string>();
  /** Surname words (of surnames and surname variants). */
  readonly surnameWords = new Set<string>();
  /** Nickname or given name -> the given names it stands for ("chuck" -> ["charles"]). */
  private readonly nickGroups = new Map<string, Set<string>>();
  private readonly forms = new Map<Person, PersonForms>();
  private fuzzyIndex?: FuzzyIndex<Person>;
  readonly titles: TitleNode = { next: new Map() };
  /** The same titles with their words in reverse order, read backwards from a name. */
  readonly titlesReversed: TitleNode = { next: new Map() };
  /** Office jurisdictions as written in the knowledge base ("Tesla", "Texas", "Indian National Congress"). */
  readonly jurisdictions = new Set<string>();
  /** Every full name and full-name variant as word keys joined by spaces, and their prefixes. */
  readonly fullNameKeys = new Set<string>();
  readonly fullNamePrefixes = new Set<string>();
  /** Office id -> its code ("US", "company:Tesla"). */
  readonly officeCode = new Map<string, string>();
  /** Every surname form as word keys joined by spaces. */
  readonly surnameKeys = new Set<string>();

  constructor(kb: KnowledgeBase) {
    this.kb = kb;
    for (const [name, nicks] of Object.entries(kb.nicknames)) {
      const group = (k: string) => {
        let g = this.nickGroups.get(k);
        if (!g) this.nickGroups.set(k, (g = new Set()));
        return g;
      };
      group(name).add(name);
      for (const n of nicks) {
        group(n).add(name);
        group(name).add(n);
      }
    }
    // The word keys of every name, from the knowledge base's own exact indexes (their keys are
    // the words' keys joined by spaces); each person's forms are built when a draft needs them.
    const { fullNames, surnames } = kb.keys();
    for (const key of surnames) {
      this.surnameKeys.add(key);
      for (const w of key.split(' ')) { this.surnameWords.add(w); this.nameWords.add(w); }
    }
    const addFull = (key: string) => {
      let prefix = '';
      for (const w of key.split(' ')) {
        this.nameWords.add(w);
        prefix = prefix ? `${prefix} ${w}` : w;
        this.fullNamePrefixes.add(prefix);
      }
      this.fullNameKeys.add(prefix);
    };
    for (const key of fullNames) {
      addFull(key);
      // Hyphenated given names are also written as two words ("Kim Jong-un", "Kim Jong Un").
      if (key.includes('-')) addFull(key.replace(/-/g, ' '));
    }
    for (const p of kb.people) {
      const seen: string[] = [];
      for (const g of p.given) {
        for (const w of g.split(' ')) {
          const k = wordKey(w);
          if (k.length < 2 || seen.includes(k)) continue;
          seen.push(k);
          this.givenCount.set(k, (this.givenCount.get(k) ?? 0) + 1);
        }
      }
    }
    // Titles: many offices share one ("Foreign Minister"), so each form goes in the tries once.
    const byForm = new Map<string, string[]>();
    for (const office of Object.values(kb.offices)) {
      this.jurisdictions.add(office.jurisdiction);
      this.officeCode.set(office.id, office.id.slice(0, office.id.indexOf('/')));
      const add = (form: string) => {
        const list = byForm.get(form);
        if (!list) byForm.set(form, [office.id]);
        else if (list[list.length - 1] !== office.id) list.push(office.id);
      };
      add(office.title);
      for (const form of office.aliases ?? []) add(form);
    }
    for (const [form, offices] of byForm) this.addTitle(form, offices);
    for (const form of GENERIC_TITLES) this.addTitle(form);
  }

  private addTitle(form: string, offices?: string[]): void {
    const keys = titleKeys(form);
    if (!keys.length) return;
    this.addTitleKeys(this.titles, keys, offices);
    this.addTitleKeys(this.titlesReversed, [...keys].reverse(), offices);
  }

  private addTitleKeys(root: TitleNode, keys: string[], offices?: string[]): void {
    let node = root;
    for (const k of keys) {
      let next = node.next.get(k);
      if (!next) node.next.set(k, (next = { next: new Map() }));
      node = next;
    }
    if (offices) {
      if (!node.offices) node.offices = [...offices];
      else for (const id of offices) if (!node.offices.includes(id)) node.offices.push(id);
    } else node.generic = true;
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
    const ga = this.nickGroups.get(a);
    if (!ga) return false;
    if (ga.has(b)) return true;
    const gb = this.nickGroups.get(b);
    if (!gb) return false;
    // Two nicknames of one formal name ("Bill", "Will") are not the same person's name by
    // themselves; two formal names sharing a nickname are not either.
    return false;
  }

  /** Whether `given` (a word key) is one of the person's given names, a nickname of one, or its initial. */
  givenMatches(p: Person, given: string): boolean {
    const f = this.personForms(p);
    if (f.givens.has(given)) return true;
    // Nicknames only through the person's own given name: "Joseph" for Joe Biden, "Chuck" for
    // Charles, but not "Anthony" for Antony Blinken because "Tony" is a nickname of both.
    for (const g of f.own) {
      if (this.sameGiven(given, g)) return true;
      // Hyphenated or compound given names: "Jean" for "Jean-Claude" is not enough, but
      // "Jean-Claude" for "Jean Claude" is.
      if (g.replace(/-/g, '') === given.replace(/-/g, '')) return true;
    }
    return false;
  }

  /** Whether the word is known as somebody's given name (in the knowledge base or the nicknames table). */
  isGivenName(key: string): boolean {
    return this.givenCount.has(key) || this.nickGroups.has(key);
  }

  /** The fuzzy index of surname words, built on first use. */
  get fuzzy(): FuzzyIndex<Person> {
    if (!this.fuzzyIndex) {
      const index = new FuzzyIndex<Person>();
      const { fullNames, surnames } = this.kb.entries();
      for (const [key, people] of surnames) {
        for (const w of key.includes(' ') ? key.split(' ') : [key]) if (w.length >= 3) for (const p of people) index.add(w, p);
      }
      for (const [key, people] of fullNames) {
        const last = key.slice(key.lastIndexOf(' ') + 1);
        if (last.length >= 3) for (const p of people) index.add(last, p);
      }
      this.fuzzyIndex = index;
    }
    return this.fuzzyIndex;
  }

  private readonly translitMemo = new WeakMap<Person, 0 | 1 | 2>();

  /** Whether the person's name is a transliteration (every office in a country written in another script): 2 for Cyrillic. */
  transliterated(p: Person): 0 | 1 | 2 {
    let known = this.translitMemo.get(p);
    if (known === undefined) {
      const codes = p.roles.map((r) => this.officeCode.get(r.office) ?? '');
      known = codes.length > 0 && codes.every((c) => TRANSLITERATED.has(c)) ? (codes.every((c) => CYRILLIC.has(c)) ? 2 : 1) : 0;
      this.translitMemo.set(p, known);
    }
    return known;
  }

  /** Whether two name keys are spellings of one transliteration for this person. */
  sameTransliteration(p: Person, a: string, b: string): boolean {
    const t = this.transliterated(p);
    return t > 0 && translitKey(a, t === 2) === translitKey(b, t === 2);
  }

  /** A person who holds or held a prominent office, or was added by hand (public figures). */
  prominent(p: Person): boolean {
    if (p.id.startsWith('kb:') && !p.id.startsWith('kb:us-govtrack')) return true;
    return p.roles.some((r) => TOP_KINDS.has(this.kb.offices[r.office]?.kind ?? '') || r.office.startsWith('company:') || r.office === 'US/senate');
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
        const office = this.kb.offices[id];
        if (!office) continue;
        for (const k of [`code:${this.officeCode.get(id)}`, `name:${office.jurisdiction}`]) {
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
    return this.kb.offices[id];
  }
}

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
    const words = full.words.flatMap((w) => /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(w) ? w.split('-').map((x, j) => (j ? x[0].toUpperCase() + x.slice(1) : x)) : [w]);
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

let lexicon: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  lexicon ??= new NameLexicon(knowledgeBase());
  return lexicon;
}
