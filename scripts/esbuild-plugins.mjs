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
const WINK_MODEL_READER = /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/;
export const largeJsonFromDisk = {
  name: 'large-json-from-disk',
  setup(b) {
    const outdir = b.initialOptions.outfile ? dirname(b.initialOptions.outfile) : b.initialOptions.outdir;
    if (!outdir) throw new Error('large-json-from-disk: the build needs an outfile or outdir');
    const dataDir = resolve(b.initialOptions.absWorkingDir ?? process.cwd(), outdir, 'data');
    /** Writes the JSON to dist/data/, named by content (bundles built from other sources never read each other's), and returns the expression that reads it. */
    const toDisk = async (path, text) => {
      const name = `${basename(path, '.json')}.${createHash('sha256').update(text).digest('hex').slice(0, 12)}.json`;
      await mkdir(dataDir, { recursive: true });
      await writeFile(join(dataDir, name), text);
      return `JSON.parse(require('fs').readFileSync(require('path').join(__dirname, 'data', ${JSON.stringify(name)}), 'utf8'))`;
    };
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      if (args.with?.type === 'text') return undefined;
      const text = await readFile(args.path, 'utf8');
      JSON.parse(text);
      if (Buffer.byteLength(text) < LARGE_JSON_BYTES) return undefined; // embedded by jsonParse
      return { contents: `module.exports = ${await toDisk(args.path, text)};`, loader: 'js' };
    });
    // wink's model reader keeps the parsed model for its lifetime and deep-copies it
    // (`JSON.parse(JSON.stringify(originalModel))`) to make each instance: a second copy of the
    // model in memory and two more passes over it at every start. Reading the file afresh gives
    // each instance its own copy the same way, once.
    b.onLoad({ filter: WINK_MODEL_READER }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const load = 'const originalModel=require("./languages/cur/models/eng-core-web-model.json"),';
      const copy = 'JSON.parse(JSON.stringify(originalModel))';
      if (!source.includes(load) || !source.includes(copy)) throw new Error(`${args.path}: wink-eng-lite-web-model changed; update largeJsonFromDisk in scripts/esbuild-plugins.mjs`);
      const modelPath = join(dirname(args.path), 'languages', 'cur', 'models', 'eng-core-web-model.json');
      const read = await toDisk(modelPath, await readFile(modelPath, 'utf8'));
      return { contents: source.replace(load, 'const ').replace(copy, read), loader: 'js' };
    });
  },
};

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

export const plugins = [sloppyGlobals, jsonParse];
export const nodePlugins = [sloppyGlobals, largeJsonFromDisk, jsonParse, peopleFromDisk];

// Node 20 and current browsers have Unicode property escapes (\p{L}); without this esbuild
// rewrites each such literal into a `new RegExp(...)` built again on every call.
export const supported = { 'regexp-unicode-property-escapes': true };
