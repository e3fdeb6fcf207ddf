// Clean copy must produce no names findings: wire stories with many real people in the offices
// they held on the article's date, accepted variants, nicknames, and unusual invented local names.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../server/src/engine/lint';
import { namesRules } from '../../../server/src/rules/names/index';

const DIR = join(__dirname, '..', '..', 'fixtures', 'clean-names');

describe('names rules on clean copy', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.md'));
  it('has clean stories to check', () => assert.ok(files.length >= 5));
  for (const file of files) {
    it(`no names findings: ${file}`, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const found = lint(text, { format: 'markdown', rules: namesRules, today: '2026-01-01' });
      assert.deepEqual(found.map((f) => `${f.ruleId} "${text.slice(f.offset, f.offset + f.length)}": ${f.message}`), []);
    });
  }
});
