// Keeps the README, the rule pages and the configuration schema true to the code.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { defaultRules } from '../server/src/rules/index';
import { normalizeConfig } from '../server/src/engine/config';

const ROOT = join(__dirname, '..');

describe('documentation', () => {
  it('the README lists every rule with a link to its page', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const r of defaultRules) assert.ok(readme.includes(`[${r.meta.id}](docs/rules/${r.meta.id}.md)`), `${r.meta.id} is missing from the README`);
  });

  it('every rule page has an incorrect and a correct example', () => {
    for (const r of defaultRules) {
      const page = readFileSync(join(ROOT, 'docs/rules', `${r.meta.id}.md`), 'utf8');
      assert.match(page, new RegExp(`^# ${r.meta.id}$`, 'm'), r.meta.id);
      assert.match(page, /^## Incorrect$/m, r.meta.id);
      assert.match(page, /^## Correct$/m, r.meta.id);
    }
  });

  describe('configuration schema', () => {
    const schemaPath = join(ROOT, 'dist', 'copydesk.schema.json');
    before(function () {
      if (!existsSync(schemaPath)) throw new Error('dist/copydesk.schema.json is missing: run "npm run build"');
    });
    const validate = () => new Ajv({ allErrors: true, keywords: ['markdownDescription'] }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const ids = defaultRules.map((r) => r.meta.id);
    const good = [
      { date: '2024-06-12', rules: { style: 'off', 'style/passive': 'warning', '*': 'info' }, houseStyle: { style: 'reuters', numbers: 'off', percent: '%' }, names: { accept: ['Jane Okafor'], prefer: [] }, terms: { prefer: ['G7'] }, places: { Bombay: false, Calcutta: 'Kolkata' }, maxDocumentLength: 50000 },
      {},
    ];
    const bad = [{ rules: { 'style/nope': 'off' } }, { rules: { style: 'loud' } }, { houseStyle: { style: 'xinhua' } }, { names: { accept: [1] } }, { colour: 1 }, { maxDocumentLength: 5 }];
    it('accepts what the engine accepts and rejects what it rejects', () => {
      const v = validate();
      for (const c of good) {
        assert.equal(v(c), true, JSON.stringify(v.errors));
        assert.deepEqual(normalizeConfig(c, 'x', ids).problems, []);
      }
      for (const c of bad) {
        assert.equal(v(c), false, JSON.stringify(c));
        assert.notDeepEqual(normalizeConfig(c, 'x', ids).problems, [], JSON.stringify(c));
      }
    });
  });
});
