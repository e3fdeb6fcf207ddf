import assert from 'node:assert/strict';
import { normalizeConfig, parseConfigJson, ruleSetting, defaultConfig } from '../../server/src/engine/config';

const ids = ['names/misspelled', 'style/passive'];

describe('configuration', () => {
  it('applies valid settings', () => {
    const { config, problems } = normalizeConfig({ date: '2021-05-06', rules: { 'names/misspelled': 'error', style: 'off' }, houseStyle: { style: 'reuters' }, names: { accept: ['Jane Okafor'] } }, 'x.json', ids);
    assert.deepEqual(problems, []);
    assert.equal(config.date, '2021-05-06');
    assert.equal(ruleSetting(config, 'names/misspelled', 'names', 'warning'), 'error');
    assert.equal(ruleSetting(config, 'style/passive', 'style', 'hint'), 'off');
    assert.equal(config.houseStyle.style, 'reuters');
    assert.deepEqual(config.names.accept, ['Jane Okafor']);
  });
  it('reports each problem with the file and the key, and keeps the defaults for them', () => {
    const { config, problems } = normalizeConfig({ date: '2021-02-30', rules: { 'names/mispelled': 'error', 'style/passive': 'loud' }, houseStyle: { style: 'xinhua' }, names: { accept: [42] }, colour: 1 }, 'team/.copydesk.json', ids);
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p.message]));
    assert.match(byKey.date, /YYYY-MM-DD/);
    assert.match(byKey['rules.names/mispelled'], /unknown rule id; did you mean names\/misspelled/);
    assert.match(byKey['rules.style/passive'], /expected off, hint, info, warning or error, got "loud"/);
    assert.match(byKey['houseStyle.style'], /expected one of ap, reuters/);
    assert.match(byKey['names.accept[0]'], /non-empty string/);
    assert.match(byKey.colour, /unknown setting/);
    assert.ok(problems.every((p) => p.file === 'team/.copydesk.json'));
    assert.deepEqual(config, { ...defaultConfig() });
  });
  it('names the line and column of a JSON syntax error', () => {
    const { problems } = parseConfigJson('{\n  "rules": {\n    "style": "off",\n  }\n}', 'a/.copydesk.json', ids);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /not valid JSON at line 4, column 3/);
  });
  it('rejects a non-object and absurd values', () => {
    assert.match(normalizeConfig([], 'f', ids).problems[0].message, /expected a JSON object/);
    assert.match(normalizeConfig({ maxDocumentLength: -5 }, 'f', ids).problems[0].message, /between 1000 and/);
    assert.match(normalizeConfig({ names: { accept: ['x'.repeat(500)] } }, 'f', ids).problems[0].message, /at most 200/);
  });
});
