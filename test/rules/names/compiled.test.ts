// The compiled knowledge base (server/data/kb/people.compiled.txt, scripts/kb/compile.mjs) against
// what the engine and the names rules would build from server/data/people.json themselves: the same
// people, offices, exact indexes, lexicon flags, given-name counts, holders and approximate matches.
// The compiler uses the engine's key functions (server/src/engine/name-keys.mjs); these tests fail
// if the compiled indexes drift from the engine's or if the committed file is stale.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';

import { compile, serialiseCompiled, escapeText, engineNameKey, foldKey as compiledFoldKey, wordKey as compiledWordKey, skeleton as compiledSkeleton, FLAG } from '../../../scripts/kb/compile.mjs';
import { KEY_FLAGS, KnowledgeBase, knowledgeBase, nameKey, parseCompiled, type KnowledgeBaseData, type Person, type Role } from '../../../server/src/engine/kb';
import { wordKey } from '../../../server/src/rules/names/words';
import { foldKey, skeleton, allowedDistance, boundedDistance } from '../../../server/src/rules/names/fuzzy';
import { nameLexicon } from '../../../server/src/rules/names/lexicon';
import { editDistance } from '../../../server/src/engine/strings';

const ROOT = path.join(__dirname, '..', '..', '..');
const PEOPLE = path.join(ROOT, 'server', 'data', 'people.json');
const COMPILED = path.join(ROOT, 'server', 'data', 'kb', 'people.compiled.txt');
const data: KnowledgeBaseData = JSON.parse(fs.readFileSync(PEOPLE, 'utf8'));

/** The exact indexes as KnowledgeBase built them from people.json. */
function referenceIndexes() {
  const fullNames = new Map<string, Person[]>();
  const surnames = new Map<string, Person[]>();
  const add = (map: Map<string, Person[]>, key: string, p: Person) => {
    if (!key) return;
    const list = map.get(key);
    if (!list) map.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of data.people) {
    add(fullNames, nameKey(p.name), p);
    add(surnames, nameKey(p.surname), p);
    for (const v of p.variants ?? []) {
      const key = nameKey(v);
      if (key.includes(' ')) add(fullNames, key, p);
      else add(surnames, key, p);
    }
  }
  return { fullNames, surnames };
}

const ids = (people: readonly Person[]) => people.map((p) => p.id);

