// Unit tests for the names knowledge-base build: date parsing, row validation,
// position classification, merging, and a small end-to-end build on fixtures.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { parseDate, isReversed, ageOn } from '../../scripts/kb/dates.mjs';
import { isLatinName, foldDiacritics, splitName, stripHonorifics } from '../../scripts/kb/names.mjs';
import { classifyPosition } from '../../scripts/kb/positions.mjs';
import { validateRow, mergeRoles, mergePeopleById, closeBySuccessor, findOverlaps } from '../../scripts/kb/kb.mjs';
import { build, serialise } from '../../scripts/kb/build-kb.mjs';

const COUNTRIES = fs.readFileSync(path.join(__dirname, '..', '..', 'server', 'data', 'kb', 'countries.yaml'), 'utf8');

describe('kb: dates', () => {
  it('keeps year, month and day precision and rejects odd values', () => {
    assert.equal(parseDate('2021'), '2021');
    assert.equal(parseDate('2021-03'), '2021-03');
    assert.equal(parseDate('2021-03-04'), '2021-03-04');
    assert.equal(parseDate(''), null);
    assert.equal(parseDate('2014s'), undefined);
    assert.equal(parseDate('2021-02-30'), undefined);
    assert.equal(parseDate('2021-13'), undefined);
  });
  it('detects reversed ranges only when certain', () => {
    assert.equal(isReversed('2010-10-30', '2010-04-09'), true);
    assert.equal(isReversed('2010-05-01', '2010'), false);
    assert.equal(isReversed('2010', '2010-05-01'), false);
    assert.equal(isReversed('2010', null), false);
  });
  it('computes ages from exact birth dates only', () => {
    assert.equal(ageOn('1945-06-19', '2021-02-01'), 75);
    assert.equal(ageOn('1945-06-19', '2021-06-19'), 76);
    assert.equal(ageOn('1945', '2021-02-01'), null);
  });
});

describe('kb: names', () => {
  it('tells Latin from non-Latin labels', () => {
    assert.equal(isLatinName('Þórdís Kolbrún R. Gylfadóttir'), true);
    assert.equal(isLatinName('Mevlüt Çavuşoğlu'), true);
    assert.equal(isLatinName('김재형'), false);
    assert.equal(isLatinName('Вячеслав Гладков'), false);
    assert.equal(isLatinName('خالد العرج'), false);
    assert.equal(isLatinName('Q27146606x'), true);
    assert.equal(isLatinName(''), false);
  });
  it('folds diacritics', () => {
    assert.equal(foldDiacritics('Erdoğan'), 'Erdogan');
    assert.equal(foldDiacritics('Nausėda'), 'Nauseda');
    assert.equal(foldDiacritics('Łukasz Świątek'), 'Lukasz Swiatek');
  });
  it('splits names by convention', () => {
    assert.deepEqual(splitName('Ursula von der Leyen', 'DE'), { given: ['Ursula'], surname: 'von der Leyen' });
    assert.deepEqual(splitName('Xi Jinping', 'CN'), { given: ['Jinping'], surname: 'Xi' });
    assert.deepEqual(splitName('Min Aung Hlaing', 'MM'), { given: [], surname: 'Min Aung Hlaing' });
    assert.deepEqual(splitName('Henry C. Johnson Jr.', 'US'), { given: ['Henry'], surname: 'Johnson' });
  });
  it('strips honorifics but not from one-word names', () => {
    assert.equal(stripHonorifics('Dr. Narayan Khadka').name, 'Narayan Khadka');
    assert.equal(stripHonorifics('Sheikh Hasina').name, 'Sheikh Hasina');
    assert.equal(stripHonorifics('Pope Francis').name, 'Pope Francis');
  });
});

describe('kb: row validation', () => {
  it('drops reversed dates', () => {
    const v = validateRow({ name: 'Helena Guergis', start: '2010-10-30', end: '2010-04-09' });
    assert.equal(v.ok, false);
    assert.match((v as { reason: string }).reason, /reversed/);
  });
  it('drops non-Latin labels unless the overlay supplies a Latin name', () => {
    assert.equal(validateRow({ name: 'Вячеслав Гладков', start: '2020', end: '' }).ok, false);
    assert.equal(validateRow({ name: 'Вячеслав Гладков', start: '2020', end: '' }, { allowNonLatin: true }).ok, true);
  });
  it('drops blank names and QID-only labels', () => {
    assert.equal(validateRow({ name: '', start: '2020', end: '' }).ok, false);
    assert.equal(validateRow({ name: 'Q27146606', start: '2016', end: '' }).ok, false);
  });
  it('drops unparseable dates', () => {
    assert.equal(validateRow({ name: 'Saleh Al-Obaidi', start: '2014s', end: '' }).ok, false);
  });
});

