'use strict';
// Loads a bundle from dist/ with V8's code cache when one was made for this Node version (the
// build makes one for the Node that built it): compiling the multi-megabyte bundles is most of
// the start-up of the CLI, each of its worker threads, and the language server. Any other Node
// (VS Code's own, say) compiles the bundle as usual.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/**
 * V8 rejects a code cache made under other V8 flags, so the cache is keyed by the command line's
 * flags as well as the Node version: the build makes one for plain `node` and one for the flags
 * the extension starts the server with (server/src/server/node-launch.json).
 */
function cacheFile(name, dir = __dirname, execArgv = process.execArgv) {
  const flags = execArgv.length ? '-' + require('crypto').createHash('sha256').update(execArgv.join(' ')).digest('hex').slice(0, 8) : '';
  return path.join(dir, `${name}.${process.version}-${process.arch}${flags}.cache`);
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
