// The names knowledge base (server/data/people.json, built by scripts/kb/build-kb.mjs): people,
// their accepted spellings and offices with dates. Loaded once, on first use, with exact-match
// indexes; the names rules add their fuzzy index on top.
//
// The text is parsed with JSON.parse on first use (people-data.ts says where it comes from): V8
// parses JSON several times faster than the same data as a JavaScript object literal, and nothing
// is parsed until a rule asks for the knowledge base.
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

export interface KnowledgeBaseData {
  version: number;
  offices: Record<string, Office>;
  people: Person[];
  nicknames: Record<string, string[]>;
}

const PLAIN_KEY = /^[A-Za-z'-]+(?: [A-Za-z'-]+)*$/;

/** Lower case, no diacritics, one kind of apostrophe and hyphen: the key names are matched on. */
export function nameKey(name: string): string {
  // Most names are plain ASCII words separated by single spaces: lower-casing is all they need.
  if (PLAIN_KEY.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export class KnowledgeBase {
  readonly offices: Readonly<Record<string, Office>>;
  readonly people: readonly Person[];
  readonly nicknames: Readonly<Record<string, string[]>>;
  /** Full names and full-name variants -> people. */
  private readonly fullNames = new Map<string, Person[]>();
  /** Surnames (and surname variants) -> people. */
  private readonly surnames = new Map<string, Person[]>();
  private readonly byId = new Map<string, Person>();
  private holdersByOffice?: Map<string, Array<{ person: Person; role: Role }>>;

  constructor(data: KnowledgeBaseData) {
    this.offices = data.offices;
    this.people = data.people;
    this.nicknames = data.nicknames;
    const add = (map: Map<string, Person[]>, key: string, p: Person) => {
      if (!key) return;
      const list = map.get(key);
      if (!list) map.set(key, [p]);
      else if (!list.includes(p)) list.push(p);
    };
    for (const p of data.people) {
      this.byId.set(p.id, p);
      add(this.fullNames, nameKey(p.name), p);
      add(this.surnames, nameKey(p.surname), p);
      for (const v of p.variants ?? []) {
        const key = nameKey(v);
        if (key.includes(' ')) add(this.fullNames, key, p);
        else add(this.surnames, key, p);
      }
    }
  }

  person(id: string): Person | undefined {
    return this.byId.get(id);
  }

  /** People whose full name (or an accepted full-name variant) is exactly `name`. */
  byFullName(name: string): readonly Person[] {
    return this.fullNames.get(nameKey(name)) ?? [];
  }

  /** People whose surname (or an accepted surname variant) is exactly `surname`. */
  bySurname(surname: string): readonly Person[] {
    return this.surnames.get(nameKey(surname)) ?? [];
  }

  /** Every indexed full-name and surname key (for building fuzzy indexes). */
  keys(): { fullNames: Iterable<string>; surnames: Iterable<string> } {
    return { fullNames: this.fullNames.keys(), surnames: this.surnames.keys() };
  }

  /** Every indexed full-name and surname key with its people (for building fuzzy indexes). */
  entries(): { fullNames: Iterable<[string, readonly Person[]]>; surnames: Iterable<[string, readonly Person[]]> } {
    return { fullNames: this.fullNames.entries(), surnames: this.surnames.entries() };
  }

  /** The people who held an office, with their terms, in order of start date. */
  holders(officeId: string): ReadonlyArray<{ person: Person; role: Role }> {
    if (!this.holdersByOffice) {
      const map = new Map<string, Array<{ person: Person; role: Role }>>();
      for (const person of this.people) {
        for (const role of person.roles) {
          const list = map.get(role.office) ?? [];
          list.push({ person, role });
          map.set(role.office, list);
        }
      }
      const from = (h: { role: Role }) => h.role.from ?? '';
      for (const list of map.values()) if (list.length > 1) list.sort((a, b) => (from(a) < from(b) ? -1 : from(a) > from(b) ? 1 : 0));
      this.holdersByOffice = map;
    }
    return this.holdersByOffice.get(officeId) ?? [];
  }
}

let instance: KnowledgeBase | undefined;

/** The embedded knowledge base, parsed and indexed on first use. */
export function knowledgeBase(): KnowledgeBase {
  if (!instance) {
    const raw = peopleData();
    instance = new KnowledgeBase((typeof raw === 'string' ? JSON.parse(raw) : raw) as KnowledgeBaseData);
  }
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