describe('kb: position classification', () => {
  const ctx = (code: string, ...names: string[]) => ({ code, names, adjectives: [] as string[] });
  it("does not label India's Foreign Secretaries as foreign ministers", () => {
    const fs1 = classifyPosition('Minister of Foreign Affairs', ctx('IN', 'India'));
    assert.ok(!('drop' in fs1));
    if (!('drop' in fs1)) {
      assert.equal(fs1.kind, 'other');
      assert.equal(fs1.key, 'foreign-secretary');
    }
    const eam = classifyPosition('Minister of External Affairs', ctx('IN', 'India'));
    assert.ok(!('drop' in eam) && eam.kind === 'foreign-minister' && eam.key === 'foreign-minister');
  });
  it("does not label Pakistan's Foreign Secretary as foreign minister", () => {
    const c = classifyPosition('Foreign Secretary', ctx('PK', 'Pakistan'));
    assert.ok(!('drop' in c) && c.kind === 'other');
  });
  it('treats the UK Foreign and Commonwealth Secretary as the foreign minister', () => {
    const c = classifyPosition('Secretary of State for Foreign and Commonwealth Affairs', ctx('GB', 'Britain', 'United Kingdom'));
    assert.ok(!('drop' in c) && c.kind === 'foreign-minister' && c.title === 'Foreign Secretary');
  });
  it('classifies sub-national heads as subnational and drops other sub-national posts', () => {
    const nsw = classifyPosition('Premier of New South Wales', ctx('AU', 'Australia'));
    assert.ok(!('drop' in nsw) && nsw.kind === 'subnational');
    const quebec = classifyPosition('Premier of Quebec', ctx('CA', 'Canada'));
    assert.ok(!('drop' in quebec) && quebec.kind === 'subnational');
    assert.ok('drop' in classifyPosition('Mayor of Manila', ctx('PH', 'Philippines')));
    assert.ok('drop' in classifyPosition('prefect of Vrancea county', ctx('RO', 'Romania')));
    assert.ok('drop' in classifyPosition('chairman of the Svislač District Executive Committee', ctx('BY', 'Belarus')));
    assert.ok('drop' in classifyPosition('Deputy Premier', ctx('AU', 'Australia')));
  });
  it('drops ambassadors, first ladies, civil servants and military chiefs', () => {
    assert.ok('drop' in classifyPosition('ambassador to the United Kingdom', ctx('FR', 'France')));
    assert.ok('drop' in classifyPosition('First Lady', ctx('US', 'United States')));
    assert.ok('drop' in classifyPosition('Spouse of the President', ctx('AE', 'United Arab Emirates')));
    assert.ok('drop' in classifyPosition('Chief of General Staff', ctx('AF', 'Afghanistan')));
    assert.ok('drop' in classifyPosition('Principal Private Secretary to the Prime Minister', ctx('GB', 'Britain')));
    assert.ok('drop' in classifyPosition('Secretary of State of Maryland', ctx('US', 'United States')));
  });
  it('keeps national heads, deputies and central-bank governors with the right kind', () => {
    const pm = classifyPosition('Prime Minister', ctx('SE', 'Sweden'));
    assert.ok(!('drop' in pm) && pm.kind === 'head-of-government' && pm.single);
    const dpm = classifyPosition('Deputy Prime Minister of Sweden', ctx('SE', 'Sweden'));
    assert.ok(!('drop' in dpm) && dpm.kind === 'deputy-head-of-government' && !dpm.single);
    const fr = classifyPosition('President of the French Republic', { code: 'FR', names: ['France'], adjectives: ['French'] });
    assert.ok(!('drop' in fr) && fr.kind === 'head-of-state');
    const boc = classifyPosition('Governor of the Bank of Canada', ctx('CA', 'Canada'));
    assert.ok(!('drop' in boc) && boc.kind === 'org-head');
    const sos = classifyPosition('Secretary of State', ctx('US', 'United States'));
    assert.ok(!('drop' in sos) && sos.key === 'secretary-of-state' && sos.kind === 'foreign-minister');
  });
  it('does not treat ministers in files that mix state and federal offices as single-holder', () => {
    const fin = classifyPosition('Minister of Finance', ctx('CA', 'Canada'));
    assert.ok(!('drop' in fin) && fin.single === false);
    const fin2 = classifyPosition('Minister of Finance', ctx('SE', 'Sweden'));
    assert.ok(!('drop' in fin2) && fin2.single === true);
  });
});

