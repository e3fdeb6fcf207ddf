'use strict';
// Loads a bundle from dist/ with V8's code cache when one was made for this Node version (the
// build makes one for the Node that built it): compiling the multi-megabyte bundles is most of
// the start-up of the CLI, each of its worker threads, and the language server. Any other Node
// (VS Code's own, say) compiles the bundle as usual.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

function cacheFile(name) {
  return path.join(__dirname, `${name}.${process.version}-${process.arch}.cache`);
}

module.exports = function loadBundle(name) {
  const file = path.join(__dirname, `${name}.bundle.js`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile(name));
  } catch {
    return require(file);
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
};

module.exports.cacheFile = cacheFile;
