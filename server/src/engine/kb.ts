// The names knowledge base (server/data/people.json, built by scripts/kb/build-kb.mjs): people,
// their accepted spellings and offices with dates. Loaded once, on first use, with exact-match
// indexes; the names rules add their lexicon and approximate matching on top.
//
// The engine loads the compiled form of people.json (server/data/kb/people.compiled.txt, written
// by scripts/kb/compile.mjs; people-data.ts says where its text comes from): the same people and
// offices as one compact record each, one per line, with the indexes computed at build time —
// every name key with its people, the names rules' flags for each key, each office's holders in
// order. Loading it, on first use, is finding its sections, splitting those read whole into lines
// (parseCompiled: no JSON.parse but of its header and the nicknames) and building the key index;
// a record is sliced out of the text when it is first read, a person's record becomes a `Person`
// the first time a lookup returns it, and stays the same object from then on.
import { KEY_FLAGS, nameKey } from './name-keys.mjs';
import { peopleData } from './people-data';

export interface Office {
  id: string;
  title: string;
  jurisdiction: string;
  kind: string;
  single: boolean;
  aliases?: string[];
}

export interface Role {
  office: string;
  from?: string;
  to?: string | null;
  /** The source's snapshot date for an open-ended role: "still held as of". */
  asOf?: string;
}

export interface Person {
  id: string;
  name: string;
  given: string[];
  surname: string;
  variants?: string[];
  gender?: 'f' | 'm';
  born?: string;
  died?: string;
  roles: Role[];
}

/** The shape of server/data/people.json (docs/knowledge-base.md). */
export interface KnowledgeBaseData {
  version: number;
  offices: Record<string, Office>;
  people: Person[];
  nicknames: Record<string, string[]>;
}

/**
 * A section's records by index: an array (scripts/kb/compile.mjs makes them), or the lines of the
 * compiled text, each sliced out when read (parseCompiled).
 */
export interface Records {
  readonly length: number;
  at(index: number): string | undefined;
}

/**
 * The sections of server/data/kb/people.compiled.txt (parseCompiled; scripts/kb/compile.mjs
 * describes the file and its records). Records are as the file holds them: characters outside
 * ASCII, and the backslash, are `\uXXXX` escapes, decoded when a record is read.
 */
export interface CompiledKnowledgeBase {
  format: number;
  nicknames: Record<string, string[]>;
  /** `id \t title \t jurisdiction \t kind \t single \t aliases \t holders` */
  offices: string[];
  /** Every office's jurisdiction, once. */
  jurisdictions: string[];
  /** `form \t offices`: every title and alias with the offices that use it. */
  titles: string[];
  /** `id \t name \t given \t surname \t variants \t gender \t born \t died \t roles` */
  people: Records;
  /** Every name key the engine and the names rules look up. */
  keys: string[];
  /** Two hex digits per key: KEY_FLAGS bits. */
  flags: string;
  /** Per key: `full;surname;fuzzy;given` (people as base-36 indexes, comma-separated). */
  data: Records;
  /** `skeleton \t keys`: the approximate-match words by phonetic skeleton, sorted by skeleton. */
  skeletons: Records;
}

export { KEY_FLAGS, nameKey };

const COMPILED_FORMAT = 2;

function formatError(format: number | undefined): Error {
  return new Error(`knowledge base: compiled format ${format ?? 'unknown'}, expected ${COMPILED_FORMAT} (run npm run build:kb)`);
}

function corrupt(): Error {
  return new Error('knowledge base: the compiled file does not have the sections its header lists (run npm run build:kb)');
}

/**
 * The lines of a section of the compiled text, for the sections that are read a few records at a
 * time (people, key data, skeletons): each line is sliced out when asked for, from where a scan
 * for the newlines found it on first use, so that loading makes no string per record.
 */
class Lines implements Records {
  private starts?: Int32Array;