describe('kb: merging', () => {
  it('merges duplicate rows of one QID and keeps namesakes with different QIDs apart', () => {
    const byId = mergePeopleById([
      { id: 'Q4935873', label: 'Magdalena Andersson', role: { office: 'SE/head-of-government', from: '2021-11-30', to: null } },
      { id: 'Q4935873', label: 'Magdalena Andersson', role: { office: 'SE/minister:finance', from: '2014-10-03', to: '2021-11-30' } },
      { id: 'Q4935870', label: 'Magdalena Andersson', role: { office: 'SE/sub:governor', from: '2012-11-01', to: '2020-03-31' } },
    ]);
    assert.equal(byId.size, 2);
    assert.equal(byId.get('Q4935873')!.roles.length, 2);
    assert.equal(byId.get('Q4935870')!.roles.length, 1);
  });
  it('merges repeated and consecutive terms, keeping the more precise date', () => {
    const merged = mergeRoles([
      { office: 'IT/foreign-minister', from: '2019-09-05', to: '2021-02-13' },
      { office: 'IT/foreign-minister', from: '2021-02-13', to: '2022-10-22' },
      { office: 'IT/foreign-minister', from: '2019', to: '2021' },
    ]);
    assert.equal(merged.length, 1);
    assert.equal(merged[0].from, '2019-09-05');
    assert.equal(merged[0].to, '2022-10-22');
  });
  it('keeps a continued term open when the last consecutive term is open', () => {
    const merged = mergeRoles([
      { office: 'US/senate', from: '1999-01-06', to: '2005-01-03' },
      { office: 'US/senate', from: '2005-01-04', to: '2011-01-03' },
      { office: 'US/senate', from: '2011-01-05', to: null },
    ]);
    assert.deepEqual(merged.map((r) => [r.from, r.to]), [['1999-01-06', null]]);
  });
  it('prefers the closed reading of one term that another source leaves open', () => {
    const merged = mergeRoles([
      { office: 'X/pm', from: '2017', to: null },
      { office: 'X/pm', from: '2017-05-14', to: '2022-05-16' },
    ]);
    assert.deepEqual(merged.map((r) => [r.from, r.to]), [['2017-05-14', '2022-05-16']]);
  });
  it('keeps separate terms apart', () => {
    const merged = mergeRoles([
      { office: 'GB/head-of-government', from: '2010-05-11', to: '2016-07-13' },
      { office: 'GB/head-of-government', from: '2019-07-24', to: '2022-09-06' },
    ]);
    assert.equal(merged.length, 2);
  });
  it('closes a stale open term when a successor takes office, and finds overlaps', () => {
    const a = { personId: 'A', role: { office: 'X/pm', from: '2015-01-01', to: null as string | null, asOf: '2022-07-01' } };
    const b = { personId: 'B', role: { office: 'X/pm', from: '2019-06-01', to: null as string | null } };
    const repairs = closeBySuccessor([a, b]);
    assert.equal(repairs.length, 1);
    assert.equal(a.role.to, '2019-06-01');
    assert.equal(findOverlaps([a, b]).length, 0);
    const c = { personId: 'C', role: { office: 'X/fm', from: '2010-01-01', to: '2015-01-01' } };
    const d = { personId: 'D', role: { office: 'X/fm', from: '2012-01-01', to: '2016-01-01' } };
    assert.equal(findOverlaps([c, d]).length, 1);
  });
});

