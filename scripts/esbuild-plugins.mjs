// esbuild plugins and options shared by the build (scripts/build.mjs) and the benchmark's engine bundle.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

// write-good's check packages assign to undeclared variables (`while (match = re.exec(...))`),
// which throws once bundled under "use strict". Declaring them module-local fixes that without
// changing what the checks do.
export const sloppyGlobals = {
  name: 'sloppy-globals',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/](passive-voice|weasel-words|e-prime|write-good)[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: `var match, innerMatch;\n${source}`, loader: 'js' };
    });
  },
};

// JSON modules become `JSON.parse("...")`: V8 parses a JSON string several times faster than the
// same data written as a JavaScript object literal (esbuild's default), which matters for the
// NLP model (3 MB) and the vocabularies at every start of the server and the CLI.
export const jsonParse = {
  name: 'json-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      if (args.with?.type === 'text') return undefined;
      const text = await readFile(args.path, 'utf8');
      JSON.parse(text); // fail the build here, with the file's name, if it is not JSON
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

// Node bundles read large JSON modules (the NLP model, the bigger vocabularies) from dist/data/ at
// run time instead of embedding them: a string literal in the bundle stays in memory as long as
// the code that holds it (measured: the 3 MB model text kept 6 MB of heap for the server's
// lifetime), while text read from a file is garbage once parsed. The bundle also gets smaller,
// which is less to read and check against the code cache at start-up.
const LARGE_JSON_BYTES = 32 * 1024;

/**
 * Writes JSON text to <outdir>/data/, named by content (bundles built from other sources never
 * read each other's), and returns the expression that reads and parses it. The file is written
 * ASCII only (other characters as \u escapes, which JSON.parse reads back the same), so that it
 * can be read as Latin-1: no UTF-8 decoding, and V8 keeps the text at one byte per character.
 */
function jsonFile(b) {
  const outdir = b.initialOptions.outfile ? dirname(b.initialOptions.outfile) : b.initialOptions.outdir;
  if (!outdir) throw new Error(`${b.name ?? 'plugin'}: the build needs an outfile or outdir`);
  const dataDir = resolve(b.initialOptions.absWorkingDir ?? process.cwd(), outdir, 'data');
  return async (path, text) => {
    const ascii = text.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    const name = `${basename(path, '.json')}.${createHash('sha256').update(ascii).digest('hex').slice(0, 12)}.json`;
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, name), ascii);
    return `JSON.parse(require('fs').readFileSync(require('path').join(__dirname, 'data', ${JSON.stringify(name)}), 'latin1'))`;
  };
}

export const largeJsonFromDisk = {
  name: 'large-json-from-disk',
  setup(b) {
    const toDisk = jsonFile(b);
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      if (args.with?.type === 'text') return undefined;
      const text = await readFile(args.path, 'utf8');
      JSON.parse(text);
      if (Buffer.byteLength(text) < LARGE_JSON_BYTES) return undefined; // embedded by jsonParse
      return { contents: `module.exports = ${await toDisk(args.path, text)};`, loader: 'js' };
    });
  },
};

/** Replaces each [from, to] in a dependency's source, failing the build when one is missing (the package changed). */
function patch(path, source, replacements, plugin) {
  for (const [from, to] of replacements) {
    if (!source.includes(from)) throw new Error(`${path}: ${JSON.stringify(from.slice(0, 60))} not found; the package changed: update ${plugin} in scripts/esbuild-plugins.mjs`);
    source = source.split(from).join(to);
  }
  return source;
}

// wink's model, made faster to load, in every bundle (the engine's tests run wink as published,
// which behaves the same):
// - wink indexes its 87,593 words by building an object with a property per word at every start
//   (20 ms). Instead the build sorts the words once and ships the order (`lexemeOrder`); a word is
//   found by binary search the first time a text uses it and kept in a small object from then on
//   (WINK_LEXEME_INDEX). Its three small feature indexes become Maps. wink's cache.js reads and
//   extends the indexes, so it is patched to match;
// - the node bundles decode the model's base64 arrays with Buffer (native) instead of atob and a
//   loop over each byte;
// - wink's model reader keeps the parsed model for its lifetime and deep-copies it
//   (`JSON.parse(JSON.stringify(originalModel))`) to make each instance: a second copy of the
//   model in memory and two more passes over it at every start. The node bundles read the file
//   afresh instead (from dist/data/, as largeJsonFromDisk does), the browser bundle parses its
//   embedded copy afresh.
const WINK_MODEL_READER = /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/;
const WINK_CACHE = /wink-nlp[\\/]src[\\/]cache\.js$/;
const WINK_LEXEME_INDEX = `
function lexemeIndex(list, order) {
  // Words found (their index) and missing (-1), as texts ask for them.
  var seen = Object.create(null);
  return {
    get: function (text) {
      var i = seen[text];
      if (i === undefined) {
        i = -1;
        var lo = 0, hi = order.length;
        while (lo < hi) {
          var mid = (lo + hi) >>> 1, word = list[order[mid]];
          if (word < text) lo = mid + 1;
          else if (word > text) hi = mid;
          else { i = order[mid]; break; }
        }
        seen[text] = i;
      }
      return i < 0 ? undefined : i;
    },
    set: function (text, index) { seen[text] = index; },
  };
}
`;

