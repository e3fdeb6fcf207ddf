'use strict';
// Run by the build: compiles a bundle, runs its top level and its prepare() (so the functions a
// first lint needs are compiled too), and saves V8's code cache beside it for load-bundle.cjs,
// for the V8 flags this process runs with.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const [dist, name] = process.argv.slice(2);
const file = path.join(dist, `${name}.bundle.js`);
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(path.dirname(file));
script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
if (typeof mod.exports.prepare === 'function') mod.exports.prepare();
fs.writeFileSync(require('./load-bundle.cjs').cacheFile(name, dist), script.createCachedData());
