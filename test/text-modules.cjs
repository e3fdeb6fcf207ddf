// `import text from './file.txt' with { type: 'text' }` under mocha: tsx compiles the tests to
// CommonJS, where the import becomes a require() of the .txt file, which Node would run as
// JavaScript. The bundles get the same string from esbuild's text loader. Loaded by .mocharc.json.
const { readFileSync } = require('node:fs');

require.extensions['.txt'] = (module, filename) => {
  module.exports = readFileSync(filename, 'utf8');
};
