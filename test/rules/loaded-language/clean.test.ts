// Clean wire copy: loaded words appear only in quotations, attributed paraphrase, literal senses
// and fixed phrases, so the loaded-language rules report nothing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../server/src/engine/lint';
import { loadedLanguageRules } from '../../../server/src/rules/loaded-language/index';

const DIR = join(__dirname, '../../fixtures/clean-loaded');

describe('loaded-language on clean wire copy', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.md'))) {
    it(`reports nothing in ${file}`, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const found = lint(text, { format: 'markdown', today: '2024-06-12', rules: loadedLanguageRules });
      assert.deepEqual(found.map((f) => `${f.ruleId} ${JSON.stringify(text.slice(f.offset, f.offset + f.length))}: ${f.message}`), []);
    });
  }
});
