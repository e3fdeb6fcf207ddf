// Precision is the brand: clean professional copy gets no findings above hint level. Every clean
// story the project has — the clean corpora and each family's clean fixtures — is linted
// with every rule on.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/lint';

const ROOT = join(__dirname, '..');
const folders = [
  'test/corpus/clean', 'test/corpus/blind/clean', 'test/corpus/blind3/clean', 'test/corpus/blind4/clean', 'test/corpus/figures-dev/clean', 'test/corpus/consistency-dev/clean',
  'test/fixtures/clean', 'test/fixtures/clean-loaded', 'test/fixtures/clean-names',
];

describe('precision on clean copy', function () {
  this.timeout(60000);
  for (const folder of folders) {
    const dir = join(ROOT, folder);
    if (!existsSync(dir)) continue;
    it(`${folder}: no findings above hint`, () => {
      const found: string[] = [];
      let words = 0;
      for (const name of readdirSync(dir).filter((f) => /\.(md|txt|news)$/.test(f))) {
        const text = readFileSync(join(dir, name), 'utf8');
        words += text.split(/\s+/).length;
        for (const f of lint(text, { format: name.endsWith('.md') ? 'markdown' : 'plaintext' })) {
          if (f.severity !== 'hint') found.push(`${name}: ${f.ruleId} "${text.slice(f.offset, f.offset + f.length)}"`);
        }
      }
      assert.ok(words > 1000, 'the folder has stories in it');
      assert.deepEqual(found, []);
    });
  }
});