describe('kb: end-to-end build on fixtures', function () {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-fixture-'));
    fs.mkdirSync(path.join(dir, 'cabinets'));
    const header = 'position,person,personID,start,end,gender,DOB,DOD,image,enwiki\n';
    fs.writeFileSync(
      path.join(dir, 'cabinets', 'india.csv'),
      header +
        'Minister of Foreign Affairs,Lalit Mansingh,Q6480368,1999-12-01,2001-03-11,male,1941-04-29,,,\n' +
        'Minister of External Affairs,S. Jaishankar,Q16186720,2019-05-30,,male,1955-01-09,,,\n' +
        'Minister of Foreign Affairs,S. Jaishankar,Q16186720,2015-01-29,2018-01-28,male,1955-01-09,,,\n' +
        'Prime Minister,Narendra Modi,Q1058,2014-05-26,,male,1950-09-17,,,\n',
    );
    fs.writeFileSync(
      path.join(dir, 'cabinets', 'sweden.csv'),
      header +
        'Prime Minister,Magdalena Andersson,Q4935873,2021-11-30,,female,1967-01-23,,,\n' +
        'Prime Minister,Magdalena Andersson,Q4935873,2021-11-30,,female,1967-01-23,,,\n' +
        'Minister for Foreign Trade,Magdalena Andersson,Q4935870,2012-11-01,2020-03-31,female,1954-03-09,,,\n' +
        'Minister for Finance,Magdalena Andersson,Q4935873,2014-10-03,2021-11-30,female,1967-01-23,,,\n' +
        'Minister of Agriculture,Someone Reversed,Q1,2007-04-19,2003-06-24,male,,,,\n' +
        'Minister of Culture,Вячеслав Гладков,Q2,2020-01-01,,male,,,,\n' +
        'Minister of Health,Ольга Петрова,Q3,2020-01-01,,female,,,,\n' +
        'monarch,Carl XVI Gustaf of Sweden,Q45068,1973-09-15,,male,1946-04-30,,,\n' +
        'ambassador to the United Kingdom,An Ambassador,Q4,2019,,male,,,,\n',
    );
    fs.writeFileSync(
      path.join(dir, 'world.foreign.wikidata.csv'),
      'person,name,country,countryLabel,position,positionLabel,start,psid\n' +
        'Q7821917,Antony Blinken,Q30,United States of America,Q14213,United States Secretary of State,2021-01-26,x\n' +
        'Q5,Omar Marrero Díaz,Q1183,Puerto Rico,Q6,Secretary of State of Puerto Rico,2021-07-12,y\n' +
        'Q6,Norzin Dolma,Q7,Tibet,Q8,Foreign Minister of the Central Tibetan Administration,2021-11-10,z\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const overlay = [
    'version: 1',
    'people:',
    '  - {id: Q3, name: Olga Petrova, given: [Olga], surname: Petrova}',
    '  - {id: Q4935873, roles: [[SE/head-of-government, 2021-11-30, 2022-10-18]]}',
    '  - {id: kb:ulf-kristersson-test, name: Ulf Kristersson, roles: [[SE/head-of-government, 2022-10-18]]}',
    '  - {id: Q45068, name: Carl XVI Gustaf, roles: [[SE/head-of-state, 1973-09-15]]}',
  ].join('\n');

  it('applies every validation rule and reports it', () => {
    const { kb, report } = build({ sourcesDir: dir, overlayText: overlay, countriesText: COUNTRIES });
    const byId = new Map(kb.people.map((p) => [p.id, p]));
    // Reversed dates and non-Latin labels without an overlay name are dropped.
    assert.ok(!byId.has('Q1'));
    assert.ok(!byId.has('Q2'));
    assert.ok(report.droppedCount('reversed dates (end before start)') >= 1);
    assert.ok(report.droppedCount('non-Latin name label (no overlay name)') >= 1);
    // A non-Latin label with an overlay Latin name is kept under the Latin name.
    assert.equal(byId.get('Q3')?.name, 'Olga Petrova');
    // India's foreign secretaries are not foreign ministers.
    const mansingh = byId.get('Q6480368')!;
    assert.deepEqual(mansingh.roles.map((r) => r.office), ['IN/foreign-secretary']);
    assert.equal(kb.offices['IN/foreign-secretary'].kind, 'other');
    const jai = byId.get('Q16186720')!;
    assert.deepEqual(jai.roles.map((r) => r.office).sort(), ['IN/foreign-minister', 'IN/foreign-secretary']);
    // Non-national offices in the foreign-minister list are not national foreign ministers.
    assert.ok(!byId.has('Q5'));
    assert.ok(!byId.has('Q6'));
    assert.ok(report.droppedCount('non-national office in a national foreign-minister list') === 2);
    // Duplicates merged by QID; namesakes with different QIDs kept apart.
    const anderssons = kb.people.filter((p) => p.name === 'Magdalena Andersson');
    assert.equal(anderssons.length, 2);
    const pm = byId.get('Q4935873')!;
    assert.deepEqual(pm.roles.filter((r) => r.office === 'SE/head-of-government'), [{ office: 'SE/head-of-government', from: '2021-11-30', to: '2022-10-18' }]);
    // Ambassadors dropped; the monarch's pre-2000 open term is kept because the overlay confirms it.
    assert.ok(!byId.has('Q4'));
    assert.equal(byId.get('Q45068')?.roles[0].office, 'SE/head-of-state');
    // Open source terms carry the source snapshot date (unknown in the fixture: none), overlay terms none.
    const kr = kb.people.find((p) => p.name === 'Ulf Kristersson')!;
    assert.deepEqual(kr.roles, [{ office: 'SE/head-of-government', from: '2022-10-18' }]);
    // The report lists reasons with counts.
    assert.match(report.toText(), /DROPPED/);
  });

  it('is deterministic', () => {
    const a = serialise(build({ sourcesDir: dir, overlayText: overlay, countriesText: COUNTRIES }).kb);
    const b = serialise(build({ sourcesDir: dir, overlayText: overlay, countriesText: COUNTRIES }).kb);
    assert.equal(a, b);
    JSON.parse(a);
  });

  it('drops a stale pre-2000 open term the overlay does not confirm', () => {
    const { kb, report } = build({ sourcesDir: dir, overlayText: 'version: 1\npeople: []\n', countriesText: COUNTRIES });
    assert.ok(!kb.people.some((p) => p.id === 'Q45068'));
    assert.ok(report.droppedCount('stale open-ended term starting before 2000 (not confirmed by overlay)') >= 1);
  });
});
