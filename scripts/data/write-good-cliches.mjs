// write-good's cliche list (from its `no-cliches` dependency), compiled for a phrase matcher.
// write-good matches the list with one case-insensitive alternation of ~700 phrases, which costs
// about 12 ms per 1,000 words — more than every other rule together — so style/cliche matches the
// same phrases by their first word instead.
//
// Compiled shape: { phrases: string[] } — lower case, single-spaced.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function build(root, report) {
  const require = createRequire(join(root, 'package.json'));
  const writeGood = require.resolve('write-good');
  const file = createRequire(writeGood).resolve('no-cliches');
  const source = readFileSync(file, 'utf8');
  const list = /let cliches = \[([\s\S]*?)\];/.exec(source);
  if (!list) {
    report(`cannot find the cliche list in ${file}; the no-cliches package changed its layout`);
    return undefined;
  }
  const phrases = [...list[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'").trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean);
  if (phrases.length < 500) report(`expected about 700 cliches in ${file}, found ${phrases.length}`);
  return { phrases: [...new Set(phrases)].sort() };
}