  constructor(
    private readonly text: string,
    /** Where the section starts and ends (after its last newline) in the text. */
    private readonly start: number,
    private readonly end: number,
    readonly length: number,
  ) {}

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const starts = (this.starts ??= this.scan());
    return this.text.slice(starts[index], starts[index + 1] - 1);
  }

  private scan(): Int32Array {
    const starts = new Int32Array(this.length + 1);
    let at = this.start;
    for (let i = 0; i < this.length; i++) {
      starts[i] = at;
      at = this.text.indexOf('\n', at) + 1;
      if (at === 0 || at > this.end) throw corrupt();
    }
    if (at !== this.end) throw corrupt();
    starts[this.length] = at;
    return starts;
  }
}

/**
 * Reads the compiled file's text (scripts/kb/compile.mjs): a header line (JSON: the format and
 * each section's name, line count and length, in order), then the sections, one record per line.
 * Only the header and the nicknames line are JSON. The sections read whole are split into lines;
 * the others (Lines) are sliced one line at a time when read.
 */
export function parseCompiled(text: string): CompiledKnowledgeBase {
  const format = /^\{"format":(\d+)[,}]/.exec(text.slice(0, 24));
  if (!format || Number(format[1]) !== COMPILED_FORMAT) throw formatError(format ? Number(format[1]) : undefined);
  let end = text.indexOf('\n');
  // A checkout that turned the line ends into CRLF (the compiler writes no CR anywhere).
  if (end > 0 && text.charCodeAt(end - 1) === 13) {
    text = text.replace(/\r\n/g, '\n');
    end = text.indexOf('\n');
  }
  const header = JSON.parse(text.slice(0, end)) as { sections: Record<string, { lines: number; length: number }> };
  const sections = new Map<string, { start: number; end: number; lines: number }>();
  let at = end + 1;
  for (const [name, { lines, length }] of Object.entries(header.sections)) {
    // Every line of a section ends with a newline, which `length` counts.
    const start = at;
    at += length;
    if (at > text.length || (length && text.charCodeAt(at - 1) !== 10) || !length !== !lines) throw corrupt();
    sections.set(name, { start, end: at, lines });
  }
  if (at !== text.length) throw corrupt();
  const section = (name: string) => {
    const s = sections.get(name);
    if (!s) throw new Error(`knowledge base: the compiled file has no ${name} (run npm run build:kb)`);
    return s;
  };
  const split = (name: string): string[] => {
    const { start, end, lines } = section(name);
    const list = lines ? text.slice(start, end - 1).split('\n') : [];
    if (list.length !== lines) throw corrupt();
    return list;
  };
  const sliced = (name: string): Lines => {
    const { start, end, lines } = section(name);
    return new Lines(text, start, end, lines);
  };
  return {
    format: COMPILED_FORMAT,
    nicknames: JSON.parse(split('nicknames')[0]) as Record<string, string[]>,
    offices: split('offices'),
    jurisdictions: split('jurisdictions'),
    titles: split('titles'),
    people: sliced('people'),
    keys: split('keys'),
    flags: split('flags')[0],
    data: sliced('data'),
    skeletons: sliced('skeletons'),
  };
}

const ESCAPE = /\\u([0-9a-f]{4})/g;

