// Where the knowledge base's text comes from: its compiled form, server/data/kb/people.compiled.txt
// (scripts/kb/compile.mjs, from server/data/people.json). The browser bundle (and the tests) embed
// it; the node bundles read dist/people.compiled.txt from disk on first use instead
// (scripts/esbuild-plugins.mjs swaps in server/src/node/people-data.ts), because scanning a
// multi-megabyte string literal cost every start of the server, the CLI and each CLI worker.
// esbuild loads a `type: 'text'` import as a string; under mocha, test/text-modules.cjs does.
import raw from '../../data/kb/people.compiled.txt' with { type: 'text' };

/** The compiled knowledge base's text. */
export function peopleData(): string {
  return raw;
}
