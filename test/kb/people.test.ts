// Spot checks on the committed knowledge base (server/data/people.json). Each check states a
// fact the names rules rely on; a wrong or missing fact here would be a false alarm in a newsroom.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';

import { build, serialise, KINDS } from '../../scripts/kb/build-kb.mjs';
import type { KnowledgeBase, KbPerson, KbRole } from '../../scripts/kb/build-kb.mjs';
import { ageOn } from '../../scripts/kb/dates.mjs';

const ROOT = path.join(__dirname, '..', '..');
const FILE = path.join(ROOT, 'server', 'data', 'people.json');
const kb: KnowledgeBase = JSON.parse(fs.readFileSync(FILE, 'utf8'));

function person(name: string, office?: string): KbPerson {
  const hits = kb.people.filter((p) => p.name === name && (!office || p.roles.some((r) => r.office === office)));
  assert.equal(hits.length, 1, `expected exactly one "${name}"${office ? ` holding ${office}` : ''}, found ${hits.length}`);
  return hits[0];
}
function roles(p: KbPerson, office: string): KbRole[] {
  return p.roles.filter((r) => r.office === office);
}
/** Who holds an office on a day (roles whose range covers the day; open roles count as held). */
function holders(office: string, day: string): string[] {
  return kb.people
    .filter((p) => p.roles.some((r) => r.office === office && (!r.from || r.from <= day) && (!r.to || r.to > day)))
    .map((p) => p.name)
    .sort();
}

describe('kb: people.json shape', () => {
  it('has the documented top-level shape', () => {
    assert.equal(kb.version, 1);
    assert.ok(Array.isArray(kb.sources) && kb.sources.length > 90);
    assert.ok(kb.sources.every((s) => s.file && s.license));
    assert.ok(kb.people.length > 5000);
    assert.ok(Object.keys(kb.nicknames).length > 1000);
    assert.deepEqual(kb.nicknames['william']?.includes('bill'), true);
  });
  it('uses known offices, kinds and well-formed dates', () => {
    const date = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    for (const [id, o] of Object.entries(kb.offices)) {
      assert.equal(o.id, id);
      assert.ok(KINDS.has(o.kind), `${id} kind ${o.kind}`);
      assert.ok(o.title && o.jurisdiction, id);
    }
    const ids = new Set<string>();
    for (const p of kb.people) {
      assert.ok(!ids.has(p.id), `duplicate id ${p.id}`);
      ids.add(p.id);
      assert.ok(/^(Q\d+|kb:[a-z0-9-]+)$/.test(p.id), p.id);
      assert.ok(p.name && typeof p.surname === 'string' && Array.isArray(p.given), p.id);
      if (p.born) assert.match(p.born, date);
      for (const r of p.roles) {
        assert.ok(kb.offices[r.office], `${p.id} unknown office ${r.office}`);
        if (r.from) assert.match(r.from, date);
        if (r.to) assert.match(r.to, date);
        if (r.from && r.to) assert.ok(r.to.slice(0, r.from.length) >= r.from.slice(0, r.to.length), `${p.name} ${r.office} ${r.from}>${r.to}`);
      }
    }
  });
  it('has no non-Latin names', () => {
    for (const p of kb.people) assert.ok(!/[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Georgian}\p{Script=Greek}\p{Script=Armenian}]/u.test(p.name), p.name);
  });
  it('stays compact', () => {
    assert.ok(fs.statSync(FILE).size < 6_000_000);
  });
});