/** A record of the compiled file with its `\uXXXX` escapes decoded (escapeText in scripts/kb/compile.mjs). */
function unescapeText(text: string): string {
  return text.indexOf('\\') < 0 ? text : text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const NONE: readonly Person[] = Object.freeze([]) as readonly Person[];

// The parts of a key's data record.
const FULL = 0, SURNAME = 1, FUZZY = 2, GIVEN = 3;

export class KnowledgeBase {
  readonly nicknames: Readonly<Record<string, string[]>>;
  // People: their records, and each one's Person once made.
  private readonly rows: Records;
  private readonly made: Array<Person | undefined>;
  private allPeople?: readonly Person[];
  private byId?: Map<string, number>;
  // Offices: their records and ids, each one's Office once made, and holder lists once read.
  private readonly officeRows: readonly string[];
  private readonly officeIds: string[] = [];
  private readonly officeAt = new Map<string, number>();
  private readonly officeMade: Array<Office | undefined>;
  private allOffices?: Record<string, Office>;
  private readonly holderLists = new Map<string, ReadonlyArray<{ person: Person; role: Role }>>();
  private readonly titleRows: readonly string[];
  private readonly jurisdictionList: readonly string[];
  private jurisdictionSet?: ReadonlySet<string>;
  // Keys: index, flags (two hex digits per key, read when asked), data records, and the people
  // lists decoded from them (by part).
  private readonly keyList: readonly string[];
  private readonly keyAt = new Map<string, number>();
  private readonly flagDigits: string;
  private readonly data: Records;
  private readonly lists = [new Map<number, readonly Person[]>(), new Map<number, readonly Person[]>(), new Map<number, readonly Person[]>()];
  private readonly skeletonRows: Records;

  constructor(data: CompiledKnowledgeBase) {
    if (data.format !== COMPILED_FORMAT) throw formatError(data.format);
    this.nicknames = data.nicknames;
    this.rows = data.people;
    this.made = new Array(data.people.length);
    this.officeRows = data.offices;
    this.officeMade = new Array(data.offices.length);
    for (let i = 0; i < data.offices.length; i++) {
      const row = data.offices[i];
      const id = unescapeText(row.slice(0, row.indexOf('\t')));
      this.officeIds.push(id);
      this.officeAt.set(id, i);
    }
    this.titleRows = data.titles;
    this.jurisdictionList = data.jurisdictions;
    this.data = data.data;
    this.skeletonRows = data.skeletons;
    this.flagDigits = data.flags;
    // The keys are looked up with real strings: the few with escapes are decoded now. (This loop
    // is most of the loading time: keep it lean.)
    const keys = data.keys.slice();
    const keyAt = this.keyAt;
    for (let i = 0; i < keys.length; i++) {
      let key = keys[i];
      if (key.indexOf('\\') >= 0) keys[i] = key = unescapeText(key);
      keyAt.set(key, i);
    }
    this.keyList = keys;
  }

  /** Every office's jurisdiction as written in the knowledge base ("Sweden", "Tesla", "Texas"). */
  jurisdictions(): ReadonlySet<string> {
    this.jurisdictionSet ??= new Set(this.jurisdictionList.map(unescapeText));
    return this.jurisdictionSet;
  }

  /**
   * Every title and alias form with the ids of the offices that use it (read when asked: most of
   * the lists are never needed), in office order.
   */
  titles(): Array<{ form: string; offices: () => string[] }> {
    return this.titleRows.map((record) => {
      const row = unescapeText(record);
      const tab = row.indexOf('\t');
      let ids: string[] | undefined;
      return { form: row.slice(0, tab), offices: () => (ids ??= row.slice(tab + 1).split(',').map((i) => this.officeIds[parseInt(i, 36)])) };
    });
  }

  /** Every office, keyed by id. */
  get offices(): Readonly<Record<string, Office>> {
    if (!this.allOffices) {
      const all: Record<string, Office> = {};
      for (let i = 0; i < this.officeRows.length; i++) {
        const o = this.officeFromRow(i);
        all[o.id] = o;
      }
      this.allOffices = all;
    }
    return this.allOffices;
  }

  /** An office by id. */
  office(id: string): Office | undefined {
    const i = this.officeAt.get(id);
    return i === undefined ? undefined : this.officeFromRow(i);
  }

  /** Every person, in the knowledge base's order. */
  get people(): readonly Person[] {
    if (!this.allPeople) {
      const all: Person[] = [];
      for (let i = 0; i < this.rows.length; i++) all.push(this.personAt(i));
      this.allPeople = all;
    }
    return this.allPeople;
  }

  person(id: string): Person | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.rows.length; i++) {
        const row = this.rows.at(i)!;
        this.byId.set(unescapeText(row.slice(0, row.indexOf('\t'))), i);
      }
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.personAt(i);
  }

  /** People whose full name (or an accepted full-name variant) is exactly `name`. */
  byFullName(name: string): readonly Person[] {
    const i = this.keyAt.get(nameKey(name));
    return i === undefined ? NONE : this.list(i, FULL);
  }

  /** People whose surname (or an accepted surname variant) is exactly `surname`. */
  bySurname(surname: string): readonly Person[] {
    const i = this.keyAt.get(nameKey(surname));
    return i === undefined ? NONE : this.list(i, SURNAME);
  }

  /** What a name key (as nameKey or the names rules' word keys make them) is: KEY_FLAGS bits, 0 for none. */
  keyFlags(key: string): number {
    const i = this.keyAt.get(key);
    return i === undefined ? 0 : this.flags(i);
  }

  /** How many people have this given name (a word key). */
  givenCount(key: string): number {
    const i = this.keyAt.get(key);
    if (i === undefined || !(this.flags(i) & KEY_FLAGS.given)) return 0;
    return parseInt(this.part(i, GIVEN), 36) || 0;
  }

  /** The surname words of the approximate-match index (every word of a surname, the last word of a full name; three letters or more). */
  approximateKeys(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.keyList.length; i++) if (this.flags(i) & KEY_FLAGS.fuzzy) out.push(this.keyList[i]);
    return out;
  }

  /** The approximate-match words (four letters or more) with this phonetic skeleton (names/fuzzy.ts). */
  approximateBySkeleton(skeleton: string): readonly string[] {
    // A binary search of the sorted rows: lookups are few (names not known exactly, cached).
    const rows = this.skeletonRows;
    let lo = 0, hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const row = rows.at(mid)!;
      const sk = unescapeText(row.slice(0, row.indexOf('\t')));
      if (sk === skeleton) return row.slice(row.indexOf('\t') + 1).split(',').map((k) => this.keyList[parseInt(k, 36)]);
      if (sk < skeleton) lo = mid + 1;
      else hi = mid;
    }
    return [];
  }

  /** The people under a word of the approximate-match index. */
  approximate(key: string): readonly Person[] {
    const i = this.keyAt.get(key);
    return i === undefined ? NONE : this.list(i, FUZZY);
  }

  /** Every indexed full-name and surname key (in no particular order). */
  keys(): { fullNames: Iterable<string>; surnames: Iterable<string> } {
    const { fullNames, surnames } = this.entries();
    return { fullNames: [...fullNames].map(([k]) => k), surnames: [...surnames].map(([k]) => k) };
  }

  /** Every indexed full-name and surname key with its people (in no particular order). */
  entries(): { fullNames: Iterable<[string, readonly Person[]]>; surnames: Iterable<[string, readonly Person[]]> } {
    const fullNames: Array<[string, readonly Person[]]> = [];
    const surnames: Array<[string, readonly Person[]]> = [];
    for (let i = 0; i < this.keyList.length; i++) {
      if (this.part(i, FULL)) fullNames.push([this.keyList[i], this.list(i, FULL)]);
      if (this.part(i, SURNAME)) surnames.push([this.keyList[i], this.list(i, SURNAME)]);
    }
    return { fullNames, surnames };
  }

  /** The people who held an office, with their terms, in order of start date. */
  holders(officeId: string): ReadonlyArray<{ person: Person; role: Role }> {
    let list = this.holderLists.get(officeId);
    if (!list) {
      const i = this.officeAt.get(officeId);
      const refs = i === undefined ? '' : this.officeRows[i].slice(this.officeRows[i].lastIndexOf('\t') + 1);
      const out: Array<{ person: Person; role: Role }> = [];
      if (refs) {
        for (const ref of refs.split(',')) {
          const dot = ref.indexOf('.');
          const person = this.personAt(parseInt(ref.slice(0, dot), 36));
          out.push({ person, role: person.roles[parseInt(ref.slice(dot + 1), 36)] });
        }
      }
      this.holderLists.set(officeId, (list = out));
    }
    return list;
  }

  /** The KEY_FLAGS bits of the key at index i. */
  private flags(i: number): number {
    const digits = this.flagDigits;
    return hexDigit(digits.charCodeAt(2 * i)) * 16 + hexDigit(digits.charCodeAt(2 * i + 1));
  }

  private part(i: number, part: number): string {
    const record = this.data.at(i);
    if (!record) return '';
    let start = 0;
    for (let k = 0; k < part; k++) {
      start = record.indexOf(';', start) + 1;
      if (start === 0) return '';
    }
    const end = record.indexOf(';', start);
    return end < 0 ? record.slice(start) : record.slice(start, end);
  }

  private list(i: number, part: number): readonly Person[] {
    const cache = this.lists[part];
    let list = cache.get(i);
    if (!list) {
      const refs = this.part(i, part);
      // "=": the approximate-match list is the surname list.
      if (refs === '=') list = this.list(i, SURNAME);
      else list = refs ? refs.split(',').map((r) => this.personAt(parseInt(r, 36))) : NONE;
      cache.set(i, list);
    }
    return list;
  }

  private personAt(i: number): Person {
    let p = this.made[i];
    if (!p) {
      const f = unescapeText(this.rows.at(i)!).split('\t');
      p = { id: f[0], name: f[1], given: f[2] ? f[2].split('|') : [], surname: f[3] } as Person;
      if (f[4]) p.variants = f[4].split('|');
      if (f[5]) p.gender = f[5] as 'f' | 'm';
      if (f[6]) p.born = f[6];
      if (f[7]) p.died = f[7];
      p.roles = f[8] ? f[8].split(';').map((text) => this.role(text)) : [];
      this.made[i] = p;
    }
    return p;
  }

  private role(text: string): Role {
    const f = text.split(',');
    const r: Role = { office: this.officeIds[parseInt(f[0], 36)] };
    if (f[1]) r.from = f[1];
    if (f[2]) r.to = f[2];
    if (f[3]) r.asOf = f[3];
    return r;
  }

  private officeFromRow(i: number): Office {
    let o = this.officeMade[i];
    if (!o) {
      const f = unescapeText(this.officeRows[i]).split('\t');
      o = { id: f[0], title: f[1], jurisdiction: f[2], kind: f[3], single: f[4] === '1' };
      if (f[5]) o.aliases = f[5].split('|');
      this.officeMade[i] = o;
    }
    return o;
  }
}

