// Configuration is untrusted input: anything at all gives problems naming the file and the key,
// never an exception, and the resolved configuration is always well-formed.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeConfig, parseConfigJson, ruleSetting } from '../../server/src/engine/config';
import { analyse } from '../../server/src/engine/lint';

const SEVERITIES_AND_OFF: string[] = ['off', 'hint', 'info', 'warning', 'error'];

describe('configuration properties (fast-check)', () => {
  const ids = ['names/misspelled', 'style/passive'];
  it('any JSON value: no exception, problems name the file, settings stay valid', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const { config, problems } = normalizeConfig(raw, 'fuzz/.copydesk.json', ids);
        for (const p of problems) {
          assert.equal(p.file, 'fuzz/.copydesk.json');
          assert.equal(typeof p.key, 'string');
          assert.ok(p.message.length > 5);
        }
        for (const [id, setting] of Object.entries(config.rules)) assert.ok(SEVERITIES_AND_OFF.includes(setting), `${id}: ${setting}`);
        assert.ok(['off', 'hint', 'info', 'warning', 'error'].includes(ruleSetting(config, 'names/misspelled', 'names', 'warning')));
        assert.ok(config.maxDocumentLength >= 1000);
      }),
      { numRuns: 500 },
    );
  });

  it('shaped configurations with wrong types: each wrong key is reported, the rest applies', () => {
    const wrong = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer()), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(wrong, wrong, (a, b) => {
        const { config, problems } = normalizeConfig({ rules: { 'names/misspelled': 'error', 'style/passive': a }, houseStyle: { style: b } }, 'f', ids);
        assert.equal(config.rules['names/misspelled'], 'error');
        if (!['off', 'hint', 'info', 'warning', 'error', false].includes(a as never)) assert.ok(problems.some((p) => p.key === 'rules.style/passive'));
        if (!['ap', 'reuters', 'bbc', 'guardian', 'nyt'].includes(b as never)) assert.ok(problems.some((p) => p.key === 'houseStyle.style' || p.key === 'houseStyle'));
      }),
      { numRuns: 300 },
    );
  });

  it('any text as a .copydesk.json: no exception', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => { parseConfigJson(text, 'f', ids); }), { numRuns: 500 });
  });
});

describe('user-supplied terms cannot hang the linter', () => {
  it('regular-expression-like names, terms and places are matched literally', function () {
    // Were any of these compiled as patterns, the text below would backtrack for ages and the test
    // would time out; matched literally, they are just odd strings.
    this.timeout(20000);
    const evil = ['(a+)+$', '(a|aa)+b', '([a-zA-Z]+)*!', '(.*a){20}', '\\', '[', '(?<=x)', 'a{99999}'];
    const { config, problems } = normalizeConfig({ names: { accept: evil, prefer: evil }, terms: { prefer: evil }, places: Object.fromEntries(evil.map((e) => [e, 'x'])) }, 'evil.json', []);
    assert.deepEqual(problems, []);
    const text = `${'a'.repeat(5000)}! ${evil.join(' ')} The council met in Kiev. ${'aa'.repeat(2000)}b`;
    const result = analyse(text, { format: 'plaintext', config });
    assert.deepEqual(result.notices.filter((n) => n.includes('failed')), []);
  });
});