describe('names: the compiled knowledge base', function () {
  this.timeout(60000);
  const reference = referenceIndexes();

  it('is up to date with people.json (npm run build:kb writes both)', () => {
    assert.ok(serialiseCompiled(compile(data as never)) === fs.readFileSync(COMPILED, 'utf8'), 'server/data/kb/people.compiled.txt is stale: run npm run build:kb (or node scripts/kb/compile.mjs)');
  });

  it('is ASCII only (the node bundles read it as Latin-1)', () => {
    const bytes = fs.readFileSync(COMPILED);
    assert.ok(bytes.every((b) => b < 0x80));
  });

  describe('its text format', () => {
    // A small knowledge base with characters outside ASCII (and outside the BMP) and a backslash
    // in every kind of field.
    const small = () => ({
      version: 1,
      offices: {
        'NO/statsminister': { id: 'NO/statsminister', title: 'Statsminister', jurisdiction: 'Norge', kind: 'head-of-government', single: true, aliases: ['Første minister'] },
        'IS/forsætisráðherra': { id: 'IS/forsætisráðherra', title: 'Forsætisráðherra', jurisdiction: 'Ísland', kind: 'head-of-government', single: true },
      },
      people: [
        { id: 'Q1', name: 'Aleksander Szczygło', given: ['Aleksander'], surname: 'Szczygło', gender: 'm', roles: [{ office: 'NO/statsminister', from: '2001', to: '2005' }] },
        { id: 'Q2\\x', name: 'Ana Back\\slash', given: ['Ana'], surname: 'Back\\slash', variants: ['Ana 𝒜 Back\\slash'], roles: [{ office: 'IS/forsætisráðherra', from: '2005-01-02' }, { office: 'NO/statsminister', from: '2005' }] },
        { id: 'Q3', name: 'Ane Halsboe-Jørgensen', given: ['Ane'], surname: 'Halsboe-Jørgensen', roles: [] },
      ],
      nicknames: { 'ana': ['anka'] },
    });

    it('decodes what it escapes: keys at load, records when read', () => {
      const kbData = small();
      const text = serialiseCompiled(compile(kbData as never));
      assert.ok(/^[\t\n\x20-\x7e]*$/.test(text), 'printable ASCII, tabs and newlines only');
      assert.ok(!/\\(?!u[0-9a-f]{4})/.test(text.slice(text.indexOf('\n', text.indexOf('\n') + 1))), 'every backslash after the nicknames line starts an escape');
      const kb = new KnowledgeBase(parseCompiled(text));
      assert.deepEqual(kb.people, kbData.people);
      assert.deepEqual(kb.offices, kbData.offices);
      assert.deepEqual(kb.nicknames, kbData.nicknames);
      assert.deepEqual(kb.person('Q2\\x'), kbData.people[1]);
      assert.deepEqual(ids(kb.byFullName('Aleksander Szczygło')), ['Q1']);
      assert.deepEqual(ids(kb.bySurname('Halsboe-Jørgensen')), ['Q3']);
      assert.deepEqual(ids(kb.byFullName('Ana 𝒜 Back\\slash')), ['Q2\\x']);
      assert.deepEqual(ids(kb.bySurname('Back\\slash')), ['Q2\\x']);
      assert.ok(kb.keyFlags(nameKey('Szczygło')) & KEY_FLAGS.surnameKey);
      assert.deepEqual(kb.holders('IS/forsætisráðherra').map((h) => h.person.id), ['Q2\\x']);
      assert.deepEqual(kb.titles().map((t) => [t.form, t.offices()]), [['Statsminister', ['NO/statsminister']], ['Første minister', ['NO/statsminister']], ['Forsætisráðherra', ['IS/forsætisráðherra']]]);
      assert.deepEqual([...kb.jurisdictions()], ['Norge', 'Ísland']);
      // A checkout with CRLF line ends reads the same.
      assert.deepEqual(new KnowledgeBase(parseCompiled(text.replace(/\n/g, '\r\n'))).people, kbData.people);
      assert.equal(escapeText('Jørgensen \\ 𝒜'), 'J\\u00f8rgensen \\u005c \\ud835\\udc9c');
    });

    it('refuses a field that holds a separator of its record', () => {
      const withTab = small();
      withTab.people[0].name = 'Aleksander\tSzczygło';
      assert.throws(() => compile(withTab as never), /contains "\\t"/);
      const withBar = small();
      withBar.people[0].given = ['Alek|sander'];
      assert.throws(() => compile(withBar as never), /contains "\|"/);
      const withNewline = small();
      withNewline.offices['NO/statsminister'].aliases = ['Første\nminister'];
      assert.throws(() => compile(withNewline as never), /contains "\\n"/);
      const withReturn = small();
      withReturn.offices['NO/statsminister'].jurisdiction = 'Norge\r';
      assert.throws(() => serialiseCompiled(compile(withReturn as never)), /printable ASCII/);
    });

    it('says which format it expected, and when a section is cut short', () => {
      const text = serialiseCompiled(compile(small() as never));
      assert.throws(() => parseCompiled(text.replace('{"format":2,', '{"format":1,')), /compiled format 1, expected 2 \(run npm run build:kb\)/);
      assert.throws(() => parseCompiled('{"format":1,\n"about":"the JSON form"}'), /compiled format 1, expected 2/);
      assert.throws(() => parseCompiled('not a knowledge base'), /compiled format unknown, expected 2/);
      assert.throws(() => parseCompiled(text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1)), /does not have the sections its header lists/);
    });
  });

  it('uses the engine\'s own key functions', () => {
    // The compiler imports them from the engine rather than keeping copies.
    assert.equal(engineNameKey, nameKey);
    assert.equal(compiledWordKey, wordKey);
    assert.equal(compiledFoldKey, foldKey);
    assert.equal(compiledSkeleton, skeleton);
    assert.equal(FLAG, KEY_FLAGS);
  });

  it('gives every person, office and holder list as people.json has them', () => {
    const kb = knowledgeBase();
    assert.deepEqual(kb.people, data.people);
    assert.deepEqual(kb.offices, data.offices);
    assert.deepEqual(kb.nicknames, data.nicknames);
    for (const p of data.people.slice(0, 200)) assert.deepEqual(kb.person(p.id), p);
    const holders = new Map<string, Array<{ person: string; role: Role }>>();
    for (const person of data.people) {
      for (const role of person.roles) {
        const list = holders.get(role.office) ?? [];
        list.push({ person: person.id, role });
        holders.set(role.office, list);
      }
    }
    const from = (h: { role: Role }) => h.role.from ?? '';
    for (const list of holders.values()) if (list.length > 1) list.sort((a, b) => (from(a) < from(b) ? -1 : from(a) > from(b) ? 1 : 0));
    for (const id of Object.keys(data.offices)) {
      const got = kb.holders(id).map((h) => ({ person: h.person.id, role: h.role }));
      assert.deepEqual(got, holders.get(id) ?? [], id);
      for (const h of kb.holders(id)) assert.ok(h.person.roles.includes(h.role), `${id}: the role is the person's own object`);
    }
  });

  it('finds the same people by full name and by surname, in the same order', () => {
    const kb = knowledgeBase();
    for (const [key, people] of reference.fullNames) assert.deepEqual(ids(kb.byFullName(key)), ids(people), key);
    for (const [key, people] of reference.surnames) assert.deepEqual(ids(kb.bySurname(key)), ids(people), key);
    const { fullNames, surnames } = kb.keys();
    assert.deepEqual([...fullNames].sort(), [...reference.fullNames.keys()].sort());
    assert.deepEqual([...surnames].sort(), [...reference.surnames.keys()].sort());
    // Objects are made once: two lookups give the same person.
    assert.equal(kb.byFullName('Antony Blinken')[0], kb.bySurname('Blinken').find((p) => p.name === 'Antony Blinken'));
  });

  it('flags the keys the names rules derived on first use', () => {
    const kb = knowledgeBase();
    const expected = new Map<string, number>();
    const flag = (key: string, f: number) => expected.set(key, (expected.get(key) ?? 0) | f);
    for (const key of reference.surnames.keys()) {
      flag(key, KEY_FLAGS.surnameKey);
      for (const w of key.split(' ')) flag(w, KEY_FLAGS.surnameWord | KEY_FLAGS.nameWord);
    }
    const addFull = (key: string) => {
      let prefix = '';
      for (const w of key.split(' ')) {
        flag(w, KEY_FLAGS.nameWord);
        prefix = prefix ? `${prefix} ${w}` : w;
        flag(prefix, KEY_FLAGS.fullPrefix);
      }
      flag(prefix, KEY_FLAGS.fullKey);
    };
    for (const key of reference.fullNames.keys()) {
      addFull(key);
      if (key.includes('-')) addFull(key.replace(/-/g, ' '));
    }
    const givenCount = new Map<string, number>();
    for (const p of data.people) {
      const seen: string[] = [];
      for (const g of p.given) {
        for (const w of g.split(' ')) {
          const k = wordKey(w);
          if (k.length < 2 || seen.includes(k)) continue;
          seen.push(k);
          givenCount.set(k, (givenCount.get(k) ?? 0) + 1);
          flag(k, KEY_FLAGS.given);
        }
      }
    }
    for (const [name, nicks] of Object.entries(data.nicknames)) {
      flag(name, KEY_FLAGS.nickname);
      for (const n of nicks) flag(n, KEY_FLAGS.nickname);
    }
    const fuzzy = new Map<string, Person[]>();
    const addFuzzy = (w: string, people: Person[]) => {
      const list = fuzzy.get(w) ?? [];
      for (const p of people) if (!list.includes(p)) list.push(p);
      fuzzy.set(w, list);
      flag(w, KEY_FLAGS.fuzzy);
    };
    for (const [key, people] of reference.surnames) for (const w of key.includes(' ') ? key.split(' ') : [key]) if (w.length >= 3) addFuzzy(w, people);
    for (const [key, people] of reference.fullNames) {
      const last = key.slice(key.lastIndexOf(' ') + 1);
      if (last.length >= 3) addFuzzy(last, people);
    }
    for (const [key, f] of expected) assert.equal(kb.keyFlags(key), f, key);
    for (const [key, n] of givenCount) assert.equal(kb.givenCount(key), n, key);
    for (const [key, people] of fuzzy) assert.deepEqual(ids(kb.approximate(key)), ids(people), key);
    assert.deepEqual(kb.approximateKeys().sort(), [...fuzzy.keys()].sort());
    assert.equal(kb.keyFlags('no such name key'), 0);
  });

  it('knows given names and nicknames as the nickname groups did', () => {
    // The groups the names rules used to build: nickname or given name -> the names it stands for.
    const groups = new Map<string, Set<string>>();
    const group = (k: string) => {
      let g = groups.get(k);
      if (!g) groups.set(k, (g = new Set()));
      return g;
    };
    for (const [name, nicks] of Object.entries(data.nicknames)) {
      group(name).add(name);
      for (const n of nicks) {
        group(n).add(name);
        group(name).add(n);
      }
    }
    const lex = nameLexicon();
    const kb = knowledgeBase();
    const words = [...groups.keys(), 'blinken', 'antony', 'anthony', 'constructor', '__proto__', 'toString', ''];
    for (const w of words) assert.equal(lex.isGivenName(w), kb.givenCount(w) > 0 || groups.has(w), w);
    for (const a of words.slice(0, 400)) {
      for (const b of words) assert.equal(lex.sameGiven(a, b), a === b || !!groups.get(a)?.has(b), `${a}/${b}`);
    }
  });

  it('gives the title forms and jurisdictions of the offices', () => {
    const kb = knowledgeBase();
    const byForm = new Map<string, string[]>();
    for (const office of Object.values(data.offices)) {
      if (office.kind === 'team') continue;
      const add = (form: string) => {
        const list = byForm.get(form);
        if (!list) byForm.set(form, [office.id]);
        else if (list[list.length - 1] !== office.id) list.push(office.id);
      };
      add(office.title);
      for (const form of office.aliases ?? []) add(form);
    }
    assert.deepEqual(kb.titles().map((t) => [t.form, t.offices()]), [...byForm]);
    assert.deepEqual([...kb.jurisdictions()].sort(), [...new Set(Object.values(data.offices).map((o) => o.jurisdiction))].sort());
  });

  it('finds the same approximate matches as an index of single deletions', () => {
    // The index the names rules used to build: every key's single deletions and its skeleton.
    const kb = knowledgeBase();
    const exact = new Set(kb.approximateKeys());
    const deletes = new Map<string, string[]>();
    const skeletons = new Map<string, string[]>();
    for (const key of exact) {
      if (key.length < 4) continue;
      for (let i = 0; i < key.length; i++) {
        const d = key.slice(0, i) + key.slice(i + 1);
        deletes.set(d, [...(deletes.get(d) ?? []), key]);
      }
      const sk = skeleton(key);
      if (sk.length >= 2) skeletons.set(sk, [...(skeletons.get(sk) ?? []), key]);
    }
    const near = (key: string) => {
      const maxDistance = allowedDistance(key.length);
      if (key.length < 4 || maxDistance < 1) return [];
      const candidates = new Set<string>();
      const probe = (k: string) => {
        if (exact.has(k)) candidates.add(k);
        for (const c of deletes.get(k) ?? []) candidates.add(c);
      };
      probe(key);
      for (let i = 0; i < key.length; i++) probe(key.slice(0, i) + key.slice(i + 1));
      for (const c of skeletons.get(skeleton(key)) ?? []) candidates.add(c);
      const hits: Array<{ key: string; distance: number }> = [];
      for (const c of candidates) {
        if (c === key) continue;
        const limit = Math.min(maxDistance, allowedDistance(c.length));
        if (limit < 1) continue;
        const distance = editDistance(key, c, limit);
        if (distance <= limit) hits.push({ key: c, distance });
      }
      return hits.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : 1));
    };
    const lex = nameLexicon();
    // Misspellings of every kind of many indexed words, and the words themselves.
    const queries = new Set<string>(['dzerensky', 'blinkin', 'zelenskiy', 'hlaing', 'kristerson', 'erdogen', 'koepke', 'schauffle', 'okonjo', 'szczepanski-obi']);
    const keys = [...exact].filter((k) => k.length >= 4);
    for (let i = 0; i < keys.length; i += 7) {
      const k = keys[i];
      queries.add(k);
      const at = i % k.length;
      queries.add(k.slice(0, at) + k.slice(at + 1));
      queries.add(k.slice(0, at) + 'e' + k.slice(at + 1));
      queries.add(k.slice(0, at) + 'a' + k.slice(at));
      if (at + 1 < k.length) queries.add(k.slice(0, at) + k[at + 1] + k[at] + k.slice(at + 2));
      queries.add(k.replace(/[aeiou]/, 'y').replace(/l/, 'r'));
    }
    for (const q of queries) {
      assert.deepEqual(lex.fuzzy.near(q).map((h) => ({ key: h.key, distance: h.distance })), near(q), q);
      for (const h of lex.fuzzy.near(q)) assert.equal(h.items, kb.approximate(h.key));
    }
  });

  it('measures bounded edit distances as the engine does', () => {
    const words = ['blinken', 'blinkin', 'zelensky', 'dzerensky', 'kristersson', 'ab', '', 'abc', 'acb', 'ca', 'abcdef', 'badcfe', 'nausėda', 'nauseda'];
    for (const a of words) {
      for (const b of words) {
        for (const max of [0, 1, 2, 3]) {
          const want = editDistance(a, b, max);
          const got = boundedDistance(a, b, max);
          if (want <= max || got <= max) assert.equal(got, want, `${a}/${b}/${max}`);
        }
      }
    }
  });
});
