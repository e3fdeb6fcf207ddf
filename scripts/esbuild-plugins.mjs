// esbuild plugins and options shared by the build (scripts/build.mjs) and the benchmark's engine bundle.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

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

// Node bundles read the knowledge base from dist/people.compiled.json (copied there by the build)
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
export const nodePlugins = [...plugins, peopleFromDisk];

// Node 20 and current browsers have Unicode property escapes (\p{L}); without this esbuild
// rewrites each such literal into a `new RegExp(...)` built again on every call.
export const supported = { 'regexp-unicode-property-escapes': true };