describe('kb: spot checks', () => {
  it('Antony Blinken: U.S. secretary of state 2021-01-26 to 2025-01-20; Rubio from 2025-01-21', () => {
    assert.deepEqual(roles(person('Antony Blinken'), 'US/secretary-of-state'), [{ office: 'US/secretary-of-state', from: '2021-01-26', to: '2025-01-20' }]);
    assert.deepEqual(roles(person('Marco Rubio'), 'US/secretary-of-state'), [{ office: 'US/secretary-of-state', from: '2025-01-21' }]);
    assert.equal(kb.offices['US/secretary-of-state'].kind, 'foreign-minister');
    assert.equal(kb.offices['US/secretary-of-state'].title, 'Secretary of State');
  });
  it('Sweden: Andersson PM until 2022-10-18, Kristersson from then; namesakes kept apart', () => {
    const andersson = person('Magdalena Andersson', 'SE/head-of-government');
    assert.equal(andersson.id, 'Q4935873');
    assert.deepEqual(roles(andersson, 'SE/head-of-government'), [{ office: 'SE/head-of-government', from: '2021-11-30', to: '2022-10-18' }]);
    assert.deepEqual(roles(person('Ulf Kristersson'), 'SE/head-of-government'), [{ office: 'SE/head-of-government', from: '2022-10-18' }]);
    assert.deepEqual(holders('SE/head-of-government', '2023-07-15'), ['Ulf Kristersson']);
    assert.equal(kb.offices['SE/head-of-government'].single, true);
  });
  it('Australia: Payne foreign minister 2018-08-28 to 2022-05-23 (not Bishop in 2021)', () => {
    assert.deepEqual(roles(person('Marise Payne'), 'AU/foreign-minister'), [{ office: 'AU/foreign-minister', from: '2018-08-28', to: '2022-05-23' }]);
    assert.deepEqual(holders('AU/foreign-minister', '2021-02-15'), ['Marise Payne']);
  });
  it('NATO: Stoltenberg 2014-10-01 to 2024-10-01, then Rutte', () => {
    assert.deepEqual(roles(person('Jens Stoltenberg'), 'NATO/secretary-general'), [{ office: 'NATO/secretary-general', from: '2014-10-01', to: '2024-10-01' }]);
    assert.deepEqual(roles(person('Mark Rutte'), 'NATO/secretary-general'), [{ office: 'NATO/secretary-general', from: '2024-10-01' }]);
    assert.equal(kb.offices['NATO/secretary-general'].jurisdiction, 'NATO');
  });
  it('Zelensky: canonical spelling with the accepted transliterations', () => {
    const z = person('Volodymyr Zelensky');
    assert.equal(z.surname, 'Zelensky');
    for (const v of ['Zelenskyy', 'Zelenskiy', 'Volodymyr Zelenskyy']) assert.ok(z.variants?.includes(v), v);
    assert.ok(!z.variants?.includes('Dzerensky'));
  });
  it('Schumer: majority leader until 2025-01-03, minority leader from then; Thune majority leader', () => {
    const s = person('Chuck Schumer');
    assert.deepEqual(roles(s, 'US/senate-majority-leader'), [{ office: 'US/senate-majority-leader', from: '2021-01-20', to: '2025-01-03' }]);
    assert.ok(roles(s, 'US/senate-minority-leader').some((r) => r.from === '2025-01-03' && !r.to));
    assert.deepEqual(holders('US/senate-majority-leader', '2025-01-20'), ['John Thune']);
    assert.ok(s.variants?.includes('Charles E. Schumer'));
    // Long-serving members keep their open Senate term (congress-legislators is a 2026 snapshot).
    assert.deepEqual(roles(s, 'US/senate'), [{ office: 'US/senate', from: '1999-01-06' }]);
    assert.deepEqual(roles(person('Mitch McConnell'), 'US/senate'), [{ office: 'US/senate', from: '1985-01-03' }]);
  });
  it('McCarthy: minority leader in Aug 2022, Speaker 2023-01-07 to 2023-10-03', () => {
    const m = person('Kevin McCarthy');
    assert.deepEqual(roles(m, 'US/house-speaker'), [{ office: 'US/house-speaker', from: '2023-01-07', to: '2023-10-03' }]);
    assert.deepEqual(holders('US/house-speaker', '2022-08-15'), ['Nancy Pelosi']);
    assert.deepEqual(holders('US/house-minority-leader', '2022-08-15'), ['Kevin McCarthy']);
    assert.deepEqual(holders('US/house-speaker', '2024-03-01'), ['Mike Johnson']);
  });
  it('Tesla: Musk is CEO, Denholm chairs since 2018-11', () => {
    assert.deepEqual(holders('company:Tesla/chair', '2024-06-01'), ['Robyn Denholm']);
    assert.deepEqual(holders('company:Tesla/ceo', '2024-06-01'), ['Elon Musk']);
    assert.equal(kb.offices['company:Tesla/chair'].kind, 'executive');
  });
  it('Congress party: Kharge president since 2022-10-26; Rahul Gandhi 2017-12-16 to 2019-08-10', () => {
    assert.deepEqual(holders('IN/party:INC/president', '2024-05-01'), ['Mallikarjun Kharge']);
    assert.deepEqual(roles(person('Rahul Gandhi'), 'IN/party:INC/president'), [{ office: 'IN/party:INC/president', from: '2017-12-16', to: '2019-08-10' }]);
  });
  it('Aung San Suu Kyi: born 1945-06-19, so 75 on 2021-02-01', () => {
    const s = person('Aung San Suu Kyi');
    assert.equal(s.born, '1945-06-19');
    assert.equal(s.surname, 'Suu Kyi');
    assert.equal(ageOn(s.born, '2021-02-01'), 75);
  });
  it("India: foreign secretaries are not foreign ministers; Jaishankar is both, at different times", () => {
    const fm = kb.offices['IN/foreign-minister'];
    assert.equal(fm.kind, 'foreign-minister');
    assert.equal(kb.offices['IN/foreign-secretary'].kind, 'other');
    const mansingh = person('Lalit Mansingh');
    assert.ok(!mansingh.roles.some((r) => r.office === 'IN/foreign-minister'));
    const j = person('S. Jaishankar');
    assert.deepEqual(j.roles.map((r) => r.office).sort(), ['IN/foreign-minister', 'IN/foreign-secretary']);
    assert.deepEqual(holders('IN/foreign-minister', '2016-06-01'), ['Sushma Swaraj']);
  });
  it('Britain: stale open terms are closed (Elizabeth II, Truss) and the 2022-2025 changes are in', () => {
    const e = person('Elizabeth II');
    assert.equal(e.died, '2022-09-08');
    assert.ok(e.roles.every((r) => r.to === '2022-09-08'));
    assert.deepEqual(roles(person('Liz Truss'), 'GB/head-of-government'), [{ office: 'GB/head-of-government', from: '2022-09-06', to: '2022-10-25' }]);
    assert.deepEqual(holders('GB/head-of-government', '2023-06-01'), ['Rishi Sunak']);
    assert.deepEqual(holders('GB/head-of-government', '2025-01-01'), ['Keir Starmer']);
    assert.deepEqual(holders('GB/foreign-minister', '2024-03-01'), ['David Cameron']);
  });
  it('Germany, Canada, Japan, South Korea, France: the 2025 changes', () => {
    assert.deepEqual(holders('DE/head-of-government', '2025-06-01'), ['Friedrich Merz']);
    assert.deepEqual(holders('DE/head-of-government', '2024-06-01'), ['Olaf Scholz']);
    assert.deepEqual(holders('CA/head-of-government', '2025-04-01'), ['Mark Carney']);
    assert.deepEqual(holders('JP/head-of-government', '2025-11-01'), ['Sanae Takaichi']);
    assert.deepEqual(holders('KR/head-of-state', '2025-07-01'), ['Lee Jae-myung']);
    assert.deepEqual(holders('FR/head-of-government', '2024-10-01'), ['Michel Barnier']);
    assert.deepEqual(holders('US/head-of-state', '2025-03-01'), ['Donald Trump']);
    assert.deepEqual(holders('US/vice-president', '2025-03-01'), ['JD Vance']);
  });
  it('Erdogan and other wire spellings, with the diacritic forms as accepted variants', () => {
    const e = person('Recep Tayyip Erdogan');
    assert.equal(e.surname, 'Erdogan');
    assert.ok(e.variants?.includes('Erdoğan'));
    assert.ok(person('Gitanas Nausėda').variants?.includes('Nauseda'));
    assert.ok(person('Alexander Lukashenko').variants?.includes('Lukashenka'));
    assert.equal(person('Tedros Adhanom Ghebreyesus').surname, 'Tedros');
    assert.deepEqual(holders('WHO/director-general', '2020-03-11'), ['Tedros Adhanom Ghebreyesus']);
  });
  it('single-holder top offices have no overlapping holders', () => {
    for (const office of ['US/head-of-state', 'US/secretary-of-state', 'GB/head-of-government', 'DE/head-of-government', 'FR/head-of-government', 'IN/head-of-government', 'UN/secretary-general', 'NATO/secretary-general', 'EU-COM/president']) {
      const list = kb.people.flatMap((p) => p.roles.filter((r) => r.office === office).map((r) => ({ p: p.name, ...r }))).sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : 1));
      // A one-day overlap is a handover-day convention in the sources (outgoing "until" the day the successor took office, or the day after).
      const day = (d: string) => Date.parse(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`) / 86400000;
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].to && day(list[i - 1].to!) - day(list[i].from!) <= 1, `${office}: ${list[i - 1].p} ${list[i - 1].to} vs ${list[i].p} ${list[i].from}`);
    }
  });
  it('golf and business figures the political sources lack', () => {
    assert.equal(person('Tiger Woods').born, '1975-12-30');
    assert.ok(person('Brooks Koepka'));
    assert.deepEqual(holders('company:Nvidia/cfo', '2024-01-01'), ['Colette Kress']);
  });
});

describe('kb: people.json is up to date with its sources and overlay', function () {
  const sources = path.resolve(ROOT, '..', 'shared', 'kb-sources');
  it('rebuilds to the committed file', function () {
    if (!fs.existsSync(sources)) this.skip();
    this.timeout(120000);
    const kbDir = path.join(ROOT, 'server', 'data', 'kb');
    const { kb: rebuilt } = build({
      sourcesDir: sources,
      overlayText: fs.readFileSync(path.join(kbDir, 'overlay.yaml'), 'utf8'),
      countriesText: fs.readFileSync(path.join(kbDir, 'countries.yaml'), 'utf8'),
    });
    assert.ok(serialise(rebuilt) === fs.readFileSync(FILE, 'utf8'), 'server/data/people.json is stale: run npm run build:kb');
  });
});
