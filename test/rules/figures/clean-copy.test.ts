// Clean, professionally edited wire-style stories (test/fixtures/clean/) full of figures, dates,
// ages and terms: the figures and consistency rules must report nothing on them.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../server/src/engine/lint';
import { figuresRules } from '../../../server/src/rules/figures/index';
import { consistencyRules } from '../../../server/src/rules/consistency/index';

const DIR = join(__dirname, '..', '..', 'fixtures', 'clean');

describe('figures and consistency on clean copy', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
  it('has clean stories to check', () => assert.ok(files.length >= 8));
  for (const file of files) {
    it(`reports nothing on ${file}`, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const found = lint(text, { format: 'markdown', rules: [...figuresRules, ...consistencyRules], today: '2024-06-12' });
      assert.deepEqual(found.map((f) => `${f.ruleId}: ${JSON.stringify(text.slice(f.offset, f.offset + f.length))} ${f.message}`), []);
    });
  }
});
