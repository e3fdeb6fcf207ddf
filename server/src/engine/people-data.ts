// Where the knowledge base's text comes from: its compiled form, server/data/kb/people.compiled.json
// (scripts/kb/compile.mjs, from server/data/people.json). The browser bundle (and the tests) embed
// it; the node bundles read dist/people.compiled.json from disk on first use instead
// (scripts/esbuild-plugins.mjs swaps in server/src/node/people-data.ts), because scanning a
// multi-megabyte string literal cost every start of the server, the CLI and each CLI worker.
import raw from '../../data/kb/people.compiled.json' with { type: 'text' };

/** The compiled knowledge base as text (a bundle) or already parsed (a plain TypeScript loader). */
export function peopleData(): string | object {
  return raw as unknown as string | object;
}