function hexDigit(c: number): number {
  return c <= 57 ? c - 48 : c - 87;
}

let instance: KnowledgeBase | undefined;

/** The embedded knowledge base, loaded and indexed on first use. */
export function knowledgeBase(): KnowledgeBase {
  instance ??= new KnowledgeBase(parseCompiled(peopleData()));
  return instance;
}

/**
 * Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) range covers `day` (YYYY-MM-DD). Partial dates
 * count generously: a role that ended "2021" may have ended on any day of 2021.
 */
export function covers(from: string | undefined, to: string | null | undefined, day: string): 'yes' | 'no' | 'unsure' {
  const startsAfter = from ? compareDay(from, day, 'start') : -1;
  const endsBefore = to ? compareDay(to, day, 'end') : 1;
  if (startsAfter > 0 || endsBefore < 0) return 'no';
  if (startsAfter === 0 || endsBefore === 0) return 'unsure';
  return 'yes';
}

/** -1, 0 (the partial date contains the day) or 1, comparing a partial date with a day. */
function compareDay(partial: string, day: string, edge: 'start' | 'end'): number {
  const p = partial.slice(0, 10);
  if (p.length === 10) {
    // Both ends are inclusive: on a handover day the outgoing and the incoming holder both count.
    if (p === day) return edge === 'start' ? -1 : 1;
    return p < day ? -1 : 1;
  }
  const prefix = day.slice(0, p.length);
  if (prefix === p) return 0;
  return p < prefix ? -1 : 1;
}