/** The model's JSON with `lexemeOrder`: its word list's indexes in code-unit order, base64 (little-endian 32-bit). */
function withLexemeOrder(modelText) {
  const model = JSON.parse(modelText);
  const list = model.features.lexeme.list;
  if (new Set(list).size !== list.length) throw new Error('wink model: repeated words in features.lexeme.list; update winkModel in scripts/esbuild-plugins.mjs');
  const order = list.map((_, i) => i).sort((a, b) => (list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : 0));
  const bytes = Buffer.alloc(order.length * 4);
  order.forEach((i, k) => bytes.writeUInt32LE(i, 4 * k));
  model.lexemeOrder = bytes.toString('base64');
  return JSON.stringify(model);
}

function winkModel({ fromDisk }) {
  return {
    name: 'wink-model',
    setup(b) {
      const toDisk = fromDisk ? jsonFile(b) : undefined;
      b.onLoad({ filter: WINK_MODEL_READER }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const modelPath = join(dirname(args.path), 'languages', 'cur', 'models', 'eng-core-web-model.json');
        const modelText = withLexemeOrder(await readFile(modelPath, 'utf8'));
        const read = toDisk ? await toDisk(modelPath, modelText) : `JSON.parse(${JSON.stringify(modelText)})`;
        const hash = (f) => `featuresData[${f}].hash=Object.create(null);for(let k=0;k<featuresData[${f}].list.length;k+=1)featuresData[${f}].hash[featuresData[${f}].list[k]]=k`;
        const map = (f) => `featuresData[${f}].hash=new Map;for(let k=0;k<featuresData[${f}].list.length;k+=1)featuresData[${f}].hash.set(featuresData[${f}].list[k],k)`;
        const replacements = [
          ['const originalModel=require("./languages/cur/models/eng-core-web-model.json"),', 'const '],
          ['JSON.parse(JSON.stringify(originalModel))', read],
          [hash('f'), map('f')],
          [hash('"lexeme"').replaceAll('featuresData["lexeme"]', 'featuresData.lexeme'), 'featuresData.lexeme.hash=lexemeIndex(featuresData.lexeme.list,new Uint32Array(bufferFromBase64(model.lexemeOrder))),delete model.lexemeOrder'],
        ];
        if (fromDisk) replacements.push(['decodedData=atob(data)', 'return (data=Buffer.from(data,"base64")).buffer.slice(data.byteOffset,data.byteOffset+data.length)']);
        return { contents: patch(args.path, source, replacements, 'winkModel') + WINK_LEXEME_INDEX, loader: 'js' };
      });
      b.onLoad({ filter: WINK_CACHE }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const replacements = [
          ['var index = h[ value ];', 'var index = h.get( value );'],
          ['index = h[ value ] = f.index;', 'index = f.index; h.set( value, index );'],
          ['var index = lexemesHash[ text ];', 'var index = lexemesHash.get( text );'],
        ];
        return { contents: patch(args.path, source, replacements, 'winkModel'), loader: 'js' };
      });
    },
  };
}

// Node bundles read the knowledge base from dist/people.compiled.txt (copied there by the build)
// instead of embedding it: see server/src/engine/people-data.ts.
export const peopleFromDisk = {
  name: 'people-from-disk',
  setup(b) {
    b.onResolve({ filter: /[\\/]people-data$/ }, (args) => {
      if (!/server[\\/]src[\\/]engine$/.test(args.resolveDir)) return undefined;
      return { path: join(args.resolveDir, '..', 'node', 'people-data.ts') };
    });
  },
};

export const plugins = [sloppyGlobals, winkModel({ fromDisk: false }), jsonParse];
export const nodePlugins = [sloppyGlobals, winkModel({ fromDisk: true }), largeJsonFromDisk, jsonParse, peopleFromDisk];

// Node 20 and current browsers have Unicode property escapes (\p{L}); without this esbuild
// rewrites each such literal into a `new RegExp(...)` built again on every call.
export const supported = { 'regexp-unicode-property-escapes': true };
